# The staging environment (account tally-main).
# terraform plan -var-file=environments/staging.tfvars
environment = "staging"
region      = "eu-west-1"
account_id  = ""

# Who answers for these resources and who pays: every resource is tagged with both.
owner       = "tally-team"
cost_centre = "tally"

vpc_cidr           = "10.1.0.0/16"
container_registry = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/tally"
image_tag          = "latest"
