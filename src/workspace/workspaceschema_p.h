// The workspace's tables on the PostgreSQL server (schema version Workspace::kSchemaVersion). Private to
// src/workspace.
#pragma once

#include <QStringList>

namespace gw::workspace {

// The statements that create every table and index where it is missing; running them again changes
// nothing.
QStringList createStatements();

} // namespace gw::workspace
