# State of the production environment, kept in the environment's own account.
# terraform init -backend-config=environments/production.backend.hcl
bucket = "every-pick-production-tfstate"
prefix = "every-pick/production/terraform.tfstate"
