# The public entry point as the edge decision says: an HTTPS load balancer in the public subnets in
# front of the exposed workloads that run on containers or instances; an HTTP API gateway when the
# decision asks for one (functions are integrated directly); a WAF web ACL when it asks for one.
locals {
  # A static site has its own CloudFront distribution, and a model API is the provider's endpoint.
  exposed   = { for key, w in var.workloads : key => w if w.exposed && w.family != "static-hosting" && w.family != "hosted-model-api" }
  balanced  = { for key, w in local.exposed : key => w if w.family != "serverless" && w.candidate != "managed-ml-endpoint" && w.candidate != "kubernetes" }
  functions = { for key, w in local.exposed : key => w if w.family == "serverless" }
  has_alb   = length(local.balanced) > 0
  has_api   = var.api_gateway && length(local.exposed) > 0
  # A CDN in front of whichever entry point there is, when the edge decision chose one.
  has_cdn       = var.cdn && (local.has_api || local.has_alb)
  origin_domain = local.has_api ? trimprefix(aws_apigatewayv2_api.this[0].api_endpoint, "https://") : (local.has_alb ? aws_lb.this[0].dns_name : "")
}

# CloudFront's own WAF must live in us-east-1, whatever the environment's region.
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.global]
    }
  }
}

resource "aws_lb" "this" {
  count                      = local.has_alb ? 1 : 0
  name                       = substr(var.name, 0, 32)
  load_balancer_type         = "application"
  internal                   = false
  subnets                    = var.public_subnet_ids
  security_groups            = [var.security_group_id]
  drop_invalid_header_fields = true
  tags                       = var.tags
}

resource "aws_lb_target_group" "workload" {
  for_each    = local.balanced
  name_prefix = "gw-"
  port        = each.value.port
  protocol    = "HTTP"
  vpc_id      = var.vpc_id
  target_type = each.value.family == "containers" ? "ip" : "instance"

  health_check {
    path    = "/healthz"
    matcher = "200"
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_lb_listener" "https" {
  count             = local.has_alb ? 1 : 0
  load_balancer_arn = aws_lb.this[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = var.certificate_arn

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "application/json"
      message_body = "{\"error\":\"not_found\"}"
      status_code  = "404"
    }
  }

  tags = var.tags
}

# Each exposed workload under its own path: /<workload id>/...
resource "aws_lb_listener_rule" "workload" {
  for_each     = local.balanced
  listener_arn = aws_lb_listener.https[0].arn

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.workload[each.key].arn
  }

  condition {
    path_pattern {
      values = ["/${each.key}", "/${each.key}/*"]
    }
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}

resource "aws_apigatewayv2_api" "this" {
  count         = local.has_api ? 1 : 0
  name          = var.name
  protocol_type = "HTTP"
  tags          = var.tags
}

resource "aws_apigatewayv2_stage" "default" {
  count       = local.has_api ? 1 : 0
  api_id      = aws_apigatewayv2_api.this[0].id
  name        = "$default"
  auto_deploy = true

  default_route_settings {
    throttling_burst_limit = 500
    throttling_rate_limit  = 1000
  }

  tags = var.tags
}

resource "aws_apigatewayv2_integration" "function" {
  for_each               = local.has_api ? local.functions : {}
  api_id                 = aws_apigatewayv2_api.this[0].id
  integration_type       = "AWS_PROXY"
  integration_uri        = var.function_invoke_arns[each.key]
  payload_format_version = "2.0"
}

resource "aws_apigatewayv2_integration" "balanced" {
  for_each           = local.has_api ? local.balanced : {}
  api_id             = aws_apigatewayv2_api.this[0].id
  integration_type   = "HTTP_PROXY"
  integration_method = "ANY"
  integration_uri    = "https://${aws_lb.this[0].dns_name}/${each.key}/{proxy}"
}

resource "aws_apigatewayv2_route" "workload" {
  for_each  = local.has_api ? merge(local.functions, local.balanced) : {}
  api_id    = aws_apigatewayv2_api.this[0].id
  route_key = "ANY /${each.key}/{proxy+}"
  target    = "integrations/${contains(keys(local.functions), each.key) ? aws_apigatewayv2_integration.function[each.key].id : aws_apigatewayv2_integration.balanced[each.key].id}"
}

resource "aws_lambda_permission" "api" {
  for_each      = local.has_api ? local.functions : {}
  statement_id  = "AllowApiGateway"
  action        = "lambda:InvokeFunction"
  function_name = var.function_arns[each.key]
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.this[0].execution_arn}/*/*"
}

# Exposed functions without a gateway get a function URL with IAM auth: put CloudFront or a gateway
# in front before opening them to browsers.
resource "aws_lambda_function_url" "function" {
  for_each           = local.has_api ? {} : local.functions
  function_name      = var.function_arns[each.key]
  authorization_type = "AWS_IAM"
}

resource "aws_wafv2_web_acl" "this" {
  count = var.waf && local.has_alb ? 1 : 0
  name  = var.name
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common-rules"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common-rules"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit"
    priority = 2

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web-acl"
    sampled_requests_enabled   = true
  }

  tags = var.tags
}

resource "aws_wafv2_web_acl_association" "alb" {
  count        = var.waf && local.has_alb ? 1 : 0
  resource_arn = aws_lb.this[0].arn
  web_acl_arn  = aws_wafv2_web_acl.this[0].arn
}

# The CDN: caches what the origin marks cacheable (Cache-Control), forwards everything else, and
# filters at the edge with its own web ACL when the decision asks for a WAF.
data "aws_cloudfront_cache_policy" "origin_headers" {
  count = local.has_cdn ? 1 : 0
  name  = "Managed-UseOriginCacheControlHeaders"
}

data "aws_cloudfront_origin_request_policy" "all_but_host" {
  count = local.has_cdn ? 1 : 0
  name  = "Managed-AllViewerExceptHostHeader"
}

resource "aws_wafv2_web_acl" "cdn" {
  provider = aws.global
  count    = local.has_cdn && var.waf ? 1 : 0
  name     = "${var.name}-cdn"
  scope    = "CLOUDFRONT"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common-rules"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "cdn-common-rules"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit"
    priority = 2

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "cdn-rate-limit"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "cdn-web-acl"
    sampled_requests_enabled   = true
  }

  tags = var.tags
}

resource "aws_cloudfront_distribution" "this" {
  count           = local.has_cdn ? 1 : 0
  enabled         = true
  is_ipv6_enabled = true
  comment         = "${var.name} edge"
  price_class     = "PriceClass_100"
  http_version    = "http2and3"
  web_acl_id      = var.waf ? aws_wafv2_web_acl.cdn[0].arn : null
  tags            = var.tags

  origin {
    origin_id   = "entry"
    domain_name = local.origin_domain

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id         = "entry"
    viewer_protocol_policy   = "redirect-to-https"
    allowed_methods          = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods           = ["GET", "HEAD"]
    compress                 = true
    cache_policy_id          = data.aws_cloudfront_cache_policy.origin_headers[0].id
    origin_request_policy_id = data.aws_cloudfront_origin_request_policy.all_but_host[0].id
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  # The CloudFront name until the team adds its domain and a us-east-1 certificate.
  viewer_certificate {
    cloudfront_default_certificate = true
    minimum_protocol_version       = "TLSv1.2_2021"
  }
}
