# One Pub/Sub topic per queue or topic channel, one subscription per consuming workload, ordered
# delivery where the model asks for ordering, and a dead-letter topic for each. Log streams (a Kafka
# pick) become topics of one Managed Service for Apache Kafka cluster in the application subnet.
# Publish and subscribe rights go to exactly the workloads whose `uses` say so.
locals {
  pubsub = { for key, c in var.channels : key => c if c.engine != "kafka" }
  kafka  = { for key, c in var.channels : key => c if c.engine == "kafka" }

  subscriptions = merge([for key, c in local.pubsub : {
    for consumer in c.consumers : "${key}>${consumer}" => { channel = key, consumer = consumer, ordered = c.ordered }
  }]...)
  publishers = { for a in var.channel_access : "${a.workload}>${a.channel}" => a if a.mode == "publish" && contains(keys(local.pubsub), a.channel) }

  # Kafka clients authenticate with their service account; IAM grants the cluster, the topic-level
  # produce / consume split is a Kafka ACL.
  kafka_clients = toset([for a in var.channel_access : a.workload if contains(keys(local.kafka), a.channel)])
}

resource "google_pubsub_topic" "channel" {
  for_each                   = local.pubsub
  name                       = "${var.name}-${each.key}"
  message_retention_duration = "${max(600, min(2678400, each.value.retention_hours * 3600))}s"
  labels                     = merge(lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "google_pubsub_topic" "dead_letter" {
  for_each = local.pubsub
  name     = "${var.name}-${each.key}-dead-letter"
  labels   = merge(lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "google_pubsub_subscription" "consumer" {
  for_each                = local.subscriptions
  name                    = "${var.name}-${each.value.channel}-${each.value.consumer}"
  topic                   = google_pubsub_topic.channel[each.value.channel].id
  enable_message_ordering = each.value.ordered
  ack_deadline_seconds    = 60
  labels                  = merge(lookup(var.ownership, each.value.consumer, {}), { channel = each.value.channel, workload = each.value.consumer })

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

resource "google_managed_kafka_cluster" "this" {
  count      = length(local.kafka) > 0 ? 1 : 0
  cluster_id = substr("${var.name}-kafka", 0, 63)
  location   = var.region
  labels     = { channels = "log-streams" }

  # The smallest cluster the service accepts: 3 vCPUs, 1 GiB per vCPU (up to 8 allowed).
  capacity_config {
    vcpu_count   = 3
    memory_bytes = 3 * 1024 * 1024 * 1024
  }

  gcp_config {
    access_config {
      network_configs {
        subnet = var.subnet_id
      }
    }
  }

  rebalance_config {
    mode = "AUTO_REBALANCE_ON_SCALE_UP"
  }
}

resource "google_managed_kafka_topic" "channel" {
  for_each           = local.kafka
  topic_id           = each.key
  cluster            = google_managed_kafka_cluster.this[0].cluster_id
  location           = var.region
  partition_count    = each.value.ordered ? 1 : 6
  replication_factor = 3
  configs = {
    "retention.ms"   = tostring(floor(each.value.retention_hours * 3600000))
    "cleanup.policy" = "delete"
  }
}

resource "google_project_iam_member" "kafka_client" {
  for_each = local.kafka_clients
  project  = var.project
  role     = "roles/managedkafka.client"
  member   = var.members[each.value]

  condition {
    title      = "only-${var.name}-kafka"
    expression = "resource.name.startsWith(\"${google_managed_kafka_cluster.this[0].id}\")"
  }
}
