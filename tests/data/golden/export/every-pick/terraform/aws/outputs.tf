output "vpc_id" {
  description = "The environment's VPC."
  value       = module.network.vpc_id
}

output "workload_roles" {
  description = "The IAM role of each workload, by workload id."
  value       = module.identity.role_arns
}

output "data_store_endpoints" {
  description = "Where each data store is reached, by data store id."
  value       = module.data.endpoints
}

output "influxdb_auth_secret_arns" {
  description = "The Secrets Manager secret with each Timestream for InfluxDB store's initial admin credentials, by data store id (to create its InfluxDB tokens)."
  value       = module.data.influxdb_auth_secret_arns
}

output "channel_arns" {
  description = "Each channel's ARN, by channel id."
  value       = module.channels.arns
}

output "public_endpoint" {
  description = "The public entry point (load balancer or API gateway); empty when nothing is exposed."
  value       = module.edge.endpoint
}

output "cdn_domain_name" {
  description = "The CloudFront distribution in front of the entry point; empty when the edge decision has no CDN."
  value       = module.edge.cdn_domain_name
}
