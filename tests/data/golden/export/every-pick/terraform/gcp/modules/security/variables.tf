variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "network_id" {
  description = "The VPC network the rules belong to."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with the port each listens on."
  type = map(object({
    port = number
  }))
}

variable "workload_edges" {
  description = "Calls between workloads (the model's uses)."
  type = list(object({
    from = string
    to   = string
  }))
}

variable "data_stores" {
  description = "Data stores by id: whether each is reached over the network, and on which port."
  type = map(object({
    networked = bool
    port      = number
  }))
}

variable "data_access" {
  description = "Which workload uses which data store, and how."
  type = list(object({
    workload = string
    store    = string
    access   = string
  }))
}

variable "data_cidr" {
  description = "The range managed databases take their addresses from."
  type        = string
}

variable "application_cidr" {
  description = "The application subnet's range."
  type        = string
}
