# Every Pick: provider and Terraform versions, pinned so that every environment plans alike.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "4.14.0"
    }
    # Administrator passwords of the databases that need one at creation.
    random = {
      source  = "hashicorp/random"
      version = "3.6.3"
    }
  }

  # Filled per environment: terraform init -backend-config=environments/<env>.backend.hcl
  backend "azurerm" {}
}
