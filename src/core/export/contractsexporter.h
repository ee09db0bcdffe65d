// ContractsExporter: contract-first skeletons named after the model's elements: OpenAPI 3.1 for the
// workloads whose API style is REST, a .proto for gRPC, GraphQL SDL for GraphQL, and one AsyncAPI 3
// document for every channel; each with a version, the auth its exposure calls for and one error shape.
// Templates live in exports/contracts/.
#pragma once

#include "exporter.h"

namespace gw {

class ContractsExporter : public Exporter
{
public:
    ExportFiles generate(const ExportInput& input) const override;
};

} // namespace gw
