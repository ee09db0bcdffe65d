// TerraformExporter: a Terraform configuration per cloud (all three for `cloud: any`) that follows the
// model and its picks: one module per concern (network, security, data, channels, identity, compute,
// edge), pinned provider versions, cost-attribution tags, one tfvars and one backend file per
// environment. Templates live in exports/terraform/<cloud>/.
#pragma once

#include "exporter.h"

namespace gw {

class TerraformExporter : public Exporter
{
public:
    ExportFiles generate(const ExportInput& input) const override;
};

} // namespace gw
