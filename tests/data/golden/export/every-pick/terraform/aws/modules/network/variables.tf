variable "name" {
  description = "Prefix of every resource name (system and environment)."
  type        = string
}

variable "cidr_block" {
  description = "The VPC's address range."
  type        = string

  validation {
    condition     = can(cidrnetmask(var.cidr_block))
    error_message = "cidr_block must be an IPv4 CIDR block."
  }
}

variable "zone_count" {
  description = "How many availability zones the subnets span."
  type        = number
}

variable "application_subnets" {
  description = "Whether the model has an application zone (workloads or channels)."
  type        = bool
}

variable "data_subnets" {
  description = "Whether the model has a data zone (data stores)."
  type        = bool
}

variable "tags" {
  description = "Tags every resource carries."
  type        = map(string)
}
