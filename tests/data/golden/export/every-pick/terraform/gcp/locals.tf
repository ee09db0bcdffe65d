# The model, as Terraform values: every module reads what it needs from here. Generated from
# Every Pick; edit the model and export again rather than editing these maps by hand.
locals {
  name = substr("every-pick-${var.environment}", 0, 40)

  labels = {
    system      = "every-pick"
    environment = var.environment
    owner       = var.owner
    cost_centre = var.cost_centre
    managed_by  = "terraform"
  }

  # Workloads: compute family and candidate as the recommendations chose them (pinned or top pick).
  workloads = {
    "storefront" = {
      name         = "storefront"
      kind         = "api"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = true
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 14
      timeout_s    = 30
    }
    "ledger" = {
      name         = "ledger"
      kind         = "worker"
      family       = "vm"
      candidate    = "vm"
      exposed      = true
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 30
    }
    "pricing" = {
      name         = "pricing"
      kind         = "ml-inference"
      family       = "accelerated"
      candidate    = "managed-ml-endpoint"
      exposed      = false
      cpu_level    = "high"
      memory_mb    = 4096
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 9
      timeout_s    = 30
    }
    "help-site" = {
      name         = "help-site"
      kind         = "web"
      family       = "static-hosting"
      candidate    = "static-hosting"
      exposed      = true
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 30
    }
    "assistant" = {
      name         = "assistant"
      kind         = "ml-inference"
      family       = "hosted-model-api"
      candidate    = "hosted-model-api"
      exposed      = false
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 30
    }
  }

  # Data stores: the database family and candidate chosen for each.
  data_stores = {
    "orders" = {
      name        = "orders"
      family      = "relational"
      candidate   = "mysql"
      engine      = "mysql"
      networked   = true
      port        = 3306
      sensitivity = "internal"
      size_gb     = 100
    }
    "accounts" = {
      name        = "accounts"
      family      = "relational"
      candidate   = "distributed-sql"
      engine      = "spanner"
      networked   = false
      port        = 443
      sensitivity = "internal"
      size_gb     = 500
    }
    "catalogue-search" = {
      name        = "catalogue-search"
      family      = "search"
      candidate   = "search-engine"
      engine      = "elastic-cloud"
      networked   = false
      port        = 443
      sensitivity = "internal"
      size_gb     = 10
    }
    "warehouse" = {
      name        = "warehouse"
      family      = "analytical"
      candidate   = "data-warehouse"
      engine      = "bigquery"
      networked   = false
      port        = 443
      sensitivity = "internal"
      size_gb     = 2000
    }
  }

  # Channels: the messaging family chosen for each, and who consumes it.
  channels = {
    "order-stream" = {
      name            = "order-stream"
      family          = "log-stream"
      candidate       = "managed-kafka"
      engine          = "kafka"
      ordered         = true
      retention_hours = 168
      consumers       = ["ledger", ]
    }
  }

  # The model's `uses`, one entry per edge: firewall rules and IAM bindings allow exactly these.
  workload_edges = [
    { from = "storefront", to = "pricing" },
    { from = "storefront", to = "assistant" },
  ]
  data_access = [
    { workload = "storefront", store = "orders", access = "read-write" },
    { workload = "storefront", store = "catalogue-search", access = "read" },
    { workload = "ledger", store = "accounts", access = "read-write" },
    { workload = "pricing", store = "warehouse", access = "read" },
  ]
  channel_access = [
    { workload = "storefront", channel = "order-stream", mode = "publish" },
    { workload = "ledger", channel = "order-stream", mode = "consume" },
  ]

  # Elements whose owner or cost centre is not the system's: their resources are tagged with these.
  ownership = {
    "storefront" = { owner = "shop_squad", cost_centre = "cc-0042" }
    "warehouse" = { owner = "platform_team", cost_centre = "cc-7_analytics" }
  }
}
