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

variable "subnet_id" {
  description = "The private data subnet the private endpoints go in; null when there is none."
  type        = string
  default     = null
}

variable "virtual_network_id" {
  description = "The network the endpoints' private DNS zones are linked to."
  type        = string
}

variable "data_stores" {
  description = "Data stores by id, with the engine their recommendation chose."
  type = map(object({
    engine      = string
    sensitivity = string
  }))
}

variable "data_access" {
  description = "Which workload uses which data store: read, write or read-write."
  type = list(object({
    workload = string
    store    = string
    access   = string
  }))
}

variable "principal_ids" {
  description = "Each workload's managed identity principal id, by workload id."
  type        = map(string)
}

variable "zone_redundant" {
  description = "Whether stores span availability zones (the region strategy)."
  type        = bool
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
