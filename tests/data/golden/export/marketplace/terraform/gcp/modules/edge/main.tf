# The public entry point: a global external HTTPS load balancer with a serverless network endpoint
# group per exposed Cloud Run workload (path /<workload id>/...), a managed certificate for the given
# domains, and a Cloud Armor policy (preconfigured WAF rules and a rate limit) when the edge decision
# asks for a WAF.
locals {
  exposed = { for key, w in var.workloads : key => w if w.exposed && contains(keys(var.services), key) }
  enabled = length(local.exposed) > 0
}

resource "google_compute_region_network_endpoint_group" "workload" {
  for_each              = local.exposed
  name                  = "${var.name}-${each.key}"
  region                = var.region
  network_endpoint_type = "SERVERLESS"

  cloud_run {
    service = var.services[each.key]
  }
}

resource "google_compute_security_policy" "waf" {
  count = local.enabled && var.waf ? 1 : 0
  name  = "${var.name}-waf"

  rule {
    action   = "deny(403)"
    priority = 1000
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('sqli-v33-stable') || evaluatePreconfiguredWaf('xss-v33-stable')"
      }
    }
  }

  rule {
    action   = "throttle"
    priority = 2000
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    rate_limit_options {
      conform_action = "allow"
      exceed_action  = "deny(429)"
      enforce_on_key = "IP"
      rate_limit_threshold {
        count        = 2000
        interval_sec = 60
      }
    }
  }

  rule {
    action   = "allow"
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}

resource "google_compute_backend_service" "workload" {
  for_each              = local.exposed
  name                  = "${var.name}-${each.key}"
  protocol              = "HTTPS"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  security_policy       = var.waf ? google_compute_security_policy.waf[0].id : null
  # Cloud CDN when the edge decision chose a CDN: caches only what the service marks cacheable.
  enable_cdn = var.cdn

  dynamic "cdn_policy" {
    for_each = var.cdn ? [1] : []
    content {
      cache_mode = "USE_ORIGIN_HEADERS"
    }
  }

  backend {
    group = google_compute_region_network_endpoint_group.workload[each.key].id
  }
}

resource "google_compute_url_map" "this" {
  count           = local.enabled ? 1 : 0
  name            = var.name
  default_service = values(google_compute_backend_service.workload)[0].id

  host_rule {
    hosts        = ["*"]
    path_matcher = "workloads"
  }

  path_matcher {
    name            = "workloads"
    default_service = values(google_compute_backend_service.workload)[0].id

    dynamic "path_rule" {
      for_each = local.exposed
      content {
        paths   = ["/${path_rule.key}", "/${path_rule.key}/*"]
        service = google_compute_backend_service.workload[path_rule.key].id
      }
    }
  }
}

resource "google_compute_managed_ssl_certificate" "this" {
  count = local.enabled && length(var.domains) > 0 ? 1 : 0
  name  = var.name

  managed {
    domains = var.domains
  }
}

resource "google_compute_target_https_proxy" "this" {
  count            = local.enabled && length(var.domains) > 0 ? 1 : 0
  name             = var.name
  url_map          = google_compute_url_map.this[0].id
  ssl_certificates = [google_compute_managed_ssl_certificate.this[0].id]
}

resource "google_compute_global_address" "this" {
  count = local.enabled ? 1 : 0
  name  = var.name
}

resource "google_compute_global_forwarding_rule" "https" {
  count                 = local.enabled && length(var.domains) > 0 ? 1 : 0
  name                  = var.name
  target                = google_compute_target_https_proxy.this[0].id
  ip_address            = google_compute_global_address.this[0].id
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}
