# State of the staging environment, kept in the environment's own account.
# terraform init -backend-config=environments/staging.backend.hcl
bucket = "every-pick-staging-tfstate"
prefix = "every-pick/staging/terraform.tfstate"
