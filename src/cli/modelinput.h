// ModelInput: a MODEL argument loaded for a command, telling an I/O error (exit 2) from an invalid model.
#pragma once

#include "core/io/loadresult.h"

namespace gw::cli {

struct ModelInput
{
    LoadResult result;
    bool ioError = false; // the file could not be read at all
};

// `path` is a YAML file, a project file (`plan.groundwork`), one of its snapshots
// (`plan.groundwork@name`), or "-" for standard input.
ModelInput loadModelInput(const QString& path);

} // namespace gw::cli
