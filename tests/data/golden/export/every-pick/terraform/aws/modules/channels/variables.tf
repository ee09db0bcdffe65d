variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "channels" {
  description = "Channels by id, with the engine their recommendation chose and their consumers."
  type = map(object({
    engine          = string
    retention_hours = number
    consumers       = list(string)
  }))

  validation {
    condition     = alltrue([for c in var.channels : contains(["sqs", "sqs-fifo", "sns", "eventbridge", "kinesis"], c.engine)])
    error_message = "Every channel needs an engine this module knows (sqs, sqs-fifo, sns, eventbridge, kinesis)."
  }
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
