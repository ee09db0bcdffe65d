output "topic_ids" {
  description = "Each channel's topic, by channel id."
  value       = { for key, t in google_pubsub_topic.channel : key => t.id }
}

output "subscription_ids" {
  description = "Each consumer's subscription, by \"channel>workload\"."
  value       = { for key, s in google_pubsub_subscription.consumer : key => s.id }
}
