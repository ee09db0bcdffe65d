# State of the staging environment, kept in the environment's own account.
# terraform init -backend-config=environments/staging.backend.hcl
bucket = "loftly-staging-tfstate"
prefix = "loftly/staging/terraform.tfstate"
