# The production environment (account 123456789012).
# terraform plan -var-file=environments/production.tfvars
environment = "production"
region      = "eu-central-1"
account_id  = "123456789012"

# Who answers for these resources and who pays: every resource is tagged with both.
owner       = "" # the model names no owner: set the team that answers for these resources
cost_centre = "" # the model names no cost centre: set the one that pays

vpc_cidr           = "10.0.0.0/16"
container_registry = "123456789012.dkr.ecr.eu-central-1.amazonaws.com/northwind-money"
image_tag          = "latest"
