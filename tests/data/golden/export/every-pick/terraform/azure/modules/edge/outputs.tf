output "address" {
  description = "The gateway's public IP address; empty when nothing is exposed."
  value       = local.enabled ? azurerm_public_ip.gateway[0].ip_address : ""
}

output "cdn_host_name" {
  description = "The Front Door endpoint's host name; empty without a CDN."
  value       = length(azurerm_cdn_frontdoor_endpoint.this) > 0 ? azurerm_cdn_frontdoor_endpoint.this[0].host_name : ""
}
