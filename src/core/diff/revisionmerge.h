// RevisionMerge: a three-way merge of models, for a save that someone else's save overtook. From the
// revision both sides started at (base), theirs (saved since) and yours: a field only one side changed
// takes that side's value, a field both sides changed alike is taken, and a field both changed
// differently is a conflict the user settles, field by field. An element one side removed and the
// other changed is a conflict over the whole element. Entries are paired as the diff pairs them
// (elementKeys); elements only theirs added come after yours.
#pragma once

#include "../model/model.h"

#include <QHash>

namespace gw {

enum class MergeSide { Yours, Theirs };

struct RevisionConflict
{
    QString section; // format key: "system", "team", "priorities", "workloads"...
    QString id;      // the entry's key (elementKeys); the section for single sections
    QString field;   // format key ("traffic.peak_rps"); empty when the whole entry is in conflict
    QString base;    // each side's value as the diff shows it ("" when unset), or for a whole
    QString theirs;  // entry what that side did to it ("removed", "changed: cpu, memory_mb",
    QString yours;   // "added")

    // What a choice is keyed by: "workloads/api/traffic.peak_rps", "data/orders".
    QString key() const;
    // The entry as people name it: "workload api", "data store orders", "team".
    QString entryName() const;

    bool operator==(const RevisionConflict&) const = default;
};

struct RevisionMerge
{
    Model merged; // every conflict settled as the choices say, yours where they say nothing
    QList<RevisionConflict> conflicts;
    int theirChanges = 0; // fields and entries taken from theirs without a conflict
    int yourChanges = 0;  // fields and entries of yours kept without a conflict

    static RevisionMerge between(const Model& base, const Model& theirs, const Model& yours,
                                 const QHash<QString, MergeSide>& choices = {});
};

} // namespace gw
