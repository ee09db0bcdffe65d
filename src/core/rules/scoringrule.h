// ScoringRule: "when this holds for a subject, raise or lower these qualities of these candidates, or
// exclude them", with the rationale and source a reviewer checks.
#pragma once

#include "candidate.h"
#include "condition.h"

namespace gw {

struct Effect
{
    enum class Target { Candidate, Family, All };

    Target target = Target::Candidate;
    QString name; // candidate id or family; empty for All
    std::array<int, kQualityCount> deltaTenths{};
    bool exclude = false;
    SourceLocation location;

    // "+2 cost, -1 operability", or "exclude".
    QString describe() const;
    bool hasAdjustment() const;
};

struct ScoringRule
{
    QString id;
    DecisionKind kind = DecisionKind::Compute;
    Condition when;
    QList<Effect> effects;
    QString rationale;
    QString source;

    QString pack;
    SourceLocation location;
    bool readsCandidate = false; // evaluated per candidate (team skill in its language...)
};

} // namespace gw
