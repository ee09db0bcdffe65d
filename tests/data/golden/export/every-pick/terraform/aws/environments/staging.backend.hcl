# State of the staging environment, kept in the environment's own account.
# terraform init -backend-config=environments/staging.backend.hcl
bucket       = "every-pick-staging-tfstate"
key          = "every-pick/staging/terraform.tfstate"
region       = "eu-west-1"
encrypt      = true
use_lockfile = true
