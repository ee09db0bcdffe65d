# Security groups that allow exactly the model's edges: clients to the exposed workloads through the
# edge, each workload to what it `uses`, and nothing else inbound.
locals {
  exposed            = { for key, w in var.workloads : key => w if w.exposed }
  networked_stores   = { for key, d in var.data_stores : key => d if d.networked }
  workload_edges     = { for e in var.workload_edges : "${e.from}>${e.to}" => e }
  networked_accesses = { for a in var.data_access : "${a.workload}>${a.store}" => a if contains(keys(local.networked_stores), a.store) }
}

resource "aws_security_group" "edge" {
  name        = "${var.name}-edge"
  description = "The public entry point: HTTPS from clients"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-edge" })
}

resource "aws_vpc_security_group_ingress_rule" "edge_https" {
  count             = length(local.exposed) > 0 ? 1 : 0
  security_group_id = aws_security_group.edge.id
  description       = "HTTPS from clients"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  tags              = var.tags
}

resource "aws_security_group" "workload" {
  for_each    = var.workloads
  name        = "${var.name}-${each.key}"
  description = "Workload ${each.key}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, lookup(var.ownership, each.key, {}), { Name = "${var.name}-${each.key}", workload = each.key })
}

resource "aws_security_group" "data_store" {
  for_each    = local.networked_stores
  name        = "${var.name}-${each.key}"
  description = "Data store ${each.key}"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, lookup(var.ownership, each.key, {}), { Name = "${var.name}-${each.key}", data_store = each.key })
}

resource "aws_vpc_security_group_egress_rule" "edge_to_workload" {
  for_each                     = local.exposed
  security_group_id            = aws_security_group.edge.id
  description                  = "To ${each.key}"
  referenced_security_group_id = aws_security_group.workload[each.key].id
  from_port                    = each.value.port
  to_port                      = each.value.port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "edge_to_workload" {
  for_each                     = local.exposed
  security_group_id            = aws_security_group.workload[each.key].id
  description                  = "From the edge"
  referenced_security_group_id = aws_security_group.edge.id
  from_port                    = each.value.port
  to_port                      = each.value.port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

resource "aws_vpc_security_group_egress_rule" "workload_to_workload" {
  for_each                     = local.workload_edges
  security_group_id            = aws_security_group.workload[each.value.from].id
  description                  = "${each.value.from} calls ${each.value.to}"
  referenced_security_group_id = aws_security_group.workload[each.value.to].id
  from_port                    = var.workloads[each.value.to].port
  to_port                      = var.workloads[each.value.to].port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "workload_to_workload" {
  for_each                     = local.workload_edges
  security_group_id            = aws_security_group.workload[each.value.to].id
  description                  = "${each.value.from} calls ${each.value.to}"
  referenced_security_group_id = aws_security_group.workload[each.value.from].id
  from_port                    = var.workloads[each.value.to].port
  to_port                      = var.workloads[each.value.to].port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

resource "aws_vpc_security_group_egress_rule" "workload_to_data" {
  for_each                     = local.networked_accesses
  security_group_id            = aws_security_group.workload[each.value.workload].id
  description                  = "${each.value.workload} uses ${each.value.store} (${each.value.access})"
  referenced_security_group_id = aws_security_group.data_store[each.value.store].id
  from_port                    = var.data_stores[each.value.store].port
  to_port                      = var.data_stores[each.value.store].port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "workload_to_data" {
  for_each                     = local.networked_accesses
  security_group_id            = aws_security_group.data_store[each.value.store].id
  description                  = "${each.value.workload} uses ${each.value.store} (${each.value.access})"
  referenced_security_group_id = aws_security_group.workload[each.value.workload].id
  from_port                    = var.data_stores[each.value.store].port
  to_port                      = var.data_stores[each.value.store].port
  ip_protocol                  = "tcp"
  tags                         = var.tags
}

# Channels, object storage and key-value tables are AWS APIs reached over HTTPS (IAM decides who may
# do what); images are pulled the same way.
resource "aws_vpc_security_group_egress_rule" "workload_to_aws_apis" {
  for_each          = var.workloads
  security_group_id = aws_security_group.workload[each.key].id
  description       = "HTTPS to AWS APIs and the image registry"
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
  tags              = var.tags
}
