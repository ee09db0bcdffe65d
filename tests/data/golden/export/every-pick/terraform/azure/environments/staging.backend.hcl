# State of the staging environment, kept in the environment's own account.
# terraform init -backend-config=environments/staging.backend.hcl
resource_group_name  = "rg-every-pick-tfstate"
storage_account_name = "everypicktfstate"
container_name       = "tfstate"
key                  = "every-pick/staging/terraform.tfstate"
