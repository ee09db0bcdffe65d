output "topic_ids" {
  description = "Each channel's topic, by channel id."
  value       = { for key, t in google_pubsub_topic.channel : key => t.id }
}

output "subscription_ids" {
  description = "Each consumer's subscription, by \"channel>workload\"."
  value       = { for key, s in google_pubsub_subscription.consumer : key => s.id }
}

output "kafka_topic_ids" {
  description = "Each log-stream channel's Kafka topic, by channel id."
  value       = { for key, t in google_managed_kafka_topic.channel : key => t.id }
}

output "kafka_bootstrap_address" {
  description = "Where Kafka clients connect (SASL over TLS with their service account); empty without log streams."
  value       = length(google_managed_kafka_cluster.this) > 0 ? "bootstrap.${google_managed_kafka_cluster.this[0].cluster_id}.${var.region}.managedkafka.${var.project}.cloud.goog:9092" : ""
}
