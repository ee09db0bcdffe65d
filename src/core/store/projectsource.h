// ProjectSource: a model argument that names a project ("plan.groundwork") or one of its snapshots
// ("plan.groundwork@before-review"), and loading that model the way a YAML file is loaded (validated).
#pragma once

#include "../io/loadresult.h"

#include <optional>

namespace gw {

struct ProjectSource
{
    QString file;
    QString snapshot; // empty: the project's current model

    // nullopt when `argument` names no project (a YAML file, "-").
    static std::optional<ProjectSource> parse(const QString& argument);
    QString display() const { return snapshot.isEmpty() ? file : file + u'@' + snapshot; }

    // Reads the model read-only and validates it; `ioError` is set when the file could not be read as a
    // project at all (missing, foreign, damaged, locked, no such snapshot).
    LoadResult load(bool* ioError = nullptr) const;
};

} // namespace gw
