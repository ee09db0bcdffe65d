// SnapshotParts: a snapshot's model kept a second time, part by part (the system, priorities and team
// sections, each environment, element and decision), each part's encoding stored once however many
// snapshots share it, so two snapshots are compared by which parts they share instead of by decoding
// both models. Private to src/core/store; tables part_data and snapshot_parts (schema version 2).
#pragma once

#include "../model/model.h"

struct sqlite3;

namespace gw::store {

// A part's section, as stored in snapshot_parts.section.
enum class PartSection { System, Priorities, Team, Environment, Workload, DataStore, Channel, Decision };

// Writes the parts of `model` for snapshot `snapshotId`. SQLITE_OK, or the failing SQLite result.
int writeSnapshotParts(sqlite3* db, qint64 snapshotId, const Model& model);
// Removes the snapshot's parts and every stored part no other snapshot uses. SQLITE_OK or the result.
int removeSnapshotParts(sqlite3* db, qint64 snapshotId);
// Fills the parts of every snapshot from its whole model (the schema 1 -> 2 migration). A snapshot whose
// model does not decode gets none (it is compared the slow way, which reports the damage).
bool fillAllSnapshotParts(sqlite3* db, QString* error);
// True when the snapshot's parts are stored (a project of schema 2 or later, or one migrated to it).
bool hasSnapshotParts(sqlite3* db, qint64 snapshotId);

} // namespace gw::store
