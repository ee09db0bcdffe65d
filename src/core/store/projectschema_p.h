// ProjectSchema: the project file's tables, and the migrations that bring a file of any earlier schema
// version up to ProjectFile::kSchemaVersion, one version step at a time.
#pragma once

#include <QString>

struct sqlite3;

namespace gw::store {

// Applies every migration from `fromVersion` to `toVersion` inside the caller's transaction and sets
// PRAGMA user_version; false with `error` set when a step fails.
bool migrateSchema(sqlite3* db, int fromVersion, int toVersion, QString* error);

} // namespace gw::store
