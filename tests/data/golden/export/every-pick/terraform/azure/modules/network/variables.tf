variable "name" {
  description = "Suffix of every resource name (system and environment)."
  type        = string
}

variable "location" {
  description = "The Azure region."
  type        = string
}

variable "resource_group_name" {
  description = "The environment's resource group."
  type        = string
}

variable "cidr_block" {
  description = "The virtual network's address range."
  type        = string

  validation {
    condition     = can(cidrnetmask(var.cidr_block))
    error_message = "cidr_block must be an IPv4 CIDR block."
  }
}

variable "data_subnets" {
  description = "Whether the model has a data zone (data stores)."
  type        = bool
}

variable "tags" {
  description = "Tags every resource carries."
  type        = map(string)
}
