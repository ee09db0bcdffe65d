output "service_names" {
  description = "Each Cloud Run service's name, by workload id."
  value       = { for key, s in google_cloud_run_v2_service.workload : key => s.name }
}

output "cluster" {
  description = "The GKE cluster, when any workload runs on Kubernetes."
  value       = one(google_container_cluster.this[*].name)
}
