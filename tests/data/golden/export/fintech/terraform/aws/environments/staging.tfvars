# The staging environment (account 210987654321).
# terraform plan -var-file=environments/staging.tfvars
environment = "staging"
region      = "eu-central-1"
account_id  = "210987654321"

# Who answers for these resources and who pays: every resource is tagged with both.
owner       = "" # the model names no owner: set the team that answers for these resources
cost_centre = "" # the model names no cost centre: set the one that pays

vpc_cidr           = "10.1.0.0/16"
container_registry = "210987654321.dkr.ecr.eu-central-1.amazonaws.com/northwind-money"
image_tag          = "latest"
