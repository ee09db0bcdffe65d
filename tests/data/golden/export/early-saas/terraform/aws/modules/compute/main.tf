# Each workload on the compute its recommendation chose: ECS on Fargate for managed containers (a
# service, or a task definition for batch jobs), EKS for Kubernetes (the workloads themselves come from
# the Kubernetes manifests), Lambda for functions, Auto Scaling groups for virtual machines and GPU
# instances, SageMaker endpoints for managed model serving, a private S3 bucket behind CloudFront for a
# static site. A provider's model API (Bedrock) needs no compute: the README says what to grant.
locals {
  services  = { for key, w in var.workloads : key => w if w.candidate == "managed-containers" }
  jobs      = { for key, w in var.workloads : key => w if w.candidate == "batch-containers" }
  pods      = { for key, w in var.workloads : key => w if w.candidate == "kubernetes" }
  functions = { for key, w in var.workloads : key => w if w.family == "serverless" }
  ml        = { for key, w in var.workloads : key => w if w.candidate == "managed-ml-endpoint" }
  instances = { for key, w in var.workloads : key => w if w.family == "vm" || w.candidate == "gpu-instances" }
  sites     = { for key, w in var.workloads : key => w if w.family == "static-hosting" }
  ecs_tasks = merge(local.services, local.jobs)
  image     = { for key, w in var.workloads : key => "${var.image_prefix}/${key}:${var.image_tag}" }
}

resource "aws_cloudwatch_log_group" "workload" {
  for_each          = var.workloads
  name              = "/${var.name}/${each.key}"
  retention_in_days = 30
  tags              = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_ecs_cluster" "this" {
  count = length(local.ecs_tasks) > 0 ? 1 : 0
  name  = var.name
  tags  = var.tags

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_task_definition" "workload" {
  for_each                 = local.ecs_tasks
  family                   = "${var.name}-${each.key}"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = each.value.cpu_units
  memory                   = each.value.memory_mb
  task_role_arn            = var.role_arns[each.key]
  execution_role_arn       = var.task_execution_role_arn
  container_definitions = jsonencode([{
    name         = each.key
    image        = local.image[each.key]
    essential    = true
    portMappings = each.value.kind == "batch" ? [] : [{ containerPort = each.value.port, protocol = "tcp" }]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.workload[each.key].name
        awslogs-region        = var.region
        awslogs-stream-prefix = each.key
      }
    }
  }])
  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_ecs_service" "workload" {
  for_each        = local.services
  name            = each.key
  cluster         = aws_ecs_cluster.this[0].id
  task_definition = aws_ecs_task_definition.workload[each.key].arn
  desired_count   = each.value.min_capacity
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = [var.security_group_ids[each.key]]
    assign_public_ip = false
  }

  dynamic "load_balancer" {
    for_each = contains(keys(var.target_group_arns), each.key) ? [var.target_group_arns[each.key]] : []
    content {
      target_group_arn = load_balancer.value
      container_name   = each.key
      container_port   = each.value.port
    }
  }

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_appautoscaling_target" "service" {
  for_each           = local.services
  service_namespace  = "ecs"
  resource_id        = "service/${aws_ecs_cluster.this[0].name}/${aws_ecs_service.workload[each.key].name}"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = each.value.min_capacity
  max_capacity       = each.value.max_capacity
}

resource "aws_appautoscaling_policy" "service_cpu" {
  for_each           = local.services
  name               = "${each.key}-cpu"
  policy_type        = "TargetTrackingScaling"
  service_namespace  = aws_appautoscaling_target.service[each.key].service_namespace
  resource_id        = aws_appautoscaling_target.service[each.key].resource_id
  scalable_dimension = aws_appautoscaling_target.service[each.key].scalable_dimension

  target_tracking_scaling_policy_configuration {
    target_value = 60

    predefined_metric_specification {
      predefined_metric_type = "ECSServiceAverageCPUUtilization"
    }
  }
}

resource "aws_lambda_function" "workload" {
  for_each      = local.functions
  function_name = "${var.name}-${each.key}"
  package_type  = "Image"
  image_uri     = local.image[each.key]
  role          = var.role_arns[each.key]
  memory_size   = each.value.memory_mb
  timeout       = min(900, each.value.timeout_s)

  vpc_config {
    subnet_ids         = var.subnet_ids
    security_group_ids = [var.security_group_ids[each.key]]
  }

  logging_config {
    log_format = "JSON"
    log_group  = aws_cloudwatch_log_group.workload[each.key].name
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_eks_cluster" "this" {
  count    = length(local.pods) > 0 ? 1 : 0
  name     = var.name
  role_arn = var.cluster_role_arn

  vpc_config {
    subnet_ids              = var.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  access_config {
    authentication_mode = "API"
  }

  tags = var.tags
}

resource "aws_eks_node_group" "this" {
  count           = length(local.pods) > 0 ? 1 : 0
  cluster_name    = aws_eks_cluster.this[0].name
  node_group_name = "${var.name}-default"
  node_role_arn   = var.node_role_arn
  subnet_ids      = var.subnet_ids
  instance_types  = ["m6g.large"]
  ami_type        = "AL2023_ARM_64_STANDARD"

  scaling_config {
    desired_size = 2
    min_size     = 2
    max_size     = 10
  }

  tags = var.tags
}

resource "aws_eks_pod_identity_association" "workload" {
  for_each        = local.pods
  cluster_name    = aws_eks_cluster.this[0].name
  namespace       = var.kubernetes_namespace
  service_account = each.key
  role_arn        = var.role_arns[each.key]
  tags            = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

data "aws_ssm_parameter" "instance_ami" {
  count = length(local.instances) > 0 ? 1 : 0
  name  = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
}

resource "aws_launch_template" "workload" {
  for_each               = local.instances
  name_prefix            = "${var.name}-${each.key}-"
  image_id               = data.aws_ssm_parameter.instance_ami[0].value
  instance_type          = each.value.gpu ? "g5.xlarge" : (each.value.memory_mb > 4096 ? "m7i.xlarge" : "m7i.large")
  vpc_security_group_ids = [var.security_group_ids[each.key]]

  iam_instance_profile {
    name = var.instance_profiles[each.key]
  }

  metadata_options {
    http_tokens = "required"
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_autoscaling_group" "workload" {
  for_each            = local.instances
  name_prefix         = "${var.name}-${each.key}-"
  min_size            = each.value.min_capacity
  max_size            = each.value.max_capacity
  vpc_zone_identifier = var.subnet_ids
  target_group_arns   = contains(keys(var.target_group_arns), each.key) ? [var.target_group_arns[each.key]] : []

  launch_template {
    id      = aws_launch_template.workload[each.key].id
    version = "$Latest"
  }

  dynamic "tag" {
    for_each = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}

resource "aws_sagemaker_model" "workload" {
  for_each           = local.ml
  name               = "${var.name}-${each.key}"
  execution_role_arn = var.role_arns[each.key]

  primary_container {
    image = local.image[each.key]
  }

  vpc_config {
    subnets            = var.subnet_ids
    security_group_ids = [var.security_group_ids[each.key]]
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_sagemaker_endpoint_configuration" "workload" {
  for_each = local.ml
  name     = "${var.name}-${each.key}"

  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.workload[each.key].name
    initial_instance_count = each.value.min_capacity
    instance_type          = each.value.gpu ? "ml.g5.xlarge" : "ml.m5.large"
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_sagemaker_endpoint" "workload" {
  for_each             = local.ml
  name                 = "${var.name}-${each.key}"
  endpoint_config_name = aws_sagemaker_endpoint_configuration.workload[each.key].name
  tags                 = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

# A static site: its files in a bucket that nothing but its own CloudFront distribution may read
# (origin access control), served over HTTPS with the managed caching policy for static content.
resource "aws_s3_bucket" "site" {
  for_each      = local.sites
  bucket_prefix = "${var.name}-${each.key}-"
  tags          = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_s3_bucket_public_access_block" "site" {
  for_each                = local.sites
  bucket                  = aws_s3_bucket.site[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_cloudfront_origin_access_control" "site" {
  for_each                          = local.sites
  name                              = "${var.name}-${each.key}"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

data "aws_cloudfront_cache_policy" "static" {
  count = length(local.sites) > 0 ? 1 : 0
  name  = "Managed-CachingOptimized"
}

resource "aws_cloudfront_distribution" "site" {
  for_each            = local.sites
  enabled             = true
  comment             = "${var.name}-${each.key}"
  default_root_object = "index.html"
  http_version        = "http2and3"

  origin {
    origin_id                = "site"
    domain_name              = aws_s3_bucket.site[each.key].bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.site[each.key].id
  }

  default_cache_behavior {
    target_origin_id       = "site"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = data.aws_cloudfront_cache_policy.static[0].id
    compress               = true
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

data "aws_iam_policy_document" "site" {
  for_each = local.sites

  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site[each.key].arn}/*"]

    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = [aws_cloudfront_distribution.site[each.key].arn]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  for_each = local.sites
  bucket   = aws_s3_bucket.site[each.key].id
  policy   = data.aws_iam_policy_document.site[each.key].json
}
