variable "environment" {
  description = "The environment this configuration deploys: one of the model's environments."
  type        = string

  validation {
    condition     = contains(["production", "staging", ], var.environment)
    error_message = "environment must be one of the model's environments: production, staging."
  }
}

variable "project_id" {
  description = "The Google Cloud project of this environment (a project per environment when the account strategy says so)."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project id (6 to 30 lowercase letters, digits, hyphens)."
  }
}

variable "region" {
  description = "The region to deploy into (system.regions; environments may name their own)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]+$", var.region))
    error_message = "region must be a Google Cloud region name such as europe-west1."
  }

}

variable "owner" {
  description = "Who answers for these resources: the owner label (lowercase letters, digits, - and _)."
  default     = "platform_team" # the model's
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9_-]{1,63}$", var.owner))
    error_message = "owner must be a valid label value: 1 to 63 lowercase letters, digits, - or _."
  }
}

variable "cost_centre" {
  description = "The cost centre the bill is attributed to: the cost_centre label."
  default     = "cc-0042" # the model's
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9_-]{1,63}$", var.cost_centre))
    error_message = "cost_centre must be a valid label value: 1 to 63 lowercase letters, digits, - or _."
  }
}

variable "network_cidr" {
  description = "The address range the subnets are carved from (/16 recommended)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.network_cidr))
    error_message = "network_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "container_registry" {
  description = "The Artifact Registry repository the images come from, e.g. europe-west1-docker.pkg.dev/my-project/my-repo."
  type        = string

  validation {
    condition     = length(var.container_registry) > 0 && !endswith(var.container_registry, "/")
    error_message = "container_registry must be a repository path without a trailing slash."
  }
}

variable "image_tag" {
  description = "The image tag every workload deploys."
  type        = string
  default     = "latest"
}

variable "domains" {
  description = "The public host names of the HTTPS load balancer (a managed certificate is issued for them)."
  type        = list(string)
  default     = []
}
