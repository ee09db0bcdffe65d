output "endpoints" {
  description = "Where each data store is reached, by data store id."
  value = merge(
    { for key, r in azurerm_postgresql_flexible_server.relational : key => r.fqdn },
    { for key, r in azurerm_cosmosdb_account.cosmos : key => r.endpoint },
    { for key, r in azurerm_storage_account.blob : key => r.primary_blob_endpoint },
    { for key, r in azurerm_search_service.search : key => r.name },
    { for key, r in azurerm_kusto_cluster.time_series : key => r.uri },
    { for key, r in azurerm_mysql_flexible_server.relational : key => r.fqdn },
    { for key, r in azurerm_postgresql_flexible_server.distributed : key => r.fqdn },
    { for key, r in azurerm_synapse_workspace.analytical : key => r.connectivity_endpoints["sql"] },
  )
}
