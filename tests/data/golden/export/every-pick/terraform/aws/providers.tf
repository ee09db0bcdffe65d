provider "aws" {
  region = var.region
  # A plan against the wrong account stops here rather than changing it.
  allowed_account_ids = var.account_id == "" ? null : [var.account_id]

  # Every resource carries the cost-attribution tags; workload resources add their own workload tag.
  default_tags {
    tags = local.tags
  }
}

# CloudFront's certificates and web ACLs live in us-east-1 whatever the region.
provider "aws" {
  alias               = "global"
  region              = "us-east-1"
  allowed_account_ids = var.account_id == "" ? null : [var.account_id]

  default_tags {
    tags = local.tags
  }
}
