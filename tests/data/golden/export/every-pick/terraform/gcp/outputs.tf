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
  description = "Each channel's topic (Pub/Sub for queues and topics, Kafka for log streams), by channel id."
  value       = merge(module.channels.topic_ids, module.channels.kafka_topic_ids)
}

output "kafka_bootstrap_address" {
  description = "The Kafka cluster's bootstrap address; empty when no channel is a log stream."
  value       = module.channels.kafka_bootstrap_address
}

output "public_endpoint" {
  description = "The public IP address of the HTTPS load balancer; empty when nothing is exposed."
  value       = module.edge.address
}
