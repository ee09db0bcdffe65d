variable "environment" {
  description = "The environment this configuration deploys: one of the model's environments."
  type        = string

  validation {
    condition     = contains(["production", "staging", ], var.environment)
    error_message = "environment must be one of the model's environments: production, staging."
  }
}

variable "subscription_id" {
  description = "The Azure subscription of this environment (a subscription per environment when the account strategy says so)."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", var.subscription_id))
    error_message = "subscription_id must be a subscription GUID."
  }
}

variable "location" {
  description = "The Azure region to deploy into (system.regions; environments may name their own)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be an Azure region name such as westeurope."
  }

}

variable "owner" {
  description = "Who answers for these resources (a team or a person): the owner tag."
  default     = "Platform Team" # the model's
  type        = string

  validation {
    condition     = length(trimspace(var.owner)) > 0
    error_message = "owner must not be empty: every resource is tagged with it."
  }
}

variable "cost_centre" {
  description = "The cost centre the bill is attributed to: the cost_centre tag."
  default     = "CC-0042" # the model's
  type        = string

  validation {
    condition     = length(trimspace(var.cost_centre)) > 0
    error_message = "cost_centre must not be empty: every resource is tagged with it."
  }
}

variable "network_cidr" {
  description = "The address range of the environment's virtual network (/16 recommended)."
  type        = string
  default     = "10.0.0.0/16"

  validation {
    condition     = can(cidrnetmask(var.network_cidr))
    error_message = "network_cidr must be an IPv4 CIDR block such as 10.0.0.0/16."
  }
}

variable "ssh_public_key" {
  description = "The OpenSSH public key of the administrator of the virtual machine scale sets (workloads on VMs); null when none runs on VMs."
  type        = string
  default     = null

  validation {
    condition     = var.ssh_public_key == null || can(regex("^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp[0-9]+) [A-Za-z0-9+/=]+", var.ssh_public_key))
    error_message = "ssh_public_key must be an OpenSSH public key (ssh-ed25519, ssh-rsa or ecdsa)."
  }
}

variable "container_registry" {
  description = "The registry the workload images come from, e.g. myregistry.azurecr.io."
  type        = string

  validation {
    condition     = length(var.container_registry) > 0 && !endswith(var.container_registry, "/")
    error_message = "container_registry must be a registry host without a trailing slash."
  }
}

variable "image_tag" {
  description = "The image tag every workload deploys."
  type        = string
  default     = "latest"
}
