output "arns" {
  description = "Each data store's ARN, by data store id (IAM policies grant on these)."
  value = merge(
    { for key, r in aws_db_instance.relational : key => r.arn },
    { for key, r in aws_rds_cluster.aurora : key => r.arn },
    { for key, r in aws_docdb_cluster.document : key => r.arn },
    { for key, r in aws_dynamodb_table.key_value : key => r.arn },
    { for key, r in aws_keyspaces_keyspace.wide_column : key => r.arn },
    { for key, r in aws_opensearch_domain.search : key => r.arn },
    { for key, r in aws_timestreaminfluxdb_db_instance.time_series : key => r.arn },
    { for key, r in aws_s3_bucket.object : key => r.arn },
    { for key, r in aws_neptune_cluster.graph : key => r.arn },
    { for key, r in aws_elasticache_replication_group.cache : key => r.arn },
    { for key, r in aws_redshiftserverless_namespace.analytical : key => r.arn },
  )
}

output "endpoints" {
  description = "Where each data store is reached, by data store id."
  value = merge(
    { for key, r in aws_db_instance.relational : key => r.address },
    { for key, r in aws_rds_cluster.aurora : key => r.endpoint },
    { for key, r in aws_docdb_cluster.document : key => r.endpoint },
    { for key, r in aws_dynamodb_table.key_value : key => r.name },
    { for key, r in aws_keyspaces_keyspace.wide_column : key => r.name },
    { for key, r in aws_opensearch_domain.search : key => r.endpoint },
    { for key, r in aws_timestreaminfluxdb_db_instance.time_series : key => r.endpoint },
    { for key, r in aws_s3_bucket.object : key => r.bucket },
    { for key, r in aws_neptune_cluster.graph : key => r.endpoint },
    { for key, r in aws_elasticache_replication_group.cache : key => r.primary_endpoint_address },
    { for key, r in aws_redshiftserverless_workgroup.analytical : key => r.workgroup_name },
  )
}

output "influxdb_auth_secret_arns" {
  description = "The Secrets Manager secret holding each Timestream for InfluxDB store's initial admin credentials, by data store id."
  value       = { for key, r in aws_timestreaminfluxdb_db_instance.time_series : key => r.influx_auth_parameters_secret_arn }
}
