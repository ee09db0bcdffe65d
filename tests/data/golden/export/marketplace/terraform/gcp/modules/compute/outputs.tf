output "service_names" {
  description = "Each Cloud Run service's name, by workload id."
  value       = { for key, s in google_cloud_run_v2_service.workload : key => s.name }
}

output "cluster" {
  description = "The GKE cluster, when any workload runs on Kubernetes."
  value       = one(google_container_cluster.this[*].name)
}

output "site_backend_buckets" {
  description = "Each static site's Cloud CDN backend bucket, by workload id."
  value       = { for key, b in google_compute_backend_bucket.site : key => b.id }
}
