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

variable "data_subnet_id" {
  description = "The private data subnet; null when there is none."
  type        = string
  default     = null
}

variable "application_subnet_cidr" {
  description = "The application subnet's range: with the machines subnet, the only sources the data subnet admits."
  type        = string
}

variable "machines_subnet_cidr" {
  description = "The range of the virtual machine scale sets' subnet."
  type        = string
}

variable "data_stores" {
  description = "Data stores by id, with the port each is reached on."
  type = map(object({
    port = number
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
