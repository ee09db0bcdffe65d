variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "channels" {
  description = "Channels by id: ordering, retention and consumers."
  type = map(object({
    ordered         = bool
    retention_hours = number
    consumers       = list(string)
  }))
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
