# Every Pick: one module per concern. The network follows the diagram's zones (public edge,
# private application, private data); the rest follows the recommendations' picks.
module "network" {
  source = "./modules/network"

  name                = local.name
  region              = var.region
  cidr_block          = var.network_cidr
  application_subnets = true
  data_subnets        = true
}

module "identity" {
  source = "./modules/identity"

  name      = local.name
  project   = var.project_id
  workloads = local.workloads
}

module "data" {
  source = "./modules/data"

  name        = local.name
  project     = var.project_id
  region      = var.region
  network_id  = module.network.network_id
  data_stores = local.data_stores
  data_access = local.data_access
  members     = module.identity.members
  highly_available = true
  ownership        = local.ownership
}

module "channels" {
  source = "./modules/channels"

  name           = local.name
  project        = var.project_id
  region         = var.region
  subnet_id      = module.network.application_subnet_id
  channels       = local.channels
  channel_access = local.channel_access
  members        = module.identity.members
  ownership      = local.ownership
}

module "compute" {
  source = "./modules/compute"

  name                 = local.name
  project              = var.project_id
  region               = var.region
  network_id           = module.network.network_id
  subnet_id            = module.network.application_subnet_id
  workloads            = local.workloads
  workload_edges       = local.workload_edges
  service_accounts     = module.identity.emails
  members              = module.identity.members
  image_prefix         = var.container_registry
  image_tag            = var.image_tag
  kubernetes_namespace = "every-pick-${var.environment}"
  ownership            = local.ownership
}

module "security" {
  source = "./modules/security"

  name             = local.name
  network_id       = module.network.network_id
  workloads        = local.workloads
  workload_edges   = local.workload_edges
  data_stores      = local.data_stores
  data_access      = local.data_access
  data_cidr        = module.network.data_cidr
  application_cidr = module.network.application_cidr
}

module "edge" {
  source = "./modules/edge"

  name      = local.name
  region    = var.region
  workloads = local.workloads
  services  = module.compute.service_names
  waf       = true
  cdn       = true
  domains   = var.domains
}
