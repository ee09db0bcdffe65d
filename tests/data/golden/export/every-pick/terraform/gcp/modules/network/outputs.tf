output "network_id" {
  description = "The VPC network."
  value       = google_compute_network.this.id
}

output "application_subnet_id" {
  description = "The private application subnet."
  value       = google_compute_subnetwork.application.id
}

output "application_cidr" {
  description = "The application subnet's range."
  value       = google_compute_subnetwork.application.ip_cidr_range
}

output "data_cidr" {
  description = "The range managed databases take their addresses from."
  value       = cidrsubnet(var.cidr_block, 4, 2)
}
