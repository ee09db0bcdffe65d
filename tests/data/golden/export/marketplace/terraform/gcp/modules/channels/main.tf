# One Pub/Sub topic per channel (queues, topics and streams alike), one subscription per consuming
# workload, ordered delivery where the model asks for ordering, and a dead-letter topic for each.
# Publish and subscribe rights go to exactly the workloads whose `uses` say so.
locals {
  subscriptions = merge([for key, c in var.channels : {
    for consumer in c.consumers : "${key}>${consumer}" => { channel = key, consumer = consumer, ordered = c.ordered }
  }]...)
  publishers = { for a in var.channel_access : "${a.workload}>${a.channel}" => a if a.mode == "publish" }
}

resource "google_pubsub_topic" "channel" {
  for_each                   = var.channels
  name                       = "${var.name}-${each.key}"
  message_retention_duration = "${max(600, min(2678400, each.value.retention_hours * 3600))}s"
  labels                     = { channel = each.key }
}

resource "google_pubsub_topic" "dead_letter" {
  for_each = var.channels
  name     = "${var.name}-${each.key}-dead-letter"
  labels   = { channel = each.key }
}

resource "google_pubsub_subscription" "consumer" {
  for_each                = local.subscriptions
  name                    = "${var.name}-${each.value.channel}-${each.value.consumer}"
  topic                   = google_pubsub_topic.channel[each.value.channel].id
  enable_message_ordering = each.value.ordered
  ack_deadline_seconds    = 60
  labels                  = { channel = each.value.channel, workload = each.value.consumer }

  dead_letter_policy {
    dead_letter_topic     = google_pubsub_topic.dead_letter[each.value.channel].id
    max_delivery_attempts = 5
  }
}

resource "google_pubsub_topic_iam_member" "publisher" {
  for_each = local.publishers
  topic    = google_pubsub_topic.channel[each.value.channel].id
  role     = "roles/pubsub.publisher"
  member   = var.members[each.value.workload]
}

resource "google_pubsub_subscription_iam_member" "subscriber" {
  for_each     = local.subscriptions
  subscription = google_pubsub_subscription.consumer[each.key].id
  role         = "roles/pubsub.subscriber"
  member       = var.members[each.value.consumer]
}
