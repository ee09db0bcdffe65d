# The staging environment (project loftly-staging).
# terraform plan -var-file=environments/staging.tfvars
environment = "staging"
project_id  = "loftly-staging"
region      = "europe-west1"

# Who answers for these resources and who pays: every resource is labelled with both.
owner       = "" # the model names no owner: set the team that answers for these resources
cost_centre = "" # the model names no cost centre: set the one that pays

network_cidr       = "10.1.0.0/16"
container_registry = "europe-west1-docker.pkg.dev/loftly-staging/loftly"
image_tag          = "latest"
domains            = []
