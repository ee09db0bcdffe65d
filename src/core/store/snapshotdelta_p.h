// SnapshotDelta: two snapshots cut down to what differs between them, read from the project file without
// decoding either whole model or loading either whole advice. Every part, decision and finding whose key
// occurs once on each side with the same content is left out of both sides; everything else is read in
// its order. The cut-down pair has the same ModelDiff and AdviceDiff as the whole pair, because both diffs
// match entries by those keys, and an entry that is equal on both sides adds nothing to either.
#pragma once

#include "../diff/advicesummary.h"
#include "../model/model.h"

struct sqlite3;

namespace gw::store {

struct SnapshotDelta
{
    Model before;
    Model after;
    AdviceSummary beforeAdvice;
    AdviceSummary afterAdvice;
};

// Both snapshots must have their parts stored (hasSnapshotParts). SQLITE_OK, SQLITE_CORRUPT when a
// stored part does not decode (`error` says which), or the failing SQLite result.
// `schemaVersion` is the file's (a read-only one may be older than ProjectFile::kSchemaVersion).
int readSnapshotDelta(sqlite3* db, qint64 beforeId, qint64 afterId, int schemaVersion, SnapshotDelta* delta,
                      QString* error);

} // namespace gw::store
