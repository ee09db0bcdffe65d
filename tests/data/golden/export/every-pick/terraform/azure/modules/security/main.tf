# The data subnet admits exactly the ports of the stores the workloads use, from the application and
# machines subnets, and nothing else. (Calls between Container Apps stay inside their environment; each app's
# ingress is internal unless the workload is exposed.)
locals {
  ports = distinct([for a in var.data_access : var.data_stores[a.store].port])
}

resource "azurerm_network_security_group" "data" {
  name                = "nsg-${var.name}-data"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags

  dynamic "security_rule" {
    for_each = { for index, port in local.ports : index => port }
    content {
      name                       = "allow-application-${security_rule.value}"
      priority                   = 100 + security_rule.key
      direction                  = "Inbound"
      access                     = "Allow"
      protocol                   = "Tcp"
      source_address_prefixes    = [var.application_subnet_cidr, var.machines_subnet_cidr]
      source_port_range          = "*"
      destination_address_prefix = "*"
      destination_port_range     = tostring(security_rule.value)
    }
  }

  security_rule {
    name                       = "deny-everything-else"
    priority                   = 4096
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_address_prefix      = "*"
    source_port_range          = "*"
    destination_address_prefix = "*"
    destination_port_range     = "*"
  }
}

resource "azurerm_subnet_network_security_group_association" "data" {
  count                     = var.data_subnet_id == null ? 0 : 1
  subnet_id                 = var.data_subnet_id
  network_security_group_id = azurerm_network_security_group.data.id
}
