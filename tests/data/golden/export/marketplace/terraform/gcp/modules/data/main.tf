# One resource per data store, by the database family its recommendation chose, private and encrypted;
# then exactly the access each workload's `uses` asks for, granted on the store itself.
locals {
  sql       = { for key, d in var.data_stores : key => d if contains(["postgres", "mysql"], d.engine) }
  spanner   = { for key, d in var.data_stores : key => d if d.engine == "spanner" }
  firestore = { for key, d in var.data_stores : key => d if contains(["firestore", "firestore-datastore"], d.engine) }
  bigtable  = { for key, d in var.data_stores : key => d if d.engine == "bigtable" }
  buckets   = { for key, d in var.data_stores : key => d if d.engine == "gcs" }
  redis     = { for key, d in var.data_stores : key => d if d.engine == "redis" }
  bigquery  = { for key, d in var.data_stores : key => d if d.engine == "bigquery" }

  read_role = {
    postgres = "roles/cloudsql.client", mysql = "roles/cloudsql.client", spanner = "roles/spanner.databaseReader",
    firestore = "roles/datastore.viewer", firestore-datastore = "roles/datastore.viewer", bigtable = "roles/bigtable.reader",
    gcs = "roles/storage.objectViewer", bigquery = "roles/bigquery.dataViewer"
  }
  write_role = {
    postgres = "roles/cloudsql.client", mysql = "roles/cloudsql.client", spanner = "roles/spanner.databaseUser",
    firestore = "roles/datastore.user", firestore-datastore = "roles/datastore.user", bigtable = "roles/bigtable.user",
    gcs = "roles/storage.objectUser", bigquery = "roles/bigquery.dataEditor"
  }
  grants = {
    for a in var.data_access : "${a.workload}>${a.store}" => {
      store  = a.store
      member = var.members[a.workload]
      engine = var.data_stores[a.store].engine
      role   = a.access == "read" ? local.read_role[var.data_stores[a.store].engine] : local.write_role[var.data_stores[a.store].engine]
    } if contains(keys(local.read_role), var.data_stores[a.store].engine)
  }
}

resource "google_sql_database_instance" "relational" {
  for_each            = local.sql
  name                = "${var.name}-${each.key}"
  region              = var.region
  database_version    = each.value.engine == "mysql" ? "MYSQL_8_0" : "POSTGRES_16"
  deletion_protection = true

  settings {
    tier              = "db-custom-2-7680"
    availability_type = var.highly_available ? "REGIONAL" : "ZONAL"
    disk_size         = max(10, ceil(each.value.size_gb * 1.5))
    disk_autoresize   = true
    user_labels       = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network_id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = each.value.engine == "postgres"
      binary_log_enabled             = each.value.engine == "mysql"
    }
  }
}

resource "google_spanner_instance" "spanner" {
  for_each         = local.spanner
  name             = substr("${var.name}-${each.key}", 0, 30)
  config           = "regional-${var.region}"
  display_name     = substr(each.key, 0, 30)
  processing_units = 100
  labels           = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "google_spanner_database" "spanner" {
  for_each                 = local.spanner
  instance                 = google_spanner_instance.spanner[each.key].name
  name                     = substr(replace(each.key, "-", "_"), 0, 30)
  deletion_protection      = true
  version_retention_period = "7d"
}

resource "google_firestore_database" "firestore" {
  for_each                = local.firestore
  name                    = "${var.name}-${each.key}"
  location_id             = var.region
  type                    = each.value.engine == "firestore" ? "FIRESTORE_NATIVE" : "DATASTORE_MODE"
  deletion_policy         = "ABANDON"
  delete_protection_state = "DELETE_PROTECTION_ENABLED"
}

resource "google_bigtable_instance" "bigtable" {
  for_each            = local.bigtable
  name                = substr("${var.name}-${each.key}", 0, 33)
  deletion_protection = true
  labels              = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  cluster {
    cluster_id   = substr("${each.key}-c1", 0, 30)
    zone         = "${var.region}-b"
    storage_type = "SSD"

    autoscaling_config {
      min_nodes  = 1
      max_nodes  = 3
      cpu_target = 60
    }
  }
}

resource "google_storage_bucket" "object" {
  for_each                    = local.buckets
  name                        = "${var.project}-${var.name}-${each.key}"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  labels                      = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  versioning {
    enabled = true
  }
}

resource "google_redis_instance" "cache" {
  for_each                = local.redis
  name                    = "${var.name}-${each.key}"
  region                  = var.region
  tier                    = var.highly_available ? "STANDARD_HA" : "BASIC"
  memory_size_gb          = max(1, ceil(each.value.size_gb))
  authorized_network      = var.network_id
  connect_mode            = "PRIVATE_SERVICE_ACCESS"
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  auth_enabled            = true
  labels                  = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "google_bigquery_dataset" "analytical" {
  for_each   = local.bigquery
  dataset_id = replace("${var.name}_${each.key}", "-", "_")
  location   = var.region
  labels     = merge(lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "google_project_iam_member" "project_scoped" {
  for_each = { for key, g in local.grants : key => g if contains(["postgres", "mysql", "firestore", "firestore-datastore"], g.engine) }
  project  = var.project
  role     = each.value.role
  member   = each.value.member
}

resource "google_spanner_database_iam_member" "access" {
  for_each = { for key, g in local.grants : key => g if g.engine == "spanner" }
  instance = google_spanner_instance.spanner[each.value.store].name
  database = google_spanner_database.spanner[each.value.store].name
  role     = each.value.role
  member   = each.value.member
}

resource "google_bigtable_instance_iam_member" "access" {
  for_each = { for key, g in local.grants : key => g if g.engine == "bigtable" }
  instance = google_bigtable_instance.bigtable[each.value.store].name
  role     = each.value.role
  member   = each.value.member
}

resource "google_storage_bucket_iam_member" "access" {
  for_each = { for key, g in local.grants : key => g if g.engine == "gcs" }
  bucket   = google_storage_bucket.object[each.value.store].name
  role     = each.value.role
  member   = each.value.member
}

resource "google_bigquery_dataset_iam_member" "access" {
  for_each   = { for key, g in local.grants : key => g if g.engine == "bigquery" }
  dataset_id = google_bigquery_dataset.analytical[each.value.store].dataset_id
  role       = each.value.role
  member     = each.value.member
}
