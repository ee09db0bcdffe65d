// The catalog everyone connected to a workspace scores with: the built-in rule packs, the organisation's
// packs kept in the workspace, then any local folders (`--rules`).
#pragma once

#include "core/rules/rulepackloader.h"

namespace gw {

class Workspace;

// Problems in a workspace pack are reported as "workspace:NAME.yaml:line:col". When the workspace
// cannot be read, the load has an error diagnostic saying why.
CatalogLoad loadWorkspaceCatalog(Workspace& workspace, const QStringList& folders = {});

} // namespace gw
