output "function_arns" {
  description = "Each function's ARN, by workload id."
  value       = { for key, f in aws_lambda_function.workload : key => f.arn }
}

output "function_invoke_arns" {
  description = "Each function's invoke ARN (for API Gateway integrations), by workload id."
  value       = { for key, f in aws_lambda_function.workload : key => f.invoke_arn }
}

output "ecs_cluster" {
  description = "The ECS cluster, when any workload runs on managed containers."
  value       = one(aws_ecs_cluster.this[*].name)
}

output "eks_cluster" {
  description = "The EKS cluster, when any workload runs on Kubernetes."
  value       = one(aws_eks_cluster.this[*].name)
}

output "site_domains" {
  description = "Each static site's CloudFront domain, by workload id."
  value       = { for key, d in aws_cloudfront_distribution.site : key => d.domain_name }
}
