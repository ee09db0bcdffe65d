# Every Pick: provider and Terraform versions, pinned so that every environment plans alike.
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "6.36.0"
    }
  }

  # Filled per environment: terraform init -backend-config=environments/<env>.backend.hcl
  backend "gcs" {}
}
