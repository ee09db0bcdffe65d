output "data_security_group_id" {
  description = "The network security group of the data subnet."
  value       = azurerm_network_security_group.data.id
}
