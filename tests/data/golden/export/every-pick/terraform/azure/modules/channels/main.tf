# Service Bus queues and topics (a subscription per consuming workload; sessions where the model asks
# for ordering), Event Hubs for log streams (a consumer group per consumer), Event Grid topics for event
# buses; send and receive roles go to exactly the workloads whose `uses` say so.
locals {
  queues  = { for key, c in var.channels : key => c if c.engine == "servicebus-queue" }
  topics  = { for key, c in var.channels : key => c if c.engine == "servicebus-topic" }
  hubs    = { for key, c in var.channels : key => c if c.engine == "eventhubs" }
  grids   = { for key, c in var.channels : key => c if c.engine == "eventgrid" }
  subscriptions = merge([for key, c in local.topics : {
    for consumer in c.consumers : "${key}>${consumer}" => { channel = key, consumer = consumer, ordered = c.ordered }
  }]...)
  consumer_groups = merge([for key, c in local.hubs : {
    for consumer in c.consumers : "${key}>${consumer}" => { channel = key, consumer = consumer }
  }]...)
  scope_of = merge(
    { for key, q in azurerm_servicebus_queue.queue : key => q.id },
    { for key, t in azurerm_servicebus_topic.topic : key => t.id },
    { for key, h in azurerm_eventhub.stream : key => h.id },
    { for key, g in azurerm_eventgrid_topic.bus : key => g.id },
  )
  role = {
    servicebus-queue = { publish = "Azure Service Bus Data Sender", consume = "Azure Service Bus Data Receiver" }
    servicebus-topic = { publish = "Azure Service Bus Data Sender", consume = "Azure Service Bus Data Receiver" }
    eventhubs        = { publish = "Azure Event Hubs Data Sender", consume = "Azure Event Hubs Data Receiver" }
    eventgrid        = { publish = "EventGrid Data Sender", consume = "EventGrid Data Sender" }
  }
}

resource "azurerm_servicebus_namespace" "this" {
  count               = length(local.queues) + length(local.topics) > 0 ? 1 : 0
  name                = "sb-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "Standard"
  local_auth_enabled  = false
  tags                = var.tags
}

resource "azurerm_servicebus_queue" "queue" {
  for_each                             = local.queues
  name                                 = each.key
  namespace_id                         = azurerm_servicebus_namespace.this[0].id
  requires_session                     = each.value.ordered
  max_delivery_count                   = 5
  dead_lettering_on_message_expiration = true
  default_message_ttl                  = "PT${max(1, each.value.retention_hours)}H"
}

resource "azurerm_servicebus_topic" "topic" {
  for_each            = local.topics
  name                = each.key
  namespace_id        = azurerm_servicebus_namespace.this[0].id
  default_message_ttl = "PT${max(1, each.value.retention_hours)}H"
}

resource "azurerm_servicebus_subscription" "consumer" {
  for_each                             = local.subscriptions
  name                                 = each.value.consumer
  topic_id                             = azurerm_servicebus_topic.topic[each.value.channel].id
  max_delivery_count                   = 5
  requires_session                     = each.value.ordered
  dead_lettering_on_message_expiration = true
}

resource "azurerm_eventhub_namespace" "this" {
  count               = length(local.hubs) > 0 ? 1 : 0
  name                = "evhns-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "Standard"
  capacity            = 1
  local_authentication_enabled = false
  tags                = var.tags
}

resource "azurerm_eventhub" "stream" {
  for_each            = local.hubs
  name                = each.key
  namespace_name      = azurerm_eventhub_namespace.this[0].name
  resource_group_name = var.resource_group_name
  partition_count     = 4
  message_retention   = min(7, max(1, ceil(each.value.retention_hours / 24)))
}

resource "azurerm_eventhub_consumer_group" "consumer" {
  for_each            = local.consumer_groups
  name                = each.value.consumer
  namespace_name      = azurerm_eventhub_namespace.this[0].name
  eventhub_name       = azurerm_eventhub.stream[each.value.channel].name
  resource_group_name = var.resource_group_name
}

resource "azurerm_eventgrid_topic" "bus" {
  for_each                      = local.grids
  name                          = "evgt-${var.name}-${each.key}"
  location                      = var.location
  resource_group_name           = var.resource_group_name
  local_auth_enabled            = false
  public_network_access_enabled = false
  tags                          = merge(var.tags, lookup(var.ownership, each.key, {}), { channel = each.key })
}

resource "azurerm_role_assignment" "channel" {
  for_each             = { for a in var.channel_access : "${a.workload}>${a.channel}" => a }
  scope                = local.scope_of[each.value.channel]
  role_definition_name = local.role[var.channels[each.value.channel].engine][each.value.mode]
  principal_id         = var.principal_ids[each.value.workload]
}
