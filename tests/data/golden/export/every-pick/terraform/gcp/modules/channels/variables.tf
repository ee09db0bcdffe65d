variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "project" {
  description = "The project the Kafka client rights are granted in."
  type        = string
}

variable "region" {
  description = "The region of the Kafka cluster."
  type        = string
}

variable "subnet_id" {
  description = "The private subnet Kafka clients reach the cluster from."
  type        = string
}

variable "channels" {
  description = "Channels by id: the engine their pick became (pubsub or kafka), ordering, retention and consumers."
  type = map(object({
    engine          = string
    ordered         = bool
    retention_hours = number
    consumers       = list(string)
  }))

  validation {
    condition     = alltrue([for c in var.channels : contains(["pubsub", "kafka"], c.engine)])
    error_message = "engine must be pubsub or kafka."
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

variable "members" {
  description = "Each workload's IAM member, by workload id."
  type        = map(string)
}

variable "ownership" {
  description = "Owner and cost centre of the elements that do not share the system's, by element id: their resources are tagged with these."
  type        = map(map(string))
  default     = {}
}
