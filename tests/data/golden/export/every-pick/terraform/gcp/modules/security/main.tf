# Firewall rules that allow exactly the model's edges. Every workload carries a network tag of its own;
# egress is denied by default, then allowed to each data store a workload uses and to Google APIs.
# (Calls between Cloud Run services are governed by IAM: see the compute module's invoker bindings.)
locals {
  networked_accesses = { for a in var.data_access : "${a.workload}>${a.store}" => a if var.data_stores[a.store].networked }
  workload_edges     = { for e in var.workload_edges : "${e.from}>${e.to}" => e }
}

resource "google_compute_firewall" "deny_egress" {
  name               = "${var.name}-deny-egress"
  network            = var.network_id
  direction          = "EGRESS"
  priority           = 65000
  destination_ranges = ["0.0.0.0/0"]

  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "google_apis" {
  name               = "${var.name}-google-apis"
  network            = var.network_id
  direction          = "EGRESS"
  priority           = 1000
  destination_ranges = ["0.0.0.0/0"]
  target_tags        = [for key, w in var.workloads : "wl-${key}"]

  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

resource "google_compute_firewall" "workload_to_data" {
  for_each           = local.networked_accesses
  name               = substr("${var.name}-${replace(each.key, ">", "-to-")}", 0, 63)
  network            = var.network_id
  direction          = "EGRESS"
  priority           = 900
  destination_ranges = [var.data_cidr]
  target_tags        = ["wl-${each.value.workload}"]
  description        = "${each.value.workload} uses ${each.value.store} (${each.value.access})"

  allow {
    protocol = "tcp"
    ports    = [tostring(var.data_stores[each.value.store].port)]
  }
}

resource "google_compute_firewall" "workload_to_workload_egress" {
  for_each           = local.workload_edges
  name               = substr("${var.name}-${replace(each.key, ">", "-to-")}-out", 0, 63)
  network            = var.network_id
  direction          = "EGRESS"
  priority           = 900
  destination_ranges = [var.application_cidr]
  target_tags        = ["wl-${each.value.from}"]
  description        = "${each.value.from} calls ${each.value.to}"

  allow {
    protocol = "tcp"
    ports    = [tostring(var.workloads[each.value.to].port)]
  }
}

resource "google_compute_firewall" "workload_to_workload_ingress" {
  for_each    = local.workload_edges
  name        = substr("${var.name}-${replace(each.key, ">", "-to-")}-in", 0, 63)
  network     = var.network_id
  direction   = "INGRESS"
  priority    = 900
  source_tags = ["wl-${each.value.from}"]
  target_tags = ["wl-${each.value.to}"]
  description = "${each.value.from} calls ${each.value.to}"

  allow {
    protocol = "tcp"
    ports    = [tostring(var.workloads[each.value.to].port)]
  }
}
