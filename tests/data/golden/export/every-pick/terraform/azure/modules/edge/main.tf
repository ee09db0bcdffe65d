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

# The CDN pick: Azure Front Door in front of the application gateway, caching what the services mark
# cacheable, with its own WAF policy (Microsoft's default rule set) when the edge decision asks for one.
# Front Door reaches the gateway on its public address over HTTP until the gateway gets its
# certificate and HTTPS listener; then switch the origin and the route's forwarding to HTTPS.
resource "azurerm_cdn_frontdoor_profile" "this" {
  count               = local.enabled && var.cdn ? 1 : 0
  name                = "afd-${var.name}"
  resource_group_name = var.resource_group_name
  sku_name            = "Premium_AzureFrontDoor"
  tags                = var.tags
}

resource "azurerm_cdn_frontdoor_endpoint" "this" {
  count                    = local.enabled && var.cdn ? 1 : 0
  name                     = substr("fde-${var.name}", 0, 46)
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this[0].id
  tags                     = var.tags
}

resource "azurerm_cdn_frontdoor_origin_group" "gateway" {
  count                    = local.enabled && var.cdn ? 1 : 0
  name                     = "gateway"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this[0].id
  session_affinity_enabled = false

  load_balancing {
    sample_size                 = 4
    successful_samples_required = 3
  }

  health_probe {
    interval_in_seconds = 60
    path                = "/"
    protocol            = "Http"
    request_type        = "HEAD"
  }
}

resource "azurerm_cdn_frontdoor_origin" "gateway" {
  count                          = local.enabled && var.cdn ? 1 : 0
  name                           = "application-gateway"
  cdn_frontdoor_origin_group_id  = azurerm_cdn_frontdoor_origin_group.gateway[0].id
  enabled                        = true
  host_name                      = azurerm_public_ip.gateway[0].ip_address
  http_port                      = 80
  https_port                     = 443
  certificate_name_check_enabled = false
  priority                       = 1
  weight                         = 1000
}

resource "azurerm_cdn_frontdoor_route" "all" {
  count                         = local.enabled && var.cdn ? 1 : 0
  name                          = "all"
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.this[0].id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.gateway[0].id
  cdn_frontdoor_origin_ids      = [azurerm_cdn_frontdoor_origin.gateway[0].id]
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Http", "Https"]
  https_redirect_enabled        = true
  forwarding_protocol           = "HttpOnly"
  link_to_default_domain        = true

  cache {
    query_string_caching_behavior = "UseQueryString"
    compression_enabled           = true
    content_types_to_compress     = ["application/json", "text/html", "text/css", "application/javascript"]
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "this" {
  count               = local.enabled && var.cdn && var.waf ? 1 : 0
  name                = substr(replace("fdwaf${var.name}", "-", ""), 0, 128)
  resource_group_name = var.resource_group_name
  sku_name            = azurerm_cdn_frontdoor_profile.this[0].sku_name
  enabled             = true
  mode                = "Prevention"
  tags                = var.tags

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "this" {
  count                    = local.enabled && var.cdn && var.waf ? 1 : 0
  name                     = "waf"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.this[0].id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.this[0].id

      association {
        patterns_to_match = ["/*"]

        domain {
          cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_endpoint.this[0].id
        }
      }
    }
  }
}
