# The production environment.
# terraform plan -var-file=environments/production.tfvars
environment = "production"
project_id  = "every-pick-production"
region      = "us-central1"

# Who answers for these resources and who pays: every resource is labelled with both.
# What the model names is the default (variables.tf); set owner or cost_centre here to override it.

network_cidr       = "10.0.0.0/16"
container_registry = "us-central1-docker.pkg.dev/every-pick/every-pick"
image_tag          = "latest"
domains            = []
