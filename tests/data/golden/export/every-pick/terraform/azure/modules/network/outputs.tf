output "public_subnet_id" {
  description = "The public subnet (application gateway)."
  value       = azurerm_subnet.public.id
}

output "application_subnet_id" {
  description = "The private application subnet."
  value       = azurerm_subnet.application.id
}

output "application_cidr" {
  description = "The application subnet's range."
  value       = cidrsubnet(var.cidr_block, 7, 1)
}

output "data_subnet_id" {
  description = "The private data subnet; empty when the model has no data stores."
  value       = one(azurerm_subnet.data[*].id)
}

output "machines_subnet_id" {
  description = "The private subnet of the virtual machine scale sets."
  value       = azurerm_subnet.machines.id
}

output "machines_cidr" {
  description = "The machines subnet's range."
  value       = azurerm_subnet.machines.address_prefixes[0]
}

output "virtual_network_id" {
  description = "The virtual network."
  value       = azurerm_virtual_network.this.id
}
