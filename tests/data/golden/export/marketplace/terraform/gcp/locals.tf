# The model, as Terraform values: every module reads what it needs from here. Generated from
# Loftly; edit the model and export again rather than editing these maps by hand.
locals {
  name = substr("loftly-${var.environment}", 0, 40)

  labels = {
    system      = "loftly"
    environment = var.environment
    owner       = var.owner
    cost_centre = var.cost_centre
    managed_by  = "terraform"
  }

  # Workloads: compute family and candidate as the recommendations chose them (pinned or top pick).
  workloads = {
    "web" = {
      name         = "Website (server-rendered)"
      kind         = "web"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = true
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 30
      timeout_s    = 30
    }
    "buyer-api" = {
      name         = "Buyer API"
      kind         = "api"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = true
      cpu_level    = "low"
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 25
      timeout_s    = 30
    }
    "seller-api" = {
      name         = "Seller API"
      kind         = "api"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = true
      cpu_level    = "low"
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 4
      timeout_s    = 60
    }
    "payments-webhooks" = {
      name         = "Payment provider callbacks"
      kind         = "api"
      family       = "serverless"
      candidate    = "functions"
      exposed      = true
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 4
      timeout_s    = 30
    }
    "listings-api" = {
      name         = "Listings service"
      kind         = "api"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = false
      cpu_level    = "low"
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 20
      timeout_s    = 30
    }
    "search-api" = {
      name         = "Search service"
      kind         = "api"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = false
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 27
      timeout_s    = 30
    }
    "orders-api" = {
      name         = "Orders service"
      kind         = "api"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = false
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 5
      timeout_s    = 30
    }
    "search-indexer" = {
      name         = "Search indexer"
      kind         = "event-handler"
      family       = "serverless"
      candidate    = "functions"
      exposed      = false
      cpu_level    = "low"
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 5
      timeout_s    = 10
    }
    "photo-processor" = {
      name         = "Photo resizing and moderation"
      kind         = "worker"
      family       = "containers"
      candidate    = "managed-containers"
      exposed      = false
      cpu_level    = "high"
      memory_mb    = 2048
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 4
      timeout_s    = 45
    }
    "notifier" = {
      name         = "E-mail and push notifications"
      kind         = "event-handler"
      family       = "serverless"
      candidate    = "functions"
      exposed      = false
      cpu_level    = "low"
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 5
    }
    "activity-pipeline" = {
      name         = "Marketplace activity pipeline"
      kind         = "stream"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      cpu_level    = "medium"
      memory_mb    = 2048
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 17
      timeout_s    = 30
    }
    "seller-payouts" = {
      name         = "Daily seller payouts"
      kind         = "batch"
      family       = "containers"
      candidate    = "batch-containers"
      exposed      = false
      cpu_level    = "medium"
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 3
      timeout_s    = 1800
    }
  }

  # Data stores: the database family and candidate chosen for each.
  data_stores = {
    "listings" = {
      name        = "Listings and sellers"
      family      = "relational"
      candidate   = "postgresql"
      engine      = "postgres"
      networked   = true
      port        = 5432
      sensitivity = "pii"
      size_gb     = 120
    }
    "listing-cache" = {
      name        = "Hot listing pages"
      family      = "cache"
      candidate   = "in-memory-cache"
      engine      = "redis"
      networked   = true
      port        = 6379
      sensitivity = "public"
      size_gb     = 8
    }
    "search-index" = {
      name        = "Listing search"
      family      = "search"
      candidate   = "search-engine"
      engine      = "elastic-cloud"
      networked   = false
      port        = 443
      sensitivity = "public"
      size_gb     = 60
    }
    "orders" = {
      name        = "Orders, payments and payouts"
      family      = "relational"
      candidate   = "postgresql"
      engine      = "postgres"
      networked   = true
      port        = 5432
      sensitivity = "payment"
      size_gb     = 80
    }
    "photos" = {
      name        = "Listing photos"
      family      = "object-storage"
      candidate   = "object-storage"
      engine      = "gcs"
      networked   = false
      port        = 443
      sensitivity = "public"
      size_gb     = 6000
    }
    "warehouse" = {
      name        = "Analytics warehouse"
      family      = "analytical"
      candidate   = "data-warehouse"
      engine      = "bigquery"
      networked   = false
      port        = 443
      sensitivity = "internal"
      size_gb     = 2500
    }
  }

  # Channels: the messaging family chosen for each, and who consumes it.
  channels = {
    "listing-events" = {
      name            = "Listing created, changed, sold"
      family          = "pubsub"
      candidate       = "notification-topic"
      engine          = "pubsub"
      ordered         = true
      retention_hours = 72
      consumers       = ["search-indexer", "notifier", "activity-pipeline", ]
    }
    "order-events" = {
      name            = "Order lifecycle"
      family          = "pubsub"
      candidate       = "notification-topic"
      engine          = "pubsub"
      ordered         = true
      retention_hours = 168
      consumers       = ["notifier", "activity-pipeline", ]
    }
    "view-events" = {
      name            = "Listing page views"
      family          = "pubsub"
      candidate       = "notification-topic"
      engine          = "pubsub"
      ordered         = false
      retention_hours = 6
      consumers       = ["activity-pipeline", ]
    }
    "photo-uploads" = {
      name            = "Photos waiting for processing"
      family          = "queue"
      candidate       = "managed-queue"
      engine          = "pubsub"
      ordered         = false
      retention_hours = 24
      consumers       = ["photo-processor", ]
    }
  }

  # The model's `uses`, one entry per edge: firewall rules and IAM bindings allow exactly these.
  workload_edges = [
    { from = "web", to = "buyer-api" },
    { from = "web", to = "seller-api" },
    { from = "buyer-api", to = "listings-api" },
    { from = "buyer-api", to = "search-api" },
    { from = "buyer-api", to = "orders-api" },
    { from = "seller-api", to = "listings-api" },
    { from = "seller-api", to = "orders-api" },
    { from = "payments-webhooks", to = "orders-api" },
    { from = "photo-processor", to = "listings-api" },
  ]
  data_access = [
    { workload = "seller-api", store = "photos", access = "write" },
    { workload = "listings-api", store = "listings", access = "read-write" },
    { workload = "listings-api", store = "listing-cache", access = "read-write" },
    { workload = "search-api", store = "search-index", access = "read" },
    { workload = "orders-api", store = "orders", access = "read-write" },
    { workload = "search-indexer", store = "search-index", access = "write" },
    { workload = "photo-processor", store = "photos", access = "read-write" },
    { workload = "activity-pipeline", store = "warehouse", access = "write" },
    { workload = "seller-payouts", store = "orders", access = "read-write" },
  ]
  channel_access = [
    { workload = "buyer-api", channel = "view-events", mode = "publish" },
    { workload = "seller-api", channel = "photo-uploads", mode = "publish" },
    { workload = "payments-webhooks", channel = "order-events", mode = "publish" },
    { workload = "listings-api", channel = "listing-events", mode = "publish" },
    { workload = "orders-api", channel = "order-events", mode = "publish" },
    { workload = "search-indexer", channel = "listing-events", mode = "consume" },
    { workload = "photo-processor", channel = "photo-uploads", mode = "consume" },
    { workload = "notifier", channel = "order-events", mode = "consume" },
    { workload = "notifier", channel = "listing-events", mode = "consume" },
    { workload = "activity-pipeline", channel = "order-events", mode = "consume" },
    { workload = "activity-pipeline", channel = "listing-events", mode = "consume" },
    { workload = "activity-pipeline", channel = "view-events", mode = "consume" },
  ]

  # Elements whose owner or cost centre is not the system's: their resources are tagged with these.
  ownership = {

  }
}
