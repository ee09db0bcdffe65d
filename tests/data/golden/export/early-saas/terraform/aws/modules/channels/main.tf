# One resource per channel, by the messaging family its recommendation chose. A topic or event bus gets
# one queue per consuming workload, so that each consumer sees every message at its own pace.
locals {
  queues  = { for key, c in var.channels : key => c if c.engine == "sqs" || c.engine == "sqs-fifo" }
  topics  = { for key, c in var.channels : key => c if c.engine == "sns" }
  buses   = { for key, c in var.channels : key => c if c.engine == "eventbridge" }
  streams = { for key, c in var.channels : key => c if c.engine == "kinesis" }
  fanout = merge([for key, c in merge(local.topics, local.buses) : {
    for consumer in c.consumers : "${key}>${consumer}" => { channel = key, consumer = consumer, engine = c.engine }
  }]...)
}

resource "aws_sqs_queue" "dead_letter" {
  for_each                  = local.queues
  name                      = each.value.engine == "sqs-fifo" ? "${var.name}-${each.key}-dlq.fifo" : "${var.name}-${each.key}-dlq"
  fifo_queue                = each.value.engine == "sqs-fifo"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "aws_sqs_queue" "queue" {
  for_each                  = local.queues
  name                      = each.value.engine == "sqs-fifo" ? "${var.name}-${each.key}.fifo" : "${var.name}-${each.key}"
  fifo_queue                = each.value.engine == "sqs-fifo"
  message_retention_seconds = min(1209600, max(60, each.value.retention_hours * 3600))
  sqs_managed_sse_enabled   = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter[each.key].arn
    maxReceiveCount     = 5
  })
  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "aws_sns_topic" "topic" {
  for_each          = local.topics
  name              = "${var.name}-${each.key}"
  kms_master_key_id = "alias/aws/sns"
  tags              = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "aws_cloudwatch_event_bus" "bus" {
  for_each = local.buses
  name     = "${var.name}-${each.key}"
  tags     = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "aws_kinesis_stream" "stream" {
  for_each         = local.streams
  name             = "${var.name}-${each.key}"
  retention_period = min(8760, max(24, each.value.retention_hours))
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "aws_sqs_queue" "consumer" {
  for_each                = local.fanout
  name                    = "${var.name}-${each.value.channel}-${each.value.consumer}"
  sqs_managed_sse_enabled = true
  tags                    = merge(var.tags, lookup(var.ownership, each.value.consumer, {}), { channel = each.value.channel, workload = each.value.consumer })
}

resource "aws_sns_topic_subscription" "consumer" {
  for_each             = { for key, f in local.fanout : key => f if f.engine == "sns" }
  topic_arn            = aws_sns_topic.topic[each.value.channel].arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.consumer[each.key].arn
  raw_message_delivery = true
}

resource "aws_cloudwatch_event_rule" "consumer" {
  for_each       = { for key, f in local.fanout : key => f if f.engine == "eventbridge" }
  name           = substr("${var.name}-${each.value.channel}-${each.value.consumer}", 0, 64)
  event_bus_name = aws_cloudwatch_event_bus.bus[each.value.channel].name
  event_pattern  = jsonencode({ source = [{ prefix = "" }] })
  tags           = merge(var.tags, lookup(var.ownership, each.value.consumer, {}), { channel = each.value.channel, workload = each.value.consumer })
}

resource "aws_cloudwatch_event_target" "consumer" {
  for_each       = aws_cloudwatch_event_rule.consumer
  rule           = each.value.name
  event_bus_name = each.value.event_bus_name
  arn            = aws_sqs_queue.consumer[each.key].arn
}

# The topic or bus may deliver into each consumer's queue, and nothing else may.
data "aws_iam_policy_document" "consumer_queue" {
  for_each = local.fanout

  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.consumer[each.key].arn]

    principals {
      type        = "Service"
      identifiers = [each.value.engine == "sns" ? "sns.amazonaws.com" : "events.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [each.value.engine == "sns" ? aws_sns_topic.topic[each.value.channel].arn : aws_cloudwatch_event_rule.consumer[each.key].arn]
    }
  }
}

resource "aws_sqs_queue_policy" "consumer" {
  for_each  = local.fanout
  queue_url = aws_sqs_queue.consumer[each.key].id
  policy    = data.aws_iam_policy_document.consumer_queue[each.key].json
}
