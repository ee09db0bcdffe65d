# State of the development environment, kept in the environment's own account.
# terraform init -backend-config=environments/development.backend.hcl
bucket       = "northwind-money-development-tfstate"
key          = "northwind-money/development/terraform.tfstate"
region       = "eu-west-1"
encrypt      = true
use_lockfile = true
