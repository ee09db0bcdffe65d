# The model, as Terraform values: every module reads what it needs from here. Generated from
# Northwind Money; edit the model and export again rather than editing these maps by hand.
locals {
  name = substr("northwind-money-${var.environment}", 0, 40)

  tags = {
    system      = "Northwind Money"
    environment = var.environment
    owner       = var.owner
    cost_centre = var.cost_centre
    managed_by  = "terraform"
  }

  # Workloads: compute family and candidate as the recommendations chose them (pinned or top pick).
  workloads = {
    "customer-api" = {
      name         = "Customer API (apps and web)"
      kind         = "api"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = true
      criticality  = "critical"
      cpu_units    = 512
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 8
      max_capacity = 84
      timeout_s    = 30
    }
    "partner-api" = {
      name         = "Partner API (open banking and merchants)"
      kind         = "api"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = true
      criticality  = "high"
      cpu_units    = 512
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 20
      timeout_s    = 30
    }
    "payments-api" = {
      name         = "Payments"
      kind         = "api"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "critical"
      cpu_units    = 512
      memory_mb    = 1024
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 30
      timeout_s    = 30
    }
    "ledger-api" = {
      name         = "Ledger"
      kind         = "api"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "critical"
      cpu_units    = 512
      memory_mb    = 2048
      gpu          = false
      port         = 8080
      min_capacity = 6
      max_capacity = 50
      timeout_s    = 30
    }
    "payment-gateway" = {
      name         = "Scheme gateway (SEPA instant, card network)"
      kind         = "worker"
      family       = "vm"
      candidate    = "vm"
      exposed      = false
      criticality  = "critical"
      cpu_units    = 256
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 3
      max_capacity = 5
      timeout_s    = 20
    }
    "fraud-scoring" = {
      name         = "Fraud scoring model"
      kind         = "ml-inference"
      family       = "accelerated"
      candidate    = "managed-ml-endpoint"
      exposed      = false
      criticality  = "critical"
      cpu_units    = 2048
      memory_mb    = 16384
      gpu          = true
      port         = 8080
      min_capacity = 6
      max_capacity = 75
      timeout_s    = 30
    }
    "feature-builder" = {
      name         = "Real-time fraud features"
      kind         = "stream"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "high"
      cpu_units    = 512
      memory_mb    = 4096
      gpu          = false
      port         = 8080
      min_capacity = 6
      max_capacity = 50
      timeout_s    = 30
    }
    "customer-notifier" = {
      name         = "Payment notifications"
      kind         = "event-handler"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "medium"
      cpu_units    = 256
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 7
      timeout_s    = 5
    }
    "audit-archiver" = {
      name         = "Audit archiver"
      kind         = "event-handler"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "high"
      cpu_units    = 256
      memory_mb    = 512
      gpu          = false
      port         = 8080
      min_capacity = 4
      max_capacity = 34
      timeout_s    = 30
    }
    "reconciliation" = {
      name         = "Daily scheme reconciliation"
      kind         = "batch"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "high"
      cpu_units    = 1024
      memory_mb    = 8192
      gpu          = false
      port         = 8080
      min_capacity = 2
      max_capacity = 3
      timeout_s    = 5400
    }
    "statements" = {
      name         = "Monthly statements"
      kind         = "scheduled"
      family       = "containers"
      candidate    = "kubernetes"
      exposed      = false
      criticality  = "medium"
      cpu_units    = 512
      memory_mb    = 2048
      gpu          = false
      port         = 8080
      min_capacity = 1
      max_capacity = 2
      timeout_s    = 14400
    }
  }

  # Data stores: the database family and candidate chosen for each.
  data_stores = {
    "ledger" = {
      name         = "Double-entry ledger"
      family       = "relational"
      candidate    = "postgresql"
      engine       = "postgres"
      networked    = true
      port         = 5432
      sensitivity  = "payment"
      size_gb      = 1800
      multi_region = false
      retention    = 3650
    }
    "customers" = {
      name         = "Customer profiles and KYC data"
      family       = "document"
      candidate    = "document-db"
      engine       = "docdb"
      networked    = true
      port         = 27017
      sensitivity  = "pii"
      size_gb      = 300
      multi_region = false
      retention    = 2190
    }
    "card-vault" = {
      name         = "Card vault (PCI scope)"
      family       = "key-value"
      candidate    = "key-value-store"
      engine       = "dynamodb"
      networked    = false
      port         = 443
      sensitivity  = "payment"
      size_gb      = 5
      multi_region = false
      retention    = 0
    }
    "features" = {
      name         = "Fraud feature store"
      family       = "wide-column"
      candidate    = "wide-column-store"
      engine       = "keyspaces"
      networked    = false
      port         = 443
      sensitivity  = "pii"
      size_gb      = 400
      multi_region = false
      retention    = 400
    }
    "fraud-graph" = {
      name         = "Payee and device graph"
      family       = "graph"
      candidate    = "graph-db"
      engine       = "neptune"
      networked    = true
      port         = 8182
      sensitivity  = "pii"
      size_gb      = 250
      multi_region = false
      retention    = 0
    }
    "transaction-metrics" = {
      name         = "Transaction volume and decline rates"
      family       = "time-series"
      candidate    = "time-series-db"
      engine       = "timestream-influxdb"
      networked    = true
      port         = 8086
      sensitivity  = "internal"
      size_gb      = 150
      multi_region = false
      retention    = 730
    }
    "audit-archive" = {
      name         = "Audit archive (write once, read many)"
      family       = "object-storage"
      candidate    = "object-storage"
      engine       = "s3"
      networked    = false
      port         = 443
      sensitivity  = "pii"
      size_gb      = 20000
      multi_region = false
      retention    = 3650
    }
    "settlement-files" = {
      name         = "Scheme settlement files"
      family       = "object-storage"
      candidate    = "object-storage"
      engine       = "s3"
      networked    = false
      port         = 443
      sensitivity  = "payment"
      size_gb      = 500
      multi_region = false
      retention    = 3650
    }
    "statement-documents" = {
      name         = "Statement PDFs"
      family       = "object-storage"
      candidate    = "object-storage"
      engine       = "s3"
      networked    = false
      port         = 443
      sensitivity  = "pii"
      size_gb      = 3000
      multi_region = false
      retention    = 3650
    }
  }

  # Channels: the messaging family chosen for each, and who consumes it.
  channels = {
    "ledger-events" = {
      name            = "Postings and balance changes"
      family          = "log-stream"
      candidate       = "managed-kafka"
      engine          = "kinesis"
      retention_hours = 168
      consumers       = ["feature-builder", "customer-notifier", ]
    }
    "audit-log" = {
      name            = "Audit trail"
      family          = "log-stream"
      candidate       = "managed-stream"
      engine          = "kinesis"
      retention_hours = 720
      consumers       = ["audit-archiver", ]
    }
    "payment-instructions" = {
      name            = "Outgoing payment instructions"
      family          = "queue"
      candidate       = "fifo-queue"
      engine          = "sqs-fifo"
      retention_hours = 48
      consumers       = ["payment-gateway", ]
    }
  }

  # The model's `uses`, one entry per edge: firewall rules and IAM policies allow exactly these.
  workload_edges = [
    { from = "customer-api", to = "ledger-api" },
    { from = "customer-api", to = "payments-api" },
    { from = "partner-api", to = "payments-api" },
    { from = "partner-api", to = "ledger-api" },
    { from = "payments-api", to = "fraud-scoring" },
    { from = "payments-api", to = "ledger-api" },
    { from = "payment-gateway", to = "ledger-api" },
  ]
  data_access = [
    { workload = "customer-api", store = "customers", access = "read-write" },
    { workload = "payments-api", store = "card-vault", access = "read" },
    { workload = "ledger-api", store = "ledger", access = "read-write" },
    { workload = "payment-gateway", store = "card-vault", access = "read" },
    { workload = "fraud-scoring", store = "features", access = "read" },
    { workload = "fraud-scoring", store = "fraud-graph", access = "read" },
    { workload = "feature-builder", store = "features", access = "write" },
    { workload = "feature-builder", store = "fraud-graph", access = "write" },
    { workload = "feature-builder", store = "transaction-metrics", access = "write" },
    { workload = "customer-notifier", store = "customers", access = "read" },
    { workload = "audit-archiver", store = "audit-archive", access = "write" },
    { workload = "reconciliation", store = "ledger", access = "read" },
    { workload = "reconciliation", store = "settlement-files", access = "read" },
    { workload = "statements", store = "ledger", access = "read" },
    { workload = "statements", store = "customers", access = "read" },
    { workload = "statements", store = "statement-documents", access = "write" },
  ]
  channel_access = [
    { workload = "customer-api", channel = "audit-log", mode = "publish" },
    { workload = "partner-api", channel = "audit-log", mode = "publish" },
    { workload = "payments-api", channel = "payment-instructions", mode = "publish" },
    { workload = "payments-api", channel = "audit-log", mode = "publish" },
    { workload = "ledger-api", channel = "ledger-events", mode = "publish" },
    { workload = "ledger-api", channel = "audit-log", mode = "publish" },
    { workload = "payment-gateway", channel = "payment-instructions", mode = "consume" },
    { workload = "feature-builder", channel = "ledger-events", mode = "consume" },
    { workload = "customer-notifier", channel = "ledger-events", mode = "consume" },
    { workload = "audit-archiver", channel = "audit-log", mode = "consume" },
  ]

  # Elements whose owner or cost centre is not the system's: their resources are tagged with these.
  ownership = {

  }
}
