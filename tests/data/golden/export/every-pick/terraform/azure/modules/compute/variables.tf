variable "kubernetes_namespace" {
  description = "The namespace the Kubernetes manifests deploy into (one per environment)."
  type        = string
}

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
  description = "The private application subnet (delegated to Container Apps)."
  type        = string
}

variable "machines_subnet_id" {
  description = "The private subnet of the virtual machine scale sets."
  type        = string
}

variable "ssh_public_key" {
  description = "The administrator's OpenSSH public key on the scale sets; null when no workload runs on VMs."
  type        = string
  default     = null
}

variable "workloads" {
  description = "Workloads by id, with their compute pick, size and capacity."
  type = map(object({
    family       = string
    candidate    = string
    exposed      = bool
    cpu_level    = string
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

variable "identity_ids" {
  description = "Each workload's managed identity resource id, by workload id."
  type        = map(string)
}

variable "client_ids" {
  description = "Each workload's managed identity client id, by workload id."
  type        = map(string)
}

variable "image_prefix" {
  description = "The registry (and path) the images come from."
  type        = string
}

variable "image_tag" {
  description = "The tag every workload deploys."
  type        = string
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
