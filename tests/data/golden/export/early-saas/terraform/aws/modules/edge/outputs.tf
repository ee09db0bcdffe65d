output "target_group_arns" {
  description = "The target group of each load-balanced workload, by workload id."
  value       = { for key, tg in aws_lb_target_group.workload : key => tg.arn }
}

output "endpoint" {
  description = "The public entry point: the API gateway's URL, else the load balancer's name; empty when nothing is exposed."
  value       = local.has_api ? aws_apigatewayv2_api.this[0].api_endpoint : (local.has_alb ? aws_lb.this[0].dns_name : "")
}

output "cdn_domain_name" {
  description = "The CloudFront distribution's domain name; empty without a CDN."
  value       = local.has_cdn ? aws_cloudfront_distribution.this[0].domain_name : ""
}
