variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "project" {
  description = "The project the workloads run in."
  type        = string
}

variable "region" {
  description = "The region the workloads run in."
  type        = string
}

variable "network_id" {
  description = "The VPC network."
  type        = string
}

variable "subnet_id" {
  description = "The private application subnet."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with their compute pick, size and capacity."
  type = map(object({
    family       = string
    candidate    = string
    exposed      = bool
    cpu_level    = string
    memory_mb    = number
    gpu          = bool
    port         = number
    min_capacity = number
    max_capacity = number
    timeout_s    = number
  }))

  validation {
    condition     = alltrue([for w in var.workloads : contains(["low", "medium", "high"], w.cpu_level)])
    error_message = "cpu_level must be low, medium or high."
  }
}

variable "workload_edges" {
  description = "Calls between workloads (the model's uses)."
  type = list(object({
    from = string
    to   = string
  }))
}

variable "service_accounts" {
  description = "Each workload's service account e-mail, by id."
  type        = map(string)
}

variable "members" {
  description = "Each workload's IAM member, by id."
  type        = map(string)
}

variable "image_prefix" {
  description = "The repository the images come from."
  type        = string
}

variable "image_tag" {
  description = "The tag every workload deploys."
  type        = string
}

variable "kubernetes_namespace" {
  description = "The namespace the Kubernetes manifests deploy into (one per environment)."
  type        = string
}

variable "ownership" {
  description = "Owner and cost centre of the elements that do not share the system's, by element id: their resources are tagged with these."
  type        = map(map(string))
  default     = {}
}
