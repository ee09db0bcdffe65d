output "workload_tags" {
  description = "The network tag of each workload, by workload id."
  value       = { for key, w in var.workloads : key => "wl-${key}" }
}
