output "edge_security_group_id" {
  description = "The security group of the public entry point."
  value       = aws_security_group.edge.id
}

output "workload_security_group_ids" {
  description = "Each workload's security group, by workload id."
  value       = { for key, sg in aws_security_group.workload : key => sg.id }
}

output "data_store_security_group_ids" {
  description = "Each networked data store's security group, by data store id."
  value       = { for key, sg in aws_security_group.data_store : key => sg.id }
}
