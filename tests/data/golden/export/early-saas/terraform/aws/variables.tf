variable "environment" {
  description = "The environment this configuration deploys: one of the model's environments."
  type        = string

  validation {
    condition     = contains(["production", "staging", ], var.environment)
    error_message = "environment must be one of the model's environments: production, staging."
  }
}

variable "region" {
  description = "The AWS region to deploy into (system.regions; environments may name their own)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", var.region))
    error_message = "region must be an AWS region name such as eu-west-1."
  }

  # Data residency of app-db: eu.
  validation {
    condition     = can(regex("^eu-", var.region))
    error_message = "Data store app-db must stay in eu: choose a region there."
  }
}

variable "account_id" {
  description = "The AWS account this environment lives in (12 digits); empty to skip the account check."
  type        = string
  default     = ""

  validation {
    condition     = var.account_id == "" || can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be a 12-digit AWS account id, or empty."
  }
}

variable "owner" {
  description = "Who answers for these resources (a team or a person): the owner tag."
  type        = string

  validation {
    condition     = length(trimspace(var.owner)) > 0
    error_message = "owner must not be empty: every resource is tagged with it."
  }
}

variable "cost_centre" {
  description = "The cost centre the bill is attributed to: the cost_centre tag."
  type        = string

  validation {
    condition     = length(trimspace(var.cost_centre)) > 0
    error_message = "cost_centre must not be empty: every resource is tagged with it."
  }
}

variable "vpc_cidr" {
  description = "The address range of the environment's VPC; subnets are carved out of it (/16 recommended)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.vpc_cidr))
    error_message = "vpc_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "zone_count" {
  description = "How many availability zones the subnets span (region strategy: single-region)."
  type        = number
  default     = 1

  validation {
    condition     = var.zone_count >= 1 && var.zone_count <= 6
    error_message = "zone_count must be between 1 and 6."
  }
}

variable "container_registry" {
  description = "The registry the workload images come from, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com."
  type        = string

  validation {
    condition     = length(var.container_registry) > 0 && !endswith(var.container_registry, "/")
    error_message = "container_registry must be a registry host (and path) without a trailing slash."
  }
}

variable "image_tag" {
  description = "The image tag every workload deploys."
  type        = string
  default     = "latest"
}

variable "certificate_arn" {
  description = "The ACM certificate of the public endpoints (HTTPS); empty when nothing is exposed."
  type        = string
  default     = ""

  validation {
    condition     = var.certificate_arn == "" || startswith(var.certificate_arn, "arn:")
    error_message = "certificate_arn must be an ACM certificate ARN."
  }
}
