variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "project" {
  description = "The project the stores live in."
  type        = string
}

variable "region" {
  description = "The region of the stores."
  type        = string
}

variable "network_id" {
  description = "The VPC network managed databases are reached from."
  type        = string
}

variable "data_stores" {
  description = "Data stores by id, with the engine their recommendation chose."
  type = map(object({
    engine      = string
    networked   = bool
    sensitivity = string
    size_gb     = number
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

variable "members" {
  description = "Each workload's IAM member, by workload id."
  type        = map(string)
}

variable "highly_available" {
  description = "Whether stores are regional (across zones) rather than zonal: the region strategy."
  type        = bool
}

variable "ownership" {
  description = "Owner and cost centre of the elements that do not share the system's, by element id: their resources are tagged with these."
  type        = map(map(string))
  default     = {}
}
