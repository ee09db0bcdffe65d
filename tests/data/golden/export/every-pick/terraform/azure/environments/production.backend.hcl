# State of the production environment, kept in the environment's own account.
# terraform init -backend-config=environments/production.backend.hcl
resource_group_name  = "rg-every-pick-tfstate"
storage_account_name = "everypicktfstate"
container_name       = "tfstate"
key                  = "every-pick/production/terraform.tfstate"
