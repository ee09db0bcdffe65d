variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "region" {
  description = "The region, for log configuration."
  type        = string
}

variable "workloads" {
  description = "Workloads by id, with their compute pick, size and capacity."
  type = map(object({
    kind         = string
    family       = string
    candidate    = string
    cpu_units    = number
    memory_mb    = number
    gpu          = bool
    port         = number
    min_capacity = number
    max_capacity = number
    timeout_s    = number
  }))

  validation {
    condition     = alltrue([for w in var.workloads : w.min_capacity <= w.max_capacity])
    error_message = "A workload's min_capacity must not exceed its max_capacity."
  }
}

variable "subnet_ids" {
  description = "The private application subnets."
  type        = list(string)
}

variable "security_group_ids" {
  description = "Each workload's security group, by id."
  type        = map(string)
}

variable "role_arns" {
  description = "Each workload's IAM role, by id."
  type        = map(string)
}

variable "instance_profiles" {
  description = "The instance profile of each instance-based workload, by id."
  type        = map(string)
}

variable "task_execution_role_arn" {
  description = "The role ECS uses to pull images and write logs."
  type        = string
}

variable "cluster_role_arn" {
  description = "The role of the EKS control plane."
  type        = string
}

variable "node_role_arn" {
  description = "The role of the EKS nodes."
  type        = string
}

variable "kubernetes_namespace" {
  description = "The namespace the Kubernetes manifests deploy into (one per environment)."
  type        = string
}

variable "target_group_arns" {
  description = "The load balancer target group of each exposed workload, by id."
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
