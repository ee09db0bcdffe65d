// KubernetesExporter: Kustomize manifests for the workloads whose compute pick is in the containers
// family: per workload a ServiceAccount, a Deployment (or a CronJob for batch work), Service, HPA, PDB
// for high and critical workloads, and a NetworkPolicy of exactly its edges behind a default deny; an
// overlay (namespace, images) per environment. Templates live in exports/kubernetes/.
#pragma once

#include "exporter.h"

namespace gw {

class KubernetesExporter : public Exporter
{
public:
    ExportFiles generate(const ExportInput& input) const override;
};

} // namespace gw
