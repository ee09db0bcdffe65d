# Each workload on the compute its recommendation chose: Cloud Run services for managed containers and
# functions, Cloud Run jobs for batch, a GKE Autopilot cluster for Kubernetes (the workloads themselves
# come from the Kubernetes manifests), managed instance groups for virtual machines and GPU instances,
# Vertex AI endpoints for managed model serving, a Cloud Storage bucket behind a Cloud CDN backend bucket
# for a static site. Calls between services are allowed by IAM, edge by edge.
locals {
  services  = { for key, w in var.workloads : key => w if w.family == "serverless" || w.candidate == "managed-containers" }
  jobs      = { for key, w in var.workloads : key => w if w.candidate == "batch-containers" }
  pods      = { for key, w in var.workloads : key => w if w.candidate == "kubernetes" }
  ml        = { for key, w in var.workloads : key => w if w.candidate == "managed-ml-endpoint" }
  instances = { for key, w in var.workloads : key => w if w.family == "vm" || w.candidate == "gpu-instances" }
  sites     = { for key, w in var.workloads : key => w if w.family == "static-hosting" }
  image     = { for key, w in var.workloads : key => "${var.image_prefix}/${key}:${var.image_tag}" }
  cpu       = { low = "1", medium = "1", high = "2" }
  invokes   = { for e in var.workload_edges : "${e.from}>${e.to}" => e if contains(keys(local.services), e.to) }
}

resource "google_cloud_run_v2_service" "workload" {
  for_each = local.services
  name     = "${var.name}-${each.key}"
  location = var.region
  ingress  = each.value.exposed ? "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER" : "INGRESS_TRAFFIC_INTERNAL_ONLY"
  labels   = merge(lookup(var.ownership, each.key, {}), { workload = each.key })

  template {
    service_account = var.service_accounts[each.key]
    timeout         = "${min(3600, each.value.timeout_s)}s"

    scaling {
      min_instance_count = each.value.family == "serverless" ? 0 : each.value.min_capacity
      max_instance_count = each.value.max_capacity
    }

    vpc_access {
      egress = "ALL_TRAFFIC"

      network_interfaces {
        network    = var.network_id
        subnetwork = var.subnet_id
        tags       = ["wl-${each.key}"]
      }
    }

    containers {
      image = local.image[each.key]

      ports {
        container_port = each.value.port
      }

      resources {
        limits = {
          cpu    = local.cpu[each.value.cpu_level]
          memory = "${max(512, each.value.memory_mb)}Mi"
        }
      }

      startup_probe {
        http_get {
          path = "/healthz"
        }
      }

      liveness_probe {
        http_get {
          path = "/healthz"
        }
      }
    }
  }
}

# Only the workloads whose `uses` name a service may call it.
resource "google_cloud_run_v2_service_iam_member" "invoker" {
  for_each = local.invokes
  name     = google_cloud_run_v2_service.workload[each.value.to].name
  location = var.region
  role     = "roles/run.invoker"
  member   = var.members[each.value.from]
}

resource "google_cloud_run_v2_job" "workload" {
  for_each = local.jobs
  name     = "${var.name}-${each.key}"
  location = var.region
  labels   = merge(lookup(var.ownership, each.key, {}), { workload = each.key })

  template {
    template {
      service_account = var.service_accounts[each.key]
      timeout         = "${each.value.timeout_s}s"
      max_retries     = 3

      vpc_access {
        egress = "ALL_TRAFFIC"

        network_interfaces {
          network    = var.network_id
          subnetwork = var.subnet_id
          tags       = ["wl-${each.key}"]
        }
      }

      containers {
        image = local.image[each.key]

        resources {
          limits = {
            cpu    = local.cpu[each.value.cpu_level]
            memory = "${max(512, each.value.memory_mb)}Mi"
          }
        }
      }
    }
  }
}

resource "google_container_cluster" "this" {
  count               = length(local.pods) > 0 ? 1 : 0
  name                = var.name
  location            = var.region
  enable_autopilot    = true
  network             = var.network_id
  subnetwork          = var.subnet_id
  deletion_protection = true

  ip_allocation_policy {}

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
  }
}

# Each Kubernetes workload's service account (named after the workload in the manifests) acts as its
# Google service account through Workload Identity.
resource "google_service_account_iam_member" "workload_identity" {
  for_each           = local.pods
  service_account_id = "projects/${var.project}/serviceAccounts/${var.service_accounts[each.key]}"
  role               = "roles/iam.workloadIdentityUser"
  member             = "serviceAccount:${var.project}.svc.id.goog[${var.kubernetes_namespace}/${each.key}]"

  depends_on = [google_container_cluster.this]
}

resource "google_compute_instance_template" "workload" {
  for_each     = local.instances
  name_prefix  = "${substr(var.name, 0, 20)}-${substr(each.key, 0, 10)}-"
  machine_type = each.value.gpu ? "g2-standard-4" : (each.value.memory_mb > 8192 ? "e2-standard-4" : "e2-standard-2")
  tags         = ["wl-${each.key}"]
  labels       = merge(lookup(var.ownership, each.key, {}), { workload = each.key })

  disk {
    source_image = "debian-cloud/debian-12"
    auto_delete  = true
    boot         = true
  }

  network_interface {
    subnetwork = var.subnet_id
  }

  service_account {
    email  = var.service_accounts[each.key]
    scopes = ["cloud-platform"]
  }

  shielded_instance_config {
    enable_secure_boot = true
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "google_compute_region_instance_group_manager" "workload" {
  for_each           = local.instances
  name               = "${var.name}-${each.key}"
  region             = var.region
  base_instance_name = substr(each.key, 0, 50)

  version {
    instance_template = google_compute_instance_template.workload[each.key].id
  }

  named_port {
    name = "http"
    port = each.value.port
  }
}

resource "google_compute_region_autoscaler" "workload" {
  for_each = local.instances
  name     = "${var.name}-${each.key}"
  region   = var.region
  target   = google_compute_region_instance_group_manager.workload[each.key].id

  autoscaling_policy {
    min_replicas = each.value.min_capacity
    max_replicas = each.value.max_capacity

    cpu_utilization {
      target = 0.6
    }
  }
}

resource "google_vertex_ai_endpoint" "workload" {
  for_each     = local.ml
  name         = substr(replace("${var.name}-${each.key}", "-", ""), 0, 60)
  display_name = "${var.name}-${each.key}"
  location     = var.region
  labels       = merge(lookup(var.ownership, each.key, {}), { workload = each.key })
}

# A static site: its files in a bucket readable by anyone (a website), served through a backend bucket
# with Cloud CDN that the README says how to put behind the load balancer.
resource "google_storage_bucket" "site" {
  for_each                    = local.sites
  name                        = lower(substr("${var.project}-${var.name}-${each.key}", 0, 63))
  location                    = var.region
  uniform_bucket_level_access = true
  labels                      = merge(lookup(var.ownership, each.key, {}), { workload = each.key })

  website {
    main_page_suffix = "index.html"
    not_found_page   = "404.html"
  }
}

resource "google_storage_bucket_iam_member" "site_public" {
  for_each = local.sites
  bucket   = google_storage_bucket.site[each.key].name
  role     = "roles/storage.objectViewer"
  member   = "allUsers"
}

resource "google_compute_backend_bucket" "site" {
  for_each    = local.sites
  name        = "${var.name}-${each.key}"
  bucket_name = google_storage_bucket.site[each.key].name
  enable_cdn  = true
}
