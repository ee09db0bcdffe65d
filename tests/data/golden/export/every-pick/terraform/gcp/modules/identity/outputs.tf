output "emails" {
  description = "Each workload's service account e-mail, by workload id."
  value       = { for key, sa in google_service_account.workload : key => sa.email }
}

output "members" {
  description = "Each workload's IAM member string (serviceAccount:...), by workload id."
  value       = { for key, sa in google_service_account.workload : key => sa.member }
}
