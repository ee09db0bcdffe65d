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

variable "channels" {
  description = "Channels by id: engine, ordering, retention and consumers."
  type = map(object({
    engine          = string
    ordered         = bool
    retention_hours = number
    consumers       = list(string)
  }))

  validation {
    condition     = alltrue([for c in var.channels : contains(["servicebus-queue", "servicebus-topic", "eventhubs", "eventgrid"], c.engine)])
    error_message = "Every channel needs an engine this module knows."
  }
}

variable "channel_access" {
  description = "Which workload publishes to or consumes from which channel."
  type = list(object({
    workload = string
    channel  = string
    mode     = string
  }))
}

variable "principal_ids" {
  description = "Each workload's managed identity principal id, by workload id."
  type        = map(string)
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
