# State of the production environment, kept in the environment's own account.
# terraform init -backend-config=environments/production.backend.hcl
bucket       = "every-pick-production-tfstate"
key          = "every-pick/production/terraform.tfstate"
region       = "eu-west-1"
encrypt      = true
use_lockfile = true
