output "ids" {
  description = "Each channel's resource id, by channel id."
  value       = local.scope_of
}
