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

variable "ownership" {
  description = "Owner and cost centre of the elements that do not share the system's, by element id: their resources are tagged with these."
  type        = map(map(string))
  default     = {}
}
