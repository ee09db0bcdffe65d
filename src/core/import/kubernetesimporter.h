// KubernetesImporter: Kubernetes manifests (multi-document YAML, List objects, rendered Helm or
// kustomize output) read into the components of an import: each object whose kind runs pods
// (ImportMapping's kubernetes table) is a component; Services, Ingresses and Gateway routes say who can
// reach it and resolve the host names its environment names; every other kind is counted as ignored.
#pragma once

#include "../io/diagnostic.h"
#include "importedcomponent.h"

#include <memory>

namespace gw {

class ImportMapping;

class KubernetesImporter
{
public:
    explicit KubernetesImporter(const ImportMapping& mapping);
    ~KubernetesImporter();
    KubernetesImporter(const KubernetesImporter&) = delete;
    KubernetesImporter& operator=(const KubernetesImporter&) = delete;

    // Reads every document of one file. Every problem goes to `out`, positioned; false when the file
    // could not be read as YAML.
    bool add(const QByteArray& bytes, const QString& file, Diagnostics& out);
    // The workloads of every file added, in the order they appeared, with the Services and routes of
    // all files applied.
    void finish(ImportedSystem& out) const;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace gw
