output "resource_group" {
  description = "The environment's resource group."
  value       = azurerm_resource_group.this.name
}

output "workload_identities" {
  description = "The client id of each workload's managed identity, by workload id."
  value       = module.identity.client_ids
}

output "data_store_endpoints" {
  description = "Where each data store is reached, by data store id."
  value       = module.data.endpoints
}

output "public_endpoint" {
  description = "The public IP address of the application gateway; empty when nothing is exposed."
  value       = module.edge.address
}

output "cdn_host_name" {
  description = "The Azure Front Door endpoint in front of the gateway; empty when the edge decision has no CDN."
  value       = module.edge.cdn_host_name
}
