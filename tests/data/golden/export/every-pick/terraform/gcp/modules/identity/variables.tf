variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "project" {
  description = "The project the service accounts live in."
  type        = string
}

variable "workloads" {
  description = "Workloads by id."
  type = map(object({
    family = string
  }))
}
