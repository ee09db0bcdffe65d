// ElementRole: what a component of an import becomes in the model, whether an image rule, a Terraform
// resource type or the importer decided it.
#pragma once

namespace gw {

enum class ElementRole {
    Workload,
    Data,
    Channel,
    Proxy, // a reverse proxy: left out in front of workloads, which take its exposure
    Skip,  // left out, with a reason the summary gives
};

} // namespace gw
