output "fqdns" {
  description = "The host name of each exposed Container App or function, by workload id."
  value = merge(
    { for key, a in azurerm_container_app.workload : key => a.ingress[0].fqdn if a.ingress[0].external_enabled },
    { for key, f in azurerm_linux_function_app.workload : key => f.default_hostname if f.public_network_access_enabled },
  )
}

output "scale_set_ids" {
  description = "The virtual machine scale set of each workload on VMs, by workload id."
  value       = { for key, s in azurerm_linux_virtual_machine_scale_set.workload : key => s.id }
}

output "site_hostnames" {
  description = "Each static site's default host name, by workload id."
  value       = { for key, site in azurerm_static_web_app.site : key => site.default_host_name }
}
