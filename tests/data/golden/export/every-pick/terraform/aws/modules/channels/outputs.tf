output "arns" {
  description = "Each channel's ARN, by channel id (producers are granted on these)."
  value = merge(
    { for key, q in aws_sqs_queue.queue : key => q.arn },
    { for key, t in aws_sns_topic.topic : key => t.arn },
    { for key, b in aws_cloudwatch_event_bus.bus : key => b.arn },
    { for key, s in aws_kinesis_stream.stream : key => s.arn },
  )
}

output "consumer_queue_arns" {
  description = "The queue each consumer of a topic or bus reads, by \"channel>workload\"."
  value       = { for key, q in aws_sqs_queue.consumer : key => q.arn }
}
