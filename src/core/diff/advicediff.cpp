#include "advicediff.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace gw {

QString kindName(DecisionChange::Kind kind)
{
    switch (kind) {
    case DecisionChange::Kind::Added:
        return QStringLiteral("added");
    case DecisionChange::Kind::Removed:
        return QStringLiteral("removed");
    case DecisionChange::Kind::TopChanged:
        return QStringLiteral("top-changed");
    case DecisionChange::Kind::ChosenChanged:
        return QStringLiteral("chosen-changed");
    case DecisionChange::Kind::ScoreChanged:
        break;
    }
    return QStringLiteral("score-changed");
}

bool AdviceDiff::costChanged() const
{
    if (!costBefore || !costAfter)
        return costBefore.has_value() != costAfter.has_value();
    return costBefore->cloud != costAfter->cloud || costBefore->priced != costAfter->priced ||
           std::abs(costBefore->expectedUsd - costAfter->expectedUsd) >= 0.01;
}

AdviceDiff AdviceDiff::between(const AdviceSummary& before, const AdviceSummary& after)
{
    AdviceDiff diff;
    diff.costBefore = before.cost;
    diff.costAfter = after.cost;
    QHash<QString, const DecisionOutcome*> old;
    old.reserve(before.decisions.size());
    for (const DecisionOutcome& o : before.decisions)
        old.insert(o.key(), &o);
    QSet<QString> present;
    present.reserve(after.decisions.size());
    for (const DecisionOutcome& now : after.decisions) {
        present.insert(now.key());
        const DecisionOutcome* was = old.value(now.key());
        if (!was) {
            diff.decisions.append({DecisionChange::Kind::Added, std::nullopt, now});
            continue;
        }
        if (was->top != now.top)
            diff.decisions.append({DecisionChange::Kind::TopChanged, *was, now});
        else if (was->chosen != now.chosen)
            diff.decisions.append({DecisionChange::Kind::ChosenChanged, *was, now});
        else if (was->topScoreTenths != now.topScoreTenths)
            diff.decisions.append({DecisionChange::Kind::ScoreChanged, *was, now});
    }
    for (const DecisionOutcome& was : before.decisions) {
        if (!present.contains(was.key()))
            diff.decisions.append({DecisionChange::Kind::Removed, was, std::nullopt});
    }

    std::stable_sort(diff.decisions.begin(), diff.decisions.end(),
                     [](const DecisionChange& a, const DecisionChange& b) { return a.kind < b.kind; });

    // A finding is the same finding when its rule, subject and message are: a reworded message for the
    // same rule and subject counts as resolved and new, which is what a reviewer wants to see.
    const auto keyOf = [](const FindingOutcome& f) -> QString { return f.key() + u'|' + f.message; };
    QSet<QString> beforeFindings;
    for (const FindingOutcome& f : before.findings)
        beforeFindings.insert(keyOf(f));
    QSet<QString> afterFindings;
    for (const FindingOutcome& f : after.findings) {
        afterFindings.insert(keyOf(f));
        if (!beforeFindings.contains(keyOf(f)))
            diff.newFindings.append(f);
    }
    for (const FindingOutcome& f : before.findings) {
        if (!afterFindings.contains(keyOf(f)))
            diff.resolvedFindings.append(f);
    }
    return diff;
}

} // namespace gw
