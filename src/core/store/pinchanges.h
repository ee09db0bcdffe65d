// PinChanges: how a save changes the decision log, the same rule for every ModelStore: each current
// entry that no pin of the saved model matches any more is superseded, each pin without a current entry
// gets a new one, and unchanged pins keep their entry and its time.
#pragma once

#include "../model/model.h"
#include "decisionlog.h"

namespace gw {

struct PinChanges
{
    QList<qsizetype> superseded;   // indexes into the current entries
    QList<DecisionLogEntry> added; // new entries, in the model's order, without times

    // `current` are the log's entries not yet superseded, oldest first.
    static PinChanges between(const QList<DecisionLogEntry>& current, const Model& saved);
    // The log's view of a model pin: element and kind apart, as the ADR export wants them.
    static DecisionLogEntry entryFor(const Decision& decision);
};

} // namespace gw
