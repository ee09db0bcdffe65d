output "ids" {
  description = "Each workload's identity resource id, by workload id."
  value       = { for key, i in azurerm_user_assigned_identity.workload : key => i.id }
}

output "principal_ids" {
  description = "Each workload's identity principal id (for role assignments), by workload id."
  value       = { for key, i in azurerm_user_assigned_identity.workload : key => i.principal_id }
}

output "client_ids" {
  description = "Each workload's identity client id (what the workload signs in with), by workload id."
  value       = { for key, i in azurerm_user_assigned_identity.workload : key => i.client_id }
}
