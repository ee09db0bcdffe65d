variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "region" {
  description = "The region of the Cloud Run services."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with their exposure."
  type = map(object({
    exposed = bool
  }))
}

variable "services" {
  description = "Each Cloud Run service's name, by workload id."
  type        = map(string)
}

variable "waf" {
  description = "Whether the edge decision asks for a web application firewall (Cloud Armor)."
  type        = bool
}

variable "cdn" {
  description = "Whether Cloud CDN caches in front of the exposed workloads (the edge decision)."
  type        = bool
}

variable "domains" {
  description = "The host names the managed certificate covers; no HTTPS listener until one is given."
  type        = list(string)
}
