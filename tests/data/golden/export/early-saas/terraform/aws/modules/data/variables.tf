variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "data_stores" {
  description = "Data stores by id, with the engine their recommendation chose."
  type = map(object({
    engine      = string
    port        = number
    sensitivity = string
    size_gb     = number
  }))

  validation {
    condition = alltrue([for d in var.data_stores : contains(
      ["postgres", "mysql", "aurora-postgresql", "docdb", "dynamodb", "keyspaces", "opensearch",
      "timestream-influxdb", "s3", "neptune", "elasticache", "redshift"], d.engine)])
    error_message = "Every data store needs an engine this module knows."
  }
}

variable "subnet_ids" {
  description = "The private data subnets."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Each networked data store's security group, by data store id."
  type        = map(string)
}

variable "multi_az" {
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
