# Tally: one module per concern. The network follows the diagram's zones (public edge,
# private application, private data); the rest follows the recommendations' picks.
module "network" {
  source = "./modules/network"

  name                = local.name
  cidr_block          = var.vpc_cidr
  zone_count          = var.zone_count
  application_subnets = true
  data_subnets        = true
  tags                = local.tags
}

module "security" {
  source = "./modules/security"

  name           = local.name
  vpc_id         = module.network.vpc_id
  workloads      = local.workloads
  data_stores    = local.data_stores
  workload_edges = local.workload_edges
  data_access    = local.data_access
  ownership      = local.ownership
  tags           = local.tags
}

module "data" {
  source = "./modules/data"

  name               = local.name
  data_stores        = local.data_stores
  subnet_ids         = module.network.data_subnet_ids
  security_group_ids = module.security.data_store_security_group_ids
  multi_az           = false
  ownership          = local.ownership
  tags               = local.tags
}

module "channels" {
  source = "./modules/channels"

  name     = local.name
  channels = local.channels
  ownership = local.ownership
  tags     = local.tags
}

module "identity" {
  source = "./modules/identity"

  name                = local.name
  workloads           = local.workloads
  data_stores         = local.data_stores
  channels            = local.channels
  data_access         = local.data_access
  channel_access      = local.channel_access
  data_store_arns     = module.data.arns
  channel_arns        = module.channels.arns
  consumer_queue_arns = module.channels.consumer_queue_arns
  ownership           = local.ownership
  tags                = local.tags
}

module "compute" {
  source = "./modules/compute"

  name               = local.name
  region             = var.region
  workloads          = local.workloads
  subnet_ids         = module.network.application_subnet_ids
  security_group_ids = module.security.workload_security_group_ids
  role_arns          = module.identity.role_arns
  instance_profiles  = module.identity.instance_profile_names
  task_execution_role_arn = module.identity.task_execution_role_arn
  cluster_role_arn   = module.identity.eks_cluster_role_arn
  node_role_arn      = module.identity.eks_node_role_arn
  kubernetes_namespace = "tally-${var.environment}"
  target_group_arns  = module.edge.target_group_arns
  image_prefix       = var.container_registry
  image_tag          = var.image_tag
  ownership          = local.ownership
  tags               = local.tags
}

module "edge" {
  source = "./modules/edge"
  providers = {
    aws        = aws
    aws.global = aws.global
  }

  name                = local.name
  vpc_id              = module.network.vpc_id
  public_subnet_ids   = module.network.public_subnet_ids
  security_group_id   = module.security.edge_security_group_id
  workloads           = local.workloads
  api_gateway         = true
  waf                 = false
  cdn                 = false
  certificate_arn     = var.certificate_arn
  function_arns       = module.compute.function_arns
  function_invoke_arns = module.compute.function_invoke_arns
  ownership           = local.ownership
  tags                = local.tags
}
