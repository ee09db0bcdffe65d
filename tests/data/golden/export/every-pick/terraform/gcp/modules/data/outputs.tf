output "endpoints" {
  description = "Where each data store is reached, by data store id."
  value = merge(
    { for key, r in google_sql_database_instance.relational : key => r.private_ip_address },
    { for key, r in google_spanner_database.spanner : key => r.id },
    { for key, r in google_firestore_database.firestore : key => r.name },
    { for key, r in google_bigtable_instance.bigtable : key => r.name },
    { for key, r in google_storage_bucket.object : key => r.url },
    { for key, r in google_redis_instance.cache : key => r.host },
    { for key, r in google_bigquery_dataset.analytical : key => r.dataset_id },
  )
}
