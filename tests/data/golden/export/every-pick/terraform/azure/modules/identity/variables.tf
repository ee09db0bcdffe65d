variable "name" {
  description = "Suffix of every resource name."
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

variable "workloads" {
  description = "Workloads by id."
  type = map(object({
    family = string
  }))
}

variable "tags" {
  description = "Tags every resource carries."
  type        = map(string)
}
