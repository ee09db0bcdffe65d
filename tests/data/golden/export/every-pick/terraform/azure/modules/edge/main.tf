# The public entry point: an Application Gateway (WAF_v2 with the OWASP rule set when the edge decision
# asks for a WAF, else Standard_v2) in the public subnet, routing /<workload id>/... to each exposed
# workload over HTTPS.
locals {
  exposed = { for key, w in var.workloads : key => w if w.exposed && contains(keys(var.backend_fqdns), key) }
  enabled = length(local.exposed) > 0
  first   = local.enabled ? keys(local.exposed)[0] : ""
}

resource "azurerm_public_ip" "gateway" {
  count               = local.enabled ? 1 : 0
  name                = "pip-${var.name}-agw"
  location            = var.location
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  sku                 = "Standard"
  tags                = var.tags
}

resource "azurerm_web_application_firewall_policy" "this" {
  count               = local.enabled && var.waf ? 1 : 0
  name                = "waf-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags

  policy_settings {
    enabled = true
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "this" {
  count               = local.enabled ? 1 : 0
  name                = "agw-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  firewall_policy_id  = var.waf ? azurerm_web_application_firewall_policy.this[0].id : null
  tags                = var.tags

  sku {
    name = var.waf ? "WAF_v2" : "Standard_v2"
    tier = var.waf ? "WAF_v2" : "Standard_v2"
  }

  autoscale_configuration {
    min_capacity = 1
    max_capacity = 10
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.subnet_id
  }

  frontend_port {
    name = "http"
    port = 80
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gateway[0].id
  }

  dynamic "backend_address_pool" {
    for_each = local.exposed
    content {
      name  = backend_address_pool.key
      fqdns = [var.backend_fqdns[backend_address_pool.key]]
    }
  }

  backend_http_settings {
    name                                = "https"
    cookie_based_affinity               = "Disabled"
    port                                = 443
    protocol                            = "Https"
    request_timeout                     = 60
    pick_host_name_from_backend_address = true
  }

  # Add an HTTPS listener with your certificate (ssl_certificate from Key Vault) before going live.
  http_listener {
    name                           = "http"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "http"
    protocol                       = "Http"
  }

  url_path_map {
    name                               = "workloads"
    default_backend_address_pool_name  = local.first
    default_backend_http_settings_name = "https"

    dynamic "path_rule" {
      for_each = local.exposed
      content {
        name                       = path_rule.key
        paths                      = ["/${path_rule.key}/*"]
        backend_address_pool_name  = path_rule.key
        backend_http_settings_name = "https"
      }
    }
  }

  request_routing_rule {
    name               = "workloads"
    rule_type          = "PathBasedRouting"
    http_listener_name = "http"
    url_path_map_name  = "workloads"
    priority           = 100
  }
}
