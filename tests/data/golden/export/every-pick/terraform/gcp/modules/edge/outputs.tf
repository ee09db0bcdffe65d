output "address" {
  description = "The load balancer's public IP address; empty when nothing is exposed."
  value       = local.enabled ? google_compute_global_address.this[0].address : ""
}
