// AdviceDiff: what a model change did to the advice: decisions whose top pick or chosen candidate
// changed, score deltas of the top picks that stayed, decisions that appeared or went away, and
// findings that are new or resolved.
#pragma once

#include "advicesummary.h"

namespace gw {

struct DecisionChange
{
    // In the order a reviewer reads them (and the diff lists them).
    enum class Kind {
        TopChanged,    // a different top pick
        ChosenChanged, // the same top pick, but a different chosen candidate (a pin changed)
        Added,         // the new model calls for this decision, the old one did not
        Removed,       // the other way round
        ScoreChanged   // the same picks, a different top score
    };

    Kind kind = Kind::ScoreChanged;
    std::optional<DecisionOutcome> before;
    std::optional<DecisionOutcome> after;

    QString subject() const { return after ? after->subject : before->subject; }
    QString decisionKind() const { return after ? after->kind : before->kind; }
    // The top pick's score change in tenths (new top's score minus old top's), 0 unless both exist.
    int scoreDeltaTenths() const
    {
        return before && after ? after->topScoreTenths - before->topScoreTenths : 0;
    }

    bool operator==(const DecisionChange&) const = default;
};

struct AdviceDiff
{
    QList<DecisionChange> decisions; // by kind, then in the new advice's order (removed: the old order)
    QList<FindingOutcome> newFindings;
    QList<FindingOutcome> resolvedFindings;
    std::optional<CostOutcome> costBefore; // what the picks cost together on each side, when estimated
    std::optional<CostOutcome> costAfter;

    // The estimate moved by a cent or more, or appeared, or went away.
    bool costChanged() const;
    bool isEmpty() const
    {
        return decisions.isEmpty() && newFindings.isEmpty() && resolvedFindings.isEmpty() && !costChanged();
    }

    static AdviceDiff between(const AdviceSummary& before, const AdviceSummary& after);
};

QString
kindName(DecisionChange::Kind kind); // "added", "removed", "top-changed", "chosen-changed", "score-changed"

} // namespace gw
