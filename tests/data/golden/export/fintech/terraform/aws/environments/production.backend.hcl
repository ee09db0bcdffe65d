# State of the production environment, kept in the environment's own account.
# terraform init -backend-config=environments/production.backend.hcl
bucket       = "northwind-money-production-tfstate"
key          = "northwind-money/production/terraform.tfstate"
region       = "eu-central-1"
encrypt      = true
use_lockfile = true
