provider "azurerm" {
  subscription_id = var.subscription_id
  features {}
}
