# One user-assigned managed identity per workload; what each may do is granted as role assignments on
# the stores and channels themselves, derived from the workload's `uses`.
resource "azurerm_user_assigned_identity" "workload" {
  for_each            = var.workloads
  name                = "id-${var.name}-${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}
