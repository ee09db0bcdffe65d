# The production environment (account tally-main).
# terraform plan -var-file=environments/production.tfvars
environment = "production"
region      = "eu-west-1"
account_id  = ""

# Who answers for these resources and who pays: every resource is tagged with both.
owner       = "" # the model names no owner: set the team that answers for these resources
cost_centre = "" # the model names no cost centre: set the one that pays

vpc_cidr           = "10.0.0.0/16"
container_registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/tally"
image_tag          = "latest"
