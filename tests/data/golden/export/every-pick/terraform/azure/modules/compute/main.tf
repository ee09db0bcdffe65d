# Each workload on the compute its recommendation chose: Container Apps for managed containers (jobs for
# batch), Azure Functions (Linux, container image, Elastic Premium plan) for functions, AKS with workload
# identity for Kubernetes (the workloads themselves come from the Kubernetes manifests), and Linux
# virtual machine scale sets with CPU autoscaling for VMs. Each runs as its own managed identity; only
# exposed workloads accept traffic from outside their environment.
locals {
  apps      = { for key, w in var.workloads : key => w if w.candidate == "managed-containers" }
  jobs      = { for key, w in var.workloads : key => w if w.candidate == "batch-containers" }
  functions = { for key, w in var.workloads : key => w if w.family == "serverless" }
  pods      = { for key, w in var.workloads : key => w if w.candidate == "kubernetes" }
  machines  = { for key, w in var.workloads : key => w if w.family == "vm" }
  sites     = { for key, w in var.workloads : key => w if w.family == "static-hosting" }
  # Static Web Apps keeps a site's metadata in one of five regions and serves its files from its global
  # edge: the environment's region when it is one of them, else West Europe (the README says so).
  site_regions  = ["westus2", "centralus", "eastus2", "westeurope", "eastasia"]
  site_location = contains(local.site_regions, var.location) ? var.location : "westeurope"
  vm_size   = { low = "Standard_D2s_v5", medium = "Standard_D4s_v5", high = "Standard_D8s_v5" }
  cpu       = { low = 0.25, medium = 0.5, high = 1.0 }
  memory    = { low = "0.5Gi", medium = "1Gi", high = "2Gi" }
}

resource "azurerm_log_analytics_workspace" "this" {
  name                = "log-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "PerGB2018"
  retention_in_days   = 30
  tags                = var.tags
}

resource "azurerm_container_app_environment" "this" {
  count                      = length(local.apps) + length(local.jobs) > 0 ? 1 : 0
  name                       = "cae-${var.name}"
  location                   = var.location
  resource_group_name        = var.resource_group_name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id
  infrastructure_subnet_id   = var.subnet_id
  tags                       = var.tags
}

resource "azurerm_container_app" "workload" {
  for_each                     = local.apps
  name                         = substr("ca-${each.key}", 0, 32)
  container_app_environment_id = azurerm_container_app_environment.this[0].id
  resource_group_name          = var.resource_group_name
  revision_mode                = "Single"
  tags                         = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })

  identity {
    type         = "UserAssigned"
    identity_ids = [var.identity_ids[each.key]]
  }

  ingress {
    external_enabled = each.value.exposed
    target_port      = each.value.port

    traffic_weight {
      latest_revision = true
      percentage      = 100
    }
  }

  template {
    min_replicas = each.value.min_capacity
    max_replicas = each.value.max_capacity

    container {
      name   = each.key
      image  = "${var.image_prefix}/${each.key}:${var.image_tag}"
      cpu    = local.cpu[each.value.cpu_level]
      memory = local.memory[each.value.cpu_level]

      env {
        name  = "AZURE_CLIENT_ID"
        value = var.client_ids[each.key]
      }

      liveness_probe {
        transport = "HTTP"
        port      = each.value.port
        path      = "/healthz"
      }

      readiness_probe {
        transport = "HTTP"
        port      = each.value.port
        path      = "/healthz"
      }
    }
  }
}

resource "azurerm_container_app_job" "workload" {
  for_each                     = local.jobs
  name                         = substr("caj-${each.key}", 0, 32)
  location                     = var.location
  resource_group_name          = var.resource_group_name
  container_app_environment_id = azurerm_container_app_environment.this[0].id
  replica_timeout_in_seconds   = each.value.timeout_s
  replica_retry_limit          = 3
  tags                         = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })

  identity {
    type         = "UserAssigned"
    identity_ids = [var.identity_ids[each.key]]
  }

  manual_trigger_config {
    parallelism              = 1
    replica_completion_count = 1
  }

  template {
    container {
      name   = each.key
      image  = "${var.image_prefix}/${each.key}:${var.image_tag}"
      cpu    = local.cpu[each.value.cpu_level]
      memory = local.memory[each.value.cpu_level]
    }
  }
}

resource "azurerm_service_plan" "functions" {
  count               = length(local.functions) > 0 ? 1 : 0
  name                = "asp-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  os_type             = "Linux"
  sku_name            = "EP1"
  tags                = var.tags
}

resource "azurerm_storage_account" "functions" {
  count                    = length(local.functions) > 0 ? 1 : 0
  name                     = substr(replace("stfn${var.name}", "-", ""), 0, 24)
  location                 = var.location
  resource_group_name      = var.resource_group_name
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_2"
  tags                     = var.tags
}

resource "azurerm_linux_function_app" "workload" {
  for_each                      = local.functions
  name                          = "func-${var.name}-${each.key}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  service_plan_id               = azurerm_service_plan.functions[0].id
  storage_account_name          = azurerm_storage_account.functions[0].name
  storage_uses_managed_identity = true
  public_network_access_enabled = each.value.exposed
  https_only                    = true
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })

  identity {
    type         = "UserAssigned"
    identity_ids = [var.identity_ids[each.key]]
  }

  app_settings = {
    AZURE_CLIENT_ID = var.client_ids[each.key]
  }

  site_config {
    minimum_tls_version = "1.2"

    application_stack {
      docker {
        registry_url = "https://${split("/", var.image_prefix)[0]}"
        image_name   = each.key
        image_tag    = var.image_tag
      }
    }
  }
}

resource "azurerm_kubernetes_cluster" "this" {
  count                     = length(local.pods) > 0 ? 1 : 0
  name                      = "aks-${var.name}"
  location                  = var.location
  resource_group_name       = var.resource_group_name
  dns_prefix                = substr(var.name, 0, 40)
  oidc_issuer_enabled       = true
  workload_identity_enabled = true
  tags                      = var.tags

  default_node_pool {
    name                 = "system"
    vm_size              = "Standard_D4s_v5"
    auto_scaling_enabled = true
    min_count            = 2
    max_count            = 10
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
}

# Each Kubernetes workload's service account (named after the workload in the manifests) signs in as
# its managed identity.
resource "azurerm_federated_identity_credential" "workload" {
  for_each            = local.pods
  name                = each.key
  resource_group_name = var.resource_group_name
  audience            = ["api://AzureADTokenExchange"]
  issuer              = azurerm_kubernetes_cluster.this[0].oidc_issuer_url
  parent_id           = var.identity_ids[each.key]
  subject             = "system:serviceaccount:${var.kubernetes_namespace}:${each.key}"
}

resource "azurerm_linux_virtual_machine_scale_set" "workload" {
  for_each                        = local.machines
  name                            = substr("vmss-${var.name}-${each.key}", 0, 64)
  location                        = var.location
  resource_group_name             = var.resource_group_name
  sku                             = local.vm_size[each.value.cpu_level]
  instances                       = each.value.min_capacity
  admin_username                  = "azureuser"
  disable_password_authentication = true
  upgrade_mode                    = "Manual"
  tags                            = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  network_interface {
    name    = "nic-${each.key}"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = var.machines_subnet_id
    }
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [var.identity_ids[each.key]]
  }

  lifecycle {
    precondition {
      condition     = var.ssh_public_key != null
      error_message = "Workloads run on virtual machines: set ssh_public_key in the environment's tfvars."
    }
  }
}

# Between the workload's minimum and maximum capacity, on CPU: out above 60%, in below 30%.
resource "azurerm_monitor_autoscale_setting" "workload" {
  for_each            = local.machines
  name                = "autoscale-${each.key}"
  location            = var.location
  resource_group_name = var.resource_group_name
  target_resource_id  = azurerm_linux_virtual_machine_scale_set.workload[each.key].id
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })

  profile {
    name = "cpu"

    capacity {
      default = each.value.min_capacity
      minimum = each.value.min_capacity
      maximum = each.value.max_capacity
    }

    rule {
      metric_trigger {
        metric_name        = "Percentage CPU"
        metric_resource_id = azurerm_linux_virtual_machine_scale_set.workload[each.key].id
        time_grain         = "PT1M"
        statistic          = "Average"
        time_window        = "PT5M"
        time_aggregation   = "Average"
        operator           = "GreaterThan"
        threshold          = 60
      }

      scale_action {
        direction = "Increase"
        type      = "ChangeCount"
        value     = "1"
        cooldown  = "PT5M"
      }
    }

    rule {
      metric_trigger {
        metric_name        = "Percentage CPU"
        metric_resource_id = azurerm_linux_virtual_machine_scale_set.workload[each.key].id
        time_grain         = "PT1M"
        statistic          = "Average"
        time_window        = "PT10M"
        time_aggregation   = "Average"
        operator           = "LessThan"
        threshold          = 30
      }

      scale_action {
        direction = "Decrease"
        type      = "ChangeCount"
        value     = "1"
        cooldown  = "PT10M"
      }
    }
  }
}

# A static site on Static Web Apps (the Standard plan: custom domains with certificates, private
# endpoints, an SLA); its files are deployed with the deployment token, not by Terraform.
resource "azurerm_static_web_app" "site" {
  for_each            = local.sites
  name                = "stapp-${var.name}-${each.key}"
  location            = local.site_location
  resource_group_name = var.resource_group_name
  sku_tier            = "Standard"
  sku_size            = "Standard"
  tags                = merge(var.tags, lookup(var.ownership, each.key, {}), { workload = each.key })
}
