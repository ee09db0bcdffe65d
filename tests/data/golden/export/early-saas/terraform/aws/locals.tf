# The model, as Terraform values: every module reads what it needs from here. Generated from
# Tally; edit the model and export again rather than editing these maps by hand.
locals {
  name = substr("tally-${var.environment}", 0, 40)

  tags = {
    system      = "Tally"
    environment = var.environment
    owner       = var.owner
    cost_centre = var.cost_centre
    managed_by  = "terraform"
  }

  # Workloads: compute family and candidate as the recommendations chose them (pinned or top pick).
  workloads = {
    "app-api" = {
      name         = "App API"
      kind         = "api"
      family       = "serverless"
      candidate    = "functions"
      exposed      = true
      criticality  = "high"
      cpu_units    = 256
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 3
      timeout_s    = 30
    }
    "web" = {
      name         = "Web app"
      kind         = "web"
      family       = "serverless"
      candidate    = "functions"
      exposed      = true
      criticality  = "high"
      cpu_units    = 256
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 3
      timeout_s    = 30
    }
    "worker" = {
      name         = "Background worker"
      kind         = "worker"
      family       = "serverless"
      candidate    = "functions"
      exposed      = false
      criticality  = "medium"
      cpu_units    = 512
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 120
    }
    "nightly-billing" = {
      name         = "Nightly billing run"
      kind         = "scheduled"
      family       = "serverless"
      candidate    = "functions"
      exposed      = false
      criticality  = "high"
      cpu_units    = 512
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 3
      timeout_s    = 900
    }
  }

  # Data stores: the database family and candidate chosen for each.
  data_stores = {
    "app-db" = {
      name         = "Accounts, projects, time entries and invoices"
      family       = "relational"
      candidate    = "postgresql"
      engine       = "postgres"
      networked    = true
      port         = 5432
      sensitivity  = "pii"
      size_gb      = 20
      multi_region = false
      retention    = 3650
    }
    "session-cache" = {
      name         = "Sessions and rate-limit counters"
      family       = "cache"
      candidate    = "in-memory-cache"
      engine       = "elasticache"
      networked    = true
      port         = 6379
      sensitivity  = "internal"
      size_gb      = 1
      multi_region = false
      retention    = 0
    }
  }

  # Channels: the messaging family chosen for each, and who consumes it.
  channels = {
    "jobs" = {
      name            = "Background jobs"
      family          = "queue"
      candidate       = "managed-queue"
      engine          = "sqs"
      retention_hours = 96
      consumers       = ["worker", ]
    }
  }

  # The model's `uses`, one entry per edge: firewall rules and IAM policies allow exactly these.
  workload_edges = [
    { from = "web", to = "app-api" },
  ]
  data_access = [
    { workload = "app-api", store = "app-db", access = "read-write" },
    { workload = "app-api", store = "session-cache", access = "read-write" },
    { workload = "worker", store = "app-db", access = "read" },
    { workload = "nightly-billing", store = "app-db", access = "read-write" },
  ]
  channel_access = [
    { workload = "app-api", channel = "jobs", mode = "publish" },
    { workload = "worker", channel = "jobs", mode = "consume" },
    { workload = "nightly-billing", channel = "jobs", mode = "publish" },
  ]

  # Elements whose owner or cost centre is not the system's: their resources are tagged with these.
  ownership = {

  }
}
