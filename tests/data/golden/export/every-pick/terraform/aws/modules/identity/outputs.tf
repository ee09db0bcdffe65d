output "role_arns" {
  description = "Each workload's IAM role, by workload id."
  value       = { for key, r in aws_iam_role.workload : key => r.arn }
}

output "instance_profile_names" {
  description = "The instance profile of each workload that runs on instances, by workload id."
  value       = { for key, p in aws_iam_instance_profile.workload : key => p.name }
}

output "task_execution_role_arn" {
  description = "The role ECS uses to pull images and write logs."
  value       = aws_iam_role.task_execution.arn
}

output "eks_cluster_role_arn" {
  description = "The role of the EKS control plane."
  value       = aws_iam_role.eks_cluster.arn
}

output "eks_node_role_arn" {
  description = "The role of the EKS nodes."
  value       = aws_iam_role.eks_node.arn
}
