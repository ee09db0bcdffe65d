# One IAM role per workload, trusted only by the service that runs it, allowed exactly what its `uses`
# say: read or write on each data store reached through an AWS API, publish or consume on each channel.
# Stores reached inside the network are not granted here: their security groups admit the workload, and
# their own users (or, for Timestream for InfluxDB, InfluxDB tokens) sign it in.
locals {
  principal = {
    for key, w in var.workloads : key => (
      w.family == "serverless" ? "lambda.amazonaws.com" :
      w.candidate == "kubernetes" ? "pods.eks.amazonaws.com" :
      w.family == "containers" ? "ecs-tasks.amazonaws.com" :
      w.candidate == "managed-ml-endpoint" ? "sagemaker.amazonaws.com" : "ec2.amazonaws.com"
    )
  }

  read_actions = {
    dynamodb   = ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan"]
    s3         = ["s3:GetObject", "s3:ListBucket"]
    keyspaces  = ["cassandra:Select"]
    opensearch = ["es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost"]
  }
  write_actions = {
    dynamodb   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"]
    s3         = ["s3:PutObject", "s3:DeleteObject"]
    keyspaces  = ["cassandra:Modify"]
    opensearch = ["es:ESHttpPut", "es:ESHttpPost", "es:ESHttpDelete"]
  }
  publish_actions = {
    sqs         = ["sqs:SendMessage"]
    sqs-fifo    = ["sqs:SendMessage"]
    sns         = ["sns:Publish"]
    eventbridge = ["events:PutEvents"]
    kinesis     = ["kinesis:PutRecord", "kinesis:PutRecords"]
  }
  queue_consume_actions  = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"]
  stream_consume_actions = ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream", "kinesis:ListShards"]

  data_statements = [
    for a in var.data_access : {
      workload = a.workload
      resources = [var.data_store_arns[a.store], "${var.data_store_arns[a.store]}/*"]
      actions = distinct(concat(
        a.access != "write" ? lookup(local.read_actions, var.data_stores[a.store].engine, []) : [],
        a.access != "read" ? lookup(local.write_actions, var.data_stores[a.store].engine, []) : [],
      ))
    } if contains(keys(local.read_actions), var.data_stores[a.store].engine)
  ]

  channel_statements = [
    for a in var.channel_access : {
      workload = a.workload
      resources = [
        a.mode == "publish" || contains(["sqs", "sqs-fifo", "kinesis"], var.channels[a.channel].engine)
        ? var.channel_arns[a.channel]
        : var.consumer_queue_arns["${a.channel}>${a.workload}"]
      ]
      actions = (
        a.mode == "publish" ? local.publish_actions[var.channels[a.channel].engine] :
        var.channels[a.channel].engine == "kinesis" ? local.stream_consume_actions : local.queue_consume_actions
      )
    }
  ]

  statements = {
    for key in keys(var.workloads) : key => [
      for s in concat(local.data_statements, local.channel_statements) : s if s.workload == key
    ]
  }
}

data "aws_iam_policy_document" "trust" {
  for_each = var.workloads

  statement {
    actions = local.principal[each.key] == "pods.eks.amazonaws.com" ? ["sts:AssumeRole", "sts:TagSession"] : ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = [local.principal[each.key]]
    }
  }
}

resource "aws_iam_role" "workload" {
  for_each           = var.workloads
  name               = substr("${var.name}-${each.key}", 0, 64)
  assume_role_policy = data.aws_iam_policy_document.trust[each.key].json
  tags               = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

data "aws_iam_policy_document" "access" {
  for_each = { for key, s in local.statements : key => s if length(s) > 0 }

  dynamic "statement" {
    for_each = each.value
    content {
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "access" {
  for_each = data.aws_iam_policy_document.access
  name     = "uses"
  role     = aws_iam_role.workload[each.key].id
  policy   = each.value.json
}

# What the runtime itself needs: logs and network interfaces for functions, the agent for instances.
resource "aws_iam_role_policy_attachment" "function_runtime" {
  for_each   = { for key, w in var.workloads : key => w if w.family == "serverless" }
  role       = aws_iam_role.workload[each.key].name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

resource "aws_iam_role_policy_attachment" "instance_agent" {
  for_each   = { for key, w in var.workloads : key => w if local.principal[key] == "ec2.amazonaws.com" }
  role       = aws_iam_role.workload[each.key].name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "workload" {
  for_each = aws_iam_role_policy_attachment.instance_agent
  name     = substr("${var.name}-${each.key}", 0, 64)
  role     = aws_iam_role.workload[each.key].name
  tags     = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

# Roles of the platforms themselves (not of a workload): ECS pulling images and writing logs, the EKS
# control plane and its nodes.
data "aws_iam_policy_document" "platform_trust" {
  for_each = toset(["ecs-tasks.amazonaws.com", "eks.amazonaws.com", "ec2.amazonaws.com"])

  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = [each.key]
    }
  }
}

resource "aws_iam_role" "task_execution" {
  name               = substr("${var.name}-task-execution", 0, 64)
  assume_role_policy = data.aws_iam_policy_document.platform_trust["ecs-tasks.amazonaws.com"].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "task_execution" {
  role       = aws_iam_role.task_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "eks_cluster" {
  name               = substr("${var.name}-eks-cluster", 0, 64)
  assume_role_policy = data.aws_iam_policy_document.platform_trust["eks.amazonaws.com"].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "eks_cluster" {
  role       = aws_iam_role.eks_cluster.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
}

resource "aws_iam_role" "eks_node" {
  name               = substr("${var.name}-eks-node", 0, 64)
  assume_role_policy = data.aws_iam_policy_document.platform_trust["ec2.amazonaws.com"].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "eks_node" {
  for_each = toset([
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
  ])
  role       = aws_iam_role.eks_node.name
  policy_arn = each.key
}
