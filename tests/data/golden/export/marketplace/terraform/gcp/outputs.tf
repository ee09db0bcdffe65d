output "network" {
  description = "The environment's VPC network."
  value       = module.network.network_id
}

output "workload_service_accounts" {
  description = "The service account of each workload, by workload id."
  value       = module.identity.emails
}

output "data_store_endpoints" {
  description = "Where each data store is reached, by data store id."
  value       = module.data.endpoints
}

output "channel_topics" {
  description = "Each channel's topic, by channel id."
  value       = module.channels.topic_ids
}

output "public_endpoint" {
  description = "The public IP address of the HTTPS load balancer; empty when nothing is exposed."
  value       = module.edge.address
}
