// TerraformImporter: Terraform state (terraform.tfstate, version 4) and `terraform show -json` output
// (a state or a plan) read into the components of an import. Each resource type ImportMapping's
// terraform table knows is a workload, a data store or a channel with its pin, or is left out with a
// reason; every other type is counted. Event source mappings, subscriptions, API Gateway integrations,
// function URLs and environment values naming another resource become edges and exposure.
#pragma once

#include "../io/diagnostic.h"
#include "importedcomponent.h"

#include <memory>

namespace gw {

class ImportMapping;

class TerraformImporter
{
public:
    explicit TerraformImporter(const ImportMapping& mapping);
    ~TerraformImporter();
    TerraformImporter(const TerraformImporter&) = delete;
    TerraformImporter& operator=(const TerraformImporter&) = delete;

    // Reads one state or `show -json` file. Every problem goes to `out`, positioned; false when the file
    // could not be read.
    bool add(const QByteArray& bytes, const QString& file, Diagnostics& out);
    // The resources of every file added, in the order they appeared, with the relations of all files.
    void finish(ImportedSystem& out) const;

    // Whether `bytes` look like a state or `show -json` output: JSON with Terraform's keys at the top.
    static bool looksLikeTerraform(const QByteArray& bytes);

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace gw
