provider "google" {
  project = var.project_id
  region  = var.region

  # Every resource that takes labels carries the cost-attribution labels.
  default_labels = local.labels
}
