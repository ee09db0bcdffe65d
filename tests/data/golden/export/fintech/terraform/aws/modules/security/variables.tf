variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "vpc_id" {
  description = "The VPC the security groups belong to."
  type        = string
}

variable "workloads" {
  description = "Workloads by id: whether each is exposed and the port it listens on."
  type = map(object({
    exposed = bool
    port    = number
  }))
}

variable "data_stores" {
  description = "Data stores by id: whether each is reached over the network, and on which port."
  type = map(object({
    networked = bool
    port      = number
  }))
}

variable "workload_edges" {
  description = "Synchronous calls between workloads (the model's uses)."
  type = list(object({
    from = string
    to   = string
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

variable "tags" {
  description = "Tags every resource carries."
  type        = map(string)
}

variable "ownership" {
  description = "Owner and cost centre of the elements that do not share the system's, by element id: their resources are tagged with these."
  type        = map(map(string))
  default     = {}
}
