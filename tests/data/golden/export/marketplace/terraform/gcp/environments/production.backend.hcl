# State of the production environment, kept in the environment's own account.
# terraform init -backend-config=environments/production.backend.hcl
bucket = "loftly-production-tfstate"
prefix = "loftly/production/terraform.tfstate"
