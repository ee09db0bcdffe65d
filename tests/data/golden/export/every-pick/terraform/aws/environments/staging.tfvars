# The staging environment.
# terraform plan -var-file=environments/staging.tfvars
environment = "staging"
region      = "eu-west-1"
account_id  = ""

# Who answers for these resources and who pays: every resource is tagged with both.
# What the model names is the default (variables.tf); set owner or cost_centre here to override it.

vpc_cidr           = "10.1.0.0/16"
container_registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/every-pick"
image_tag          = "latest"
