# State of the staging environment, kept in the environment's own account.
# terraform init -backend-config=environments/staging.backend.hcl
bucket       = "northwind-money-staging-tfstate"
key          = "northwind-money/staging/terraform.tfstate"
region       = "eu-central-1"
encrypt      = true
use_lockfile = true
