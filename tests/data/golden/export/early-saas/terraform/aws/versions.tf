# Tally: provider and Terraform versions, pinned so that every environment plans alike.
terraform {
  required_version = ">= 1.10.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.80.0"
    }
    # The initial admin password of Timestream for InfluxDB, which takes no managed password.
    random = {
      source  = "hashicorp/random"
      version = "3.6.3"
    }
  }

  # Filled per environment: terraform init -backend-config=environments/<env>.backend.hcl
  backend "s3" {}
}
