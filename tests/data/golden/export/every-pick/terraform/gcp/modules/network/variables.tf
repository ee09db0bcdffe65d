variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "region" {
  description = "The region of the subnets."
  type        = string
}

variable "cidr_block" {
  description = "The address range the subnets are carved from."
  type        = string

  validation {
    condition     = can(cidrnetmask(var.cidr_block))
    error_message = "cidr_block must be an IPv4 CIDR block."
  }
}

variable "application_subnets" {
  description = "Whether the model has an application zone (workloads or channels)."
  type        = bool
}

variable "data_subnets" {
  description = "Whether the model has a data zone (data stores)."
  type        = bool
}
