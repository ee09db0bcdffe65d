// ComposeExporter: a docker-compose file for local development: every workload as a service with a
// placeholder image, local stand-ins (PostgreSQL, Redis, OpenSearch, MinIO, RabbitMQ, Kafka...) for the
// data stores and channels, and each dependency as an environment variable and depends_on.
#pragma once

#include "exporter.h"

namespace gw {

class ComposeExporter : public Exporter
{
public:
    ExportFiles generate(const ExportInput& input) const override;
};

} // namespace gw
