# The staging environment.
# terraform plan -var-file=environments/staging.tfvars
environment     = "staging"
subscription_id = ""
location        = "westeurope"

# Who answers for these resources and who pays: every resource is tagged with both.
# What the model names is the default (variables.tf); set owner or cost_centre here to override it.

network_cidr       = "10.1.0.0/16"
container_registry = "everypick.azurecr.io"
image_tag          = "latest"
