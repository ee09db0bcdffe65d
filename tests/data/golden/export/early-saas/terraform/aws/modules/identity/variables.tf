variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with their compute family and candidate."
  type = map(object({
    family    = string
    candidate = string
  }))
}

variable "data_stores" {
  description = "Data stores by id, with their engine."
  type = map(object({
    engine = string
  }))
}

variable "channels" {
  description = "Channels by id, with their engine."
  type = map(object({
    engine = string
  }))
}

variable "data_access" {
  description = "Which workload uses which data store: read, write or read-write."
  type = list(object({
    workload = string
    store    = string
    access   = string
  }))

  validation {
    condition     = alltrue([for a in var.data_access : contains(["read", "write", "read-write"], a.access)])
    error_message = "access must be read, write or read-write."
  }
}

variable "channel_access" {
  description = "Which workload publishes to or consumes from which channel."
  type = list(object({
    workload = string
    channel  = string
    mode     = string
  }))

  validation {
    condition     = alltrue([for a in var.channel_access : contains(["publish", "consume"], a.mode)])
    error_message = "mode must be publish or consume."
  }
}

variable "data_store_arns" {
  description = "Each data store's ARN, by id."
  type        = map(string)
}

variable "channel_arns" {
  description = "Each channel's ARN, by id."
  type        = map(string)
}

variable "consumer_queue_arns" {
  description = "The queue each consumer of a topic or bus reads, by \"channel>workload\"."
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
