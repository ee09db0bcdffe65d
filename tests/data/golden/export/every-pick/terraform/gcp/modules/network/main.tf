# The environment's network: a custom-mode VPC with a private application subnet and a private data
# range (peered to Google's managed databases), a Cloud NAT for egress, and Private Google Access.
resource "google_compute_network" "this" {
  name                    = var.name
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "application" {
  name                     = "${var.name}-application"
  region                   = var.region
  network                  = google_compute_network.this.id
  ip_cidr_range            = cidrsubnet(var.cidr_block, 4, 1)
  private_ip_google_access = true
}

# Managed databases (Cloud SQL, Memorystore) get addresses from this range through private services access.
resource "google_compute_global_address" "data" {
  count         = var.data_subnets ? 1 : 0
  name          = "${var.name}-data"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  address       = cidrhost(cidrsubnet(var.cidr_block, 4, 2), 0)
  prefix_length = tonumber(split("/", cidrsubnet(var.cidr_block, 4, 2))[1])
  network       = google_compute_network.this.id
}

resource "google_service_networking_connection" "data" {
  count                   = var.data_subnets ? 1 : 0
  network                 = google_compute_network.this.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.data[0].name]
}

resource "google_compute_router" "this" {
  name    = var.name
  region  = var.region
  network = google_compute_network.this.id
}

resource "google_compute_router_nat" "this" {
  name                               = var.name
  router                             = google_compute_router.this.name
  region                             = var.region
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "LIST_OF_SUBNETWORKS"

  subnetwork {
    name                    = google_compute_subnetwork.application.id
    source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
  }
}
