# The development environment (account 345678901234).
# terraform plan -var-file=environments/development.tfvars
environment = "development"
region      = "eu-west-1"
account_id  = "345678901234"

# Who answers for these resources and who pays: every resource is tagged with both.
owner       = "" # the model names no owner: set the team that answers for these resources
cost_centre = "" # the model names no cost centre: set the one that pays

vpc_cidr           = "10.2.0.0/16"
container_registry = "345678901234.dkr.ecr.eu-west-1.amazonaws.com/northwind-money"
image_tag          = "latest"
