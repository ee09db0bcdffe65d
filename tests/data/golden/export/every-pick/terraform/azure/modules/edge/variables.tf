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

variable "subnet_id" {
  description = "The public subnet the gateway sits in."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with their exposure."
  type = map(object({
    exposed = bool
  }))
}

variable "backend_fqdns" {
  description = "The host name of each exposed workload, by workload id."
  type        = map(string)
}

variable "waf" {
  description = "Whether the edge decision asks for a web application firewall."
  type        = bool
}

variable "cdn" {
  description = "Whether Azure Front Door caches in front of the gateway (the edge decision chose a CDN)."
  type        = bool
}

variable "tags" {
  description = "Tags every resource carries."
  type        = map(string)
}
