// Exporter: one export target (Terraform, Kubernetes, a report...) behind one interface. It only
// generates files in memory; ExportFolder writes them, so that no exporter decides where bytes land.
// The name users type and what each writes are in the one table of exporters (exporters.h).
#pragma once

#include "exportfile.h"

#include "../model/system.h"

#include <optional>

namespace gw {

struct Model;
struct Recommendations;

// What every exporter reads: the model and the advice it follows (top or pinned picks).
struct ExportInput
{
    const Model& model;
    const Recommendations& recommendations;
    QString modelPath; // the file the model came from, for headers and reports; may be empty
    // The cloud to generate for, overriding system.cloud (`--cloud`); none: the model's own.
    std::optional<Cloud> cloud;
};

class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual ExportFiles generate(const ExportInput& input) const = 0;
};

} // namespace gw
