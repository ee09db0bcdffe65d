output "address" {
  description = "The gateway's public IP address; empty when nothing is exposed."
  value       = local.enabled ? azurerm_public_ip.gateway[0].ip_address : ""
}
