variable "name" {
  description = "Prefix of every resource name."
  type        = string
}

variable "vpc_id" {
  description = "The VPC of the load balancer's target groups."
  type        = string
}

variable "public_subnet_ids" {
  description = "The public subnets the load balancer sits in."
  type        = list(string)
}

variable "security_group_id" {
  description = "The edge security group (HTTPS in, the exposed workloads' ports out)."
  type        = string
}

variable "workloads" {
  description = "Workloads by id: exposure, compute family and port."
  type = map(object({
    exposed   = bool
    family    = string
    candidate = string
    port      = number
  }))
}

variable "api_gateway" {
  description = "Whether the edge decision puts an API gateway in front."
  type        = bool
}

variable "waf" {
  description = "Whether the edge decision asks for a web application firewall."
  type        = bool
}

variable "cdn" {
  description = "Whether a CloudFront distribution caches in front of the entry point (the edge decision)."
  type        = bool
}

variable "certificate_arn" {
  description = "The ACM certificate of the HTTPS listener."
  type        = string
}

variable "function_arns" {
  description = "Each function's ARN, by workload id."
  type        = map(string)
}

variable "function_invoke_arns" {
  description = "Each function's invoke ARN, by workload id."
  type        = map(string)
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
