# One resource per data store, by the database family its recommendation chose. Everything is
# encrypted at rest, private to the data subnets, and kept from accidental deletion.
locals {
  by_engine = { for engine in distinct([for d in var.data_stores : d.engine]) :
    engine => { for key, d in var.data_stores : key => d if d.engine == engine }
  }
  relational   = merge(lookup(local.by_engine, "postgres", {}), lookup(local.by_engine, "mysql", {}))
  aurora       = lookup(local.by_engine, "aurora-postgresql", {})
  documentdb   = lookup(local.by_engine, "docdb", {})
  dynamodb     = lookup(local.by_engine, "dynamodb", {})
  keyspaces    = lookup(local.by_engine, "keyspaces", {})
  opensearch   = lookup(local.by_engine, "opensearch", {})
  influxdb     = lookup(local.by_engine, "timestream-influxdb", {})
  s3           = lookup(local.by_engine, "s3", {})
  neptune      = lookup(local.by_engine, "neptune", {})
  elasticache  = lookup(local.by_engine, "elasticache", {})
  redshift     = lookup(local.by_engine, "redshift", {})
  subnet_group = length(var.subnet_ids) > 0 && length(merge(local.relational, local.aurora)) > 0
}

resource "aws_db_subnet_group" "this" {
  count      = local.subnet_group ? 1 : 0
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_db_instance" "relational" {
  for_each                    = local.relational
  identifier                  = substr("${var.name}-${each.key}", 0, 63)
  engine                      = each.value.engine
  instance_class              = "db.t4g.medium"
  allocated_storage           = max(20, ceil(each.value.size_gb * 1.5))
  max_allocated_storage       = max(100, ceil(each.value.size_gb * 4))
  storage_encrypted           = true
  multi_az                    = var.multi_az
  db_subnet_group_name        = aws_db_subnet_group.this[0].name
  vpc_security_group_ids      = [var.security_group_ids[each.key]]
  username                    = "app"
  manage_master_user_password = true
  backup_retention_period     = 14
  deletion_protection         = true
  skip_final_snapshot         = false
  final_snapshot_identifier   = substr("${var.name}-${each.key}-final", 0, 63)
  tags                        = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_rds_cluster" "aurora" {
  for_each                    = local.aurora
  cluster_identifier          = substr("${var.name}-${each.key}", 0, 63)
  engine                      = "aurora-postgresql"
  db_subnet_group_name        = aws_db_subnet_group.this[0].name
  vpc_security_group_ids      = [var.security_group_ids[each.key]]
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
  deletion_protection         = true
  final_snapshot_identifier   = substr("${var.name}-${each.key}-final", 0, 63)
  tags                        = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_rds_cluster_instance" "aurora" {
  for_each           = local.aurora
  identifier         = substr("${var.name}-${each.key}-1", 0, 63)
  cluster_identifier = aws_rds_cluster.aurora[each.key].id
  engine             = aws_rds_cluster.aurora[each.key].engine
  instance_class     = "db.r6g.large"
  tags               = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })
}

resource "aws_docdb_subnet_group" "this" {
  count      = length(local.documentdb) > 0 ? 1 : 0
  name       = "${var.name}-docdb"
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_docdb_cluster" "document" {
  for_each                    = local.documentdb
  cluster_identifier          = substr("${var.name}-${each.key}", 0, 63)
  engine                      = "docdb"
  master_username             = "app"
  manage_master_user_password = true
  db_subnet_group_name        = aws_docdb_subnet_group.this[0].name
  vpc_security_group_ids      = [var.security_group_ids[each.key]]
  storage_encrypted           = true
  backup_retention_period     = 14
  deletion_protection         = true
  final_snapshot_identifier   = substr("${var.name}-${each.key}-final", 0, 63)
  tags                        = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_dynamodb_table" "key_value" {
  for_each     = local.dynamodb
  name         = "${var.name}-${each.key}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  deletion_protection_enabled = true
  tags                        = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_keyspaces_keyspace" "wide_column" {
  for_each = local.keyspaces
  name     = replace("${var.name}_${each.key}", "-", "_")
  tags     = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_opensearch_domain" "search" {
  for_each       = local.opensearch
  domain_name    = substr("${var.name}-${each.key}", 0, 28)
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = var.multi_az ? 2 : 1
    zone_awareness_enabled = var.multi_az
  }

  ebs_options {
    ebs_enabled = true
    volume_size = max(10, ceil(each.value.size_gb * 2))
  }

  vpc_options {
    subnet_ids         = var.multi_az ? slice(var.subnet_ids, 0, 2) : [var.subnet_ids[0]]
    security_group_ids = [var.security_group_ids[each.key]]
  }

  encrypt_at_rest {
    enabled = true
  }

  node_to_node_encryption {
    enabled = true
  }

  domain_endpoint_options {
    enforce_https = true
  }

  tags = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

# Timestream for InfluxDB: an InfluxDB engine in the data subnets behind the store's security group.
# Its initial admin password is generated here and kept in the state (keep the state private); the
# service also keeps the admin credentials in a Secrets Manager secret of its own. Workloads sign in
# with InfluxDB tokens the team creates, not IAM.
resource "random_password" "influxdb" {
  for_each = local.influxdb
  length   = 32
  special  = false
}

resource "aws_timestreaminfluxdb_db_instance" "time_series" {
  for_each               = local.influxdb
  name                   = trim(substr(replace(lower("${var.name}-${each.key}"), "/[^a-z0-9]+/", "-"), 0, 40), "-")
  db_instance_type       = "db.influx.medium"
  db_storage_type        = "InfluxIOIncludedT1"
  allocated_storage      = min(16384, max(20, ceil(each.value.size_gb * 1.5)))
  deployment_type        = var.multi_az ? "WITH_MULTIAZ_STANDBY" : "SINGLE_AZ"
  vpc_subnet_ids         = var.multi_az ? slice(var.subnet_ids, 0, 2) : [var.subnet_ids[0]]
  vpc_security_group_ids = [var.security_group_ids[each.key]]
  publicly_accessible    = false
  port                   = each.value.port
  organization           = var.name
  bucket                 = each.key
  username               = "gwadmin"
  password               = random_password.influxdb[each.key].result
  tags                   = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_s3_bucket" "object" {
  for_each      = local.s3
  bucket_prefix = substr("${var.name}-${each.key}-", 0, 37)
  tags          = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_s3_bucket_public_access_block" "object" {
  for_each                = local.s3
  bucket                  = aws_s3_bucket.object[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "object" {
  for_each = local.s3
  bucket   = aws_s3_bucket.object[each.key].id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "object" {
  for_each = local.s3
  bucket   = aws_s3_bucket.object[each.key].id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_neptune_subnet_group" "this" {
  count      = length(local.neptune) > 0 ? 1 : 0
  name       = "${var.name}-neptune"
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_neptune_cluster" "graph" {
  for_each                  = local.neptune
  cluster_identifier        = substr("${var.name}-${each.key}", 0, 63)
  engine                    = "neptune"
  neptune_subnet_group_name = aws_neptune_subnet_group.this[0].name
  vpc_security_group_ids    = [var.security_group_ids[each.key]]
  storage_encrypted         = true
  backup_retention_period   = 14
  deletion_protection       = true
  final_snapshot_identifier = substr("${var.name}-${each.key}-final", 0, 63)
  tags                      = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_docdb_cluster_instance" "document" {
  for_each           = local.documentdb
  identifier         = substr("${var.name}-${each.key}-1", 0, 63)
  cluster_identifier = aws_docdb_cluster.document[each.key].id
  instance_class     = "db.t4g.medium"
  tags               = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })
}

resource "aws_neptune_cluster_instance" "graph" {
  for_each           = local.neptune
  identifier         = substr("${var.name}-${each.key}-1", 0, 63)
  cluster_identifier = aws_neptune_cluster.graph[each.key].id
  instance_class     = "db.t4g.medium"
  tags               = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })
}

resource "aws_elasticache_subnet_group" "this" {
  count      = length(local.elasticache) > 0 ? 1 : 0
  name       = "${var.name}-cache"
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_elasticache_replication_group" "cache" {
  for_each                   = local.elasticache
  replication_group_id       = substr("${var.name}-${each.key}", 0, 40)
  description                = "Cache ${each.key}"
  engine                     = "valkey"
  node_type                  = "cache.t4g.medium"
  num_cache_clusters         = var.multi_az ? 2 : 1
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az
  subnet_group_name          = aws_elasticache_subnet_group.this[0].name
  security_group_ids         = [var.security_group_ids[each.key]]
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  port                       = each.value.port
  tags                       = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_redshiftserverless_namespace" "analytical" {
  for_each       = local.redshift
  namespace_name = substr("${var.name}-${each.key}", 0, 64)
  tags           = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "aws_redshiftserverless_workgroup" "analytical" {
  for_each           = local.redshift
  namespace_name     = aws_redshiftserverless_namespace.analytical[each.key].namespace_name
  workgroup_name     = substr("${var.name}-${each.key}", 0, 64)
  base_capacity      = 8
  subnet_ids         = var.subnet_ids
  security_group_ids = [var.security_group_ids[each.key]]
  tags               = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}
