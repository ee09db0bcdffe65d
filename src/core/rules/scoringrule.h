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

// The source a rule that reads the candidate may give instead of a URL: the page of the candidate's
// service on the model's cloud that its limits and features were read from, so that a veto quoting
// "{candidate.service} ... {candidate.max_duration_s} s" cites that cloud's page, not one cloud's for all.
inline const QString kServiceSource = QStringLiteral("{candidate.service_source}");

struct ScoringRule
{
    QString id;
    DecisionKind kind = DecisionKind::Compute;
    Condition when;
    QList<Effect> effects;
    QString rationale;
    QString source; // or kServiceSource

    QString pack;
    SourceLocation location;
    bool readsCandidate = false; // evaluated per candidate (team skill in its language...)
};

} // namespace gw
