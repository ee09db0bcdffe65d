# The staging environment (project ).
# terraform plan -var-file=environments/staging.tfvars
environment = "staging"
project_id  = "every-pick-staging"
region      = "us-central1"

# Who answers for these resources and who pays: every resource is labelled with both.
owner       = "every-pick-team"
cost_centre = "every-pick"

network_cidr       = "10.1.0.0/16"
container_registry = "us-central1-docker.pkg.dev/every-pick/every-pick"
image_tag          = "latest"
domains            = []
