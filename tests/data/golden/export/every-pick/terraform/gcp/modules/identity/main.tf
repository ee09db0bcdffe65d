# One service account per workload. What each may do is granted where the resource is (data stores,
# topics, services), derived from the workload's `uses`: nothing is granted project-wide but what
# Google only grants there (Cloud SQL client, Firestore user).
resource "google_service_account" "workload" {
  for_each     = var.workloads
  account_id   = trimsuffix(substr("${substr(var.name, 0, 12)}-${each.key}", 0, 30), "-")
  display_name = "Workload ${each.key} (${var.name})"
}
