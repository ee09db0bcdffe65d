# One resource per data store, by the database family its recommendation chose: public network access
# off, reached through a private endpoint in the data subnet (whose private DNS zone, linked to the
# network, resolves the store's own host name to it), with data-plane roles granted to exactly the
# workloads whose `uses` name the store.
data "azurerm_client_config" "current" {}

locals {
  postgres = { for key, d in var.data_stores : key => d if d.engine == "postgres" }
  cosmos   = { for key, d in var.data_stores : key => d if startswith(d.engine, "cosmosdb-") }
  blob     = { for key, d in var.data_stores : key => d if d.engine == "blob" }
  search   = { for key, d in var.data_stores : key => d if d.engine == "ai-search" }
  kusto    = { for key, d in var.data_stores : key => d if d.engine == "data-explorer" }
  mysql    = { for key, d in var.data_stores : key => d if d.engine == "mysql" }
  elastic  = { for key, d in var.data_stores : key => d if d.engine == "postgres-elastic" }
  synapse  = { for key, d in var.data_stores : key => d if d.engine == "synapse" }

  capability = { cosmosdb-table = "EnableTable", cosmosdb-cassandra = "EnableCassandra", cosmosdb-gremlin = "EnableGremlin" }
  subresource = { cosmosdb-sql = "Sql", cosmosdb-table = "Table", cosmosdb-cassandra = "Cassandra", cosmosdb-gremlin = "Gremlin" }
  # Azure's private DNS zone for each kind of endpoint (Azure Private Endpoint private DNS zone values).
  cosmos_zone = { cosmosdb-sql = "privatelink.documents.azure.com", cosmosdb-table = "privatelink.table.cosmos.azure.com", cosmosdb-cassandra = "privatelink.cassandra.cosmos.azure.com", cosmosdb-gremlin = "privatelink.gremlin.cosmos.azure.com" }

  endpoints_of = merge(
    { for key, d in local.postgres : key => { id = azurerm_postgresql_flexible_server.relational[key].id, subresource = "postgresqlServer", zone = "privatelink.postgres.database.azure.com" } },
    { for key, d in local.cosmos : key => { id = azurerm_cosmosdb_account.cosmos[key].id, subresource = local.subresource[d.engine], zone = local.cosmos_zone[d.engine] } },
    { for key, d in local.blob : key => { id = azurerm_storage_account.blob[key].id, subresource = "blob", zone = "privatelink.blob.core.windows.net" } },
    { for key, d in local.search : key => { id = azurerm_search_service.search[key].id, subresource = "searchService", zone = "privatelink.search.windows.net" } },
    { for key, d in local.mysql : key => { id = azurerm_mysql_flexible_server.relational[key].id, subresource = "mysqlServer", zone = "privatelink.mysql.database.azure.com" } },
    { for key, d in local.elastic : key => { id = azurerm_postgresql_flexible_server.distributed[key].id, subresource = "postgresqlServer", zone = "privatelink.postgres.database.azure.com" } },
    { for key, d in local.synapse : key => { id = azurerm_synapse_workspace.analytical[key].id, subresource = "Sql", zone = "privatelink.sql.azuresynapse.net" } },
  )

  grants = { for a in var.data_access : "${a.workload}>${a.store}" => merge(a, { engine = var.data_stores[a.store].engine }) }
  blob_role   = { read = "Storage Blob Data Reader", write = "Storage Blob Data Contributor", read-write = "Storage Blob Data Contributor" }
  search_role = { read = "Search Index Data Reader", write = "Search Index Data Contributor", read-write = "Search Index Data Contributor" }
}

resource "azurerm_postgresql_flexible_server" "relational" {
  for_each                      = local.postgres
  name                          = "psql-${var.name}-${each.key}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  version                       = "16"
  sku_name                      = "GP_Standard_D2ds_v5"
  storage_mb                    = 32768
  backup_retention_days         = 14
  public_network_access_enabled = false
  zone                          = "1"
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = false
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }

  dynamic "high_availability" {
    for_each = var.zone_redundant ? [1] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = "2"
    }
  }
}

resource "azurerm_cosmosdb_account" "cosmos" {
  for_each                      = local.cosmos
  name                          = substr("cosmos-${var.name}-${each.key}", 0, 44)
  location                      = var.location
  resource_group_name           = var.resource_group_name
  offer_type                    = "Standard"
  kind                          = "GlobalDocumentDB"
  public_network_access_enabled = false
  local_authentication_disabled = true
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = var.location
    failover_priority = 0
    zone_redundant    = var.zone_redundant
  }

  dynamic "capabilities" {
    for_each = contains(keys(local.capability), each.value.engine) ? [local.capability[each.value.engine]] : []
    content {
      name = capabilities.value
    }
  }
}

resource "azurerm_storage_account" "blob" {
  for_each                        = local.blob
  name                            = substr(replace("st${var.name}${each.key}", "-", ""), 0, 24)
  location                        = var.location
  resource_group_name             = var.resource_group_name
  account_tier                    = "Standard"
  account_replication_type        = var.zone_redundant ? "ZRS" : "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false
  shared_access_key_enabled       = false
  tags                            = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  blob_properties {
    versioning_enabled = true
  }
}

resource "azurerm_storage_container" "blob" {
  for_each             = local.blob
  name                 = each.key
  storage_account_name = azurerm_storage_account.blob[each.key].name
}

# A cache (engine managed-redis) is not generated: Azure Cache for Redis is retiring, and Azure Managed
# Redis has no resource in the pinned provider. The README says how to create it.

resource "azurerm_search_service" "search" {
  for_each                      = local.search
  name                          = substr("srch-${var.name}-${each.key}", 0, 60)
  location                      = var.location
  resource_group_name           = var.resource_group_name
  sku                           = "standard"
  public_network_access_enabled = false
  local_authentication_enabled  = false
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "azurerm_kusto_cluster" "time_series" {
  for_each            = local.kusto
  name                = substr(replace("adx${var.name}${each.key}", "-", ""), 0, 22)
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

resource "azurerm_kusto_database" "time_series" {
  for_each            = local.kusto
  name                = each.key
  location            = var.location
  resource_group_name = var.resource_group_name
  cluster_name        = azurerm_kusto_cluster.time_series[each.key].name
}

# MySQL and the distributed PostgreSQL server need an administrator password at creation: generated
# here and kept in the state (keep the state private); applications sign in with their managed
# identity as database users the administrator creates, which Terraform does not manage.
resource "random_password" "admin" {
  for_each         = merge(local.mysql, local.elastic)
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "azurerm_mysql_flexible_server" "relational" {
  for_each               = local.mysql
  name                   = "mysql-${var.name}-${each.key}"
  location               = var.location
  resource_group_name    = var.resource_group_name
  version                = "8.0.21"
  sku_name               = "GP_Standard_D2ds_v4"
  administrator_login    = "gwadmin"
  administrator_password = random_password.admin[each.key].result
  backup_retention_days  = 14
  zone                   = "1"
  tags                   = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql[each.key].id]
  }

  storage {
    size_gb           = 32
    auto_grow_enabled = true
  }

  dynamic "high_availability" {
    for_each = var.zone_redundant ? [1] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = "2"
    }
  }
}

# The server's own identity, which Microsoft Entra sign-in for MySQL requires.
resource "azurerm_user_assigned_identity" "mysql" {
  for_each            = local.mysql
  name                = "id-mysql-${var.name}-${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "relational" {
  for_each    = local.mysql
  server_id   = azurerm_mysql_flexible_server.relational[each.key].id
  identity_id = azurerm_user_assigned_identity.mysql[each.key].id
  login       = "entra-admin"
  object_id   = data.azurerm_client_config.current.object_id
  tenant_id   = data.azurerm_client_config.current.tenant_id
}

# Distributed SQL: Azure Database for PostgreSQL elastic clusters (Cosmos DB for PostgreSQL takes no new
# deployments). MANUAL STEP: the pinned azurerm (4.14.0) has neither the server's `cluster` block nor
# PostgreSQL 17, which elastic clusters need, so this is a single-node flexible server standing in for
# the cluster; the README says how to create the elastic cluster instead.
resource "azurerm_postgresql_flexible_server" "distributed" {
  for_each                      = local.elastic
  name                          = "psqlc-${var.name}-${each.key}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  version                       = "16"
  sku_name                      = "GP_Standard_D4ds_v5"
  storage_mb                    = 131072
  administrator_login           = "gwadmin"
  administrator_password        = random_password.admin[each.key].result
  backup_retention_days         = 14
  public_network_access_enabled = false
  zone                          = "1"
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  authentication {
    active_directory_auth_enabled = true
    password_auth_enabled         = true
    tenant_id                     = data.azurerm_client_config.current.tenant_id
  }

  dynamic "high_availability" {
    for_each = var.zone_redundant ? [1] : []
    content {
      mode                      = "ZoneRedundant"
      standby_availability_zone = "2"
    }
  }
}

# Synapse: a workspace on its own Data Lake Storage Gen2 account with a dedicated SQL pool; Microsoft
# Entra sign-in only, the deploying identity as its administrator.
resource "azurerm_storage_account" "synapse" {
  for_each                        = local.synapse
  name                            = substr(replace("stsyn${var.name}${each.key}", "-", ""), 0, 24)
  location                        = var.location
  resource_group_name             = var.resource_group_name
  account_tier                    = "Standard"
  account_replication_type        = var.zone_redundant ? "ZRS" : "LRS"
  account_kind                    = "StorageV2"
  is_hns_enabled                  = true
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
  tags                            = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })
}

resource "azurerm_storage_data_lake_gen2_filesystem" "synapse" {
  for_each           = local.synapse
  name               = "synapse"
  storage_account_id = azurerm_storage_account.synapse[each.key].id
}

resource "azurerm_synapse_workspace" "analytical" {
  for_each                             = local.synapse
  name                                 = substr("syn-${var.name}-${each.key}", 0, 50)
  location                             = var.location
  resource_group_name                  = var.resource_group_name
  storage_data_lake_gen2_filesystem_id = azurerm_storage_data_lake_gen2_filesystem.synapse[each.key].id
  azuread_authentication_only          = true
  managed_virtual_network_enabled      = true
  public_network_access_enabled        = false
  tags                                 = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key, sensitivity = each.value.sensitivity })

  identity {
    type = "SystemAssigned"
  }
}

# Microsoft Entra administrator of the workspace's SQL pools (sign-in is Entra only).
resource "azurerm_synapse_workspace_sql_aad_admin" "analytical" {
  for_each             = local.synapse
  synapse_workspace_id = azurerm_synapse_workspace.analytical[each.key].id
  login                = "entra-admin"
  object_id            = data.azurerm_client_config.current.object_id
  tenant_id            = data.azurerm_client_config.current.tenant_id
}

resource "azurerm_synapse_sql_pool" "analytical" {
  for_each             = local.synapse
  name                 = replace(each.key, "-", "_")
  synapse_workspace_id = azurerm_synapse_workspace.analytical[each.key].id
  sku_name             = "DW100c"
  create_mode          = "Default"
  storage_account_type = var.zone_redundant ? "GRS" : "LRS"
  tags                 = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })
}

# The workspace reads and writes its lake as itself.
resource "azurerm_role_assignment" "synapse_lake" {
  for_each             = local.synapse
  scope                = azurerm_storage_account.synapse[each.key].id
  role_definition_name = "Storage Blob Data Contributor"
  principal_id         = azurerm_synapse_workspace.analytical[each.key].identity[0].principal_id
}

# One zone per kind of endpoint, linked to the network: a store keeps its public host name, which
# resolves inside the network to its private endpoint.
resource "azurerm_private_dns_zone" "store" {
  for_each            = var.subnet_id == null ? toset([]) : toset([for e in values(local.endpoints_of) : e.zone])
  name                = each.key
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "store" {
  for_each              = azurerm_private_dns_zone.store
  name                  = "link-${replace(each.key, ".", "-")}"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = each.value.name
  virtual_network_id    = var.virtual_network_id
  tags                  = var.tags
}

resource "azurerm_private_endpoint" "store" {
  for_each            = var.subnet_id == null ? {} : local.endpoints_of
  name                = "pe-${var.name}-${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  subnet_id           = var.subnet_id
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { data_store = each.key })

  private_service_connection {
    name                           = "psc-${each.key}"
    private_connection_resource_id = each.value.id
    subresource_names              = [each.value.subresource]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = [azurerm_private_dns_zone.store[each.value.zone].id]
  }
}

resource "azurerm_role_assignment" "blob" {
  for_each             = { for key, g in local.grants : key => g if g.engine == "blob" }
  scope                = azurerm_storage_account.blob[each.value.store].id
  role_definition_name = local.blob_role[each.value.access]
  principal_id         = var.principal_ids[each.value.workload]
}

resource "azurerm_role_assignment" "search" {
  for_each             = { for key, g in local.grants : key => g if g.engine == "ai-search" }
  scope                = azurerm_search_service.search[each.value.store].id
  role_definition_name = local.search_role[each.value.access]
  principal_id         = var.principal_ids[each.value.workload]
}

# Cosmos DB data-plane roles: 00000000-0000-0000-0000-000000000001 reads, ...0002 reads and writes.
resource "azurerm_cosmosdb_sql_role_assignment" "cosmos" {
  for_each            = { for key, g in local.grants : key => g if g.engine == "cosmosdb-sql" }
  resource_group_name = var.resource_group_name
  account_name        = azurerm_cosmosdb_account.cosmos[each.value.store].name
  role_definition_id  = "${azurerm_cosmosdb_account.cosmos[each.value.store].id}/sqlRoleDefinitions/00000000-0000-0000-0000-00000000000${each.value.access == "read" ? 1 : 2}"
  principal_id        = var.principal_ids[each.value.workload]
  scope               = azurerm_cosmosdb_account.cosmos[each.value.store].id
}
