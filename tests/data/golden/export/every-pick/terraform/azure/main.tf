# Every Pick: one module per concern, in one resource group per environment. The network
# follows the diagram's zones (public edge, private application, private data); the rest follows the
# recommendations' picks.
resource "azurerm_resource_group" "this" {
  name     = "rg-${local.name}"
  location = var.location
  tags     = local.tags
}

module "network" {
  source = "./modules/network"

  name                = local.name
  location            = var.location
  resource_group_name = azurerm_resource_group.this.name
  cidr_block          = var.network_cidr
  data_subnets        = true
  tags                = local.tags
}

module "security" {
  source = "./modules/security"

  name                    = local.name
  location                = var.location
  resource_group_name     = azurerm_resource_group.this.name
  data_subnet_id          = module.network.data_subnet_id
  application_subnet_cidr = module.network.application_cidr
  machines_subnet_cidr    = module.network.machines_cidr
  data_stores             = local.data_stores
  data_access             = local.data_access
  tags                    = local.tags
}

module "identity" {
  source = "./modules/identity"

  name                = local.name
  location            = var.location
  resource_group_name = azurerm_resource_group.this.name
  workloads           = local.workloads
  ownership           = local.ownership
  tags                = local.tags
}

module "data" {
  source = "./modules/data"

  name                = local.name
  location            = var.location
  resource_group_name = azurerm_resource_group.this.name
  subnet_id           = module.network.data_subnet_id
  virtual_network_id  = module.network.virtual_network_id
  data_stores         = local.data_stores
  data_access         = local.data_access
  principal_ids       = module.identity.principal_ids
  zone_redundant      = true
  ownership           = local.ownership
  tags                = local.tags
}

module "channels" {
  source = "./modules/channels"

  name                = local.name
  location            = var.location
  resource_group_name = azurerm_resource_group.this.name
  channels            = local.channels
  channel_access      = local.channel_access
  principal_ids       = module.identity.principal_ids
  ownership           = local.ownership
  tags                = local.tags
}

module "compute" {
  source = "./modules/compute"

  name                 = local.name
  location             = var.location
  resource_group_name  = azurerm_resource_group.this.name
  subnet_id            = module.network.application_subnet_id
  machines_subnet_id   = module.network.machines_subnet_id
  ssh_public_key       = var.ssh_public_key
  workloads            = local.workloads
  identity_ids         = module.identity.ids
  client_ids           = module.identity.client_ids
  image_prefix         = var.container_registry
  image_tag            = var.image_tag
  kubernetes_namespace = "every-pick-${var.environment}"
  ownership            = local.ownership
  tags                 = local.tags
}

module "edge" {
  source = "./modules/edge"

  name                = local.name
  location            = var.location
  resource_group_name = azurerm_resource_group.this.name
  subnet_id           = module.network.public_subnet_id
  workloads           = local.workloads
  backend_fqdns       = module.compute.fqdns
  waf                 = true
  cdn                 = true
  tags                = local.tags
}
