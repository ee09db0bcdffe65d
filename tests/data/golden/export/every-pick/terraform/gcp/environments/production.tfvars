# The production environment (project ).
# terraform plan -var-file=environments/production.tfvars
environment = "production"
project_id  = "every-pick-production"
region      = "us-central1"

# Who answers for these resources and who pays: every resource is labelled with both.
owner       = "every-pick-team"
cost_centre = "every-pick"

network_cidr       = "10.0.0.0/16"
container_registry = "us-central1-docker.pkg.dev/every-pick/every-pick"
image_tag          = "latest"
domains            = []
