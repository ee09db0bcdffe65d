# The production environment (project loftly-prod).
# terraform plan -var-file=environments/production.tfvars
environment = "production"
project_id  = "loftly-prod"
region      = "europe-west1"

# Who answers for these resources and who pays: every resource is labelled with both.
owner       = "loftly-team"
cost_centre = "loftly"

network_cidr       = "10.0.0.0/16"
container_registry = "europe-west1-docker.pkg.dev/loftly-prod/loftly"
image_tag          = "latest"
domains            = []
