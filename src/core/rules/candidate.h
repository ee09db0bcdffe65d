// Candidate: one technology a decision can pick (functions, postgresql, canary...), its family, what it
// is called on each cloud, and its base score for each quality with the reason for it.
#pragma once

#include "../io/diagnostic.h"
#include "../model/decisionkind.h"
#include "../model/priorities.h"
#include "../model/system.h"
#include "cloudoffering.h"

#include <QString>

#include <array>

namespace gw {

inline constexpr std::size_t kQualityCount = enumCount<Quality>();

// Scores are kept in tenths (0..100 for 0..10) so that sums and comparisons are exact.
struct AttributeScore
{
    int tenths = 0;
    QString rationale;
    QString source; // empty: the candidate's source
    SourceLocation location;
    bool given = false; // written in the pack (an override may give only some)
};

struct ServiceNames
{
    QString aws;
    QString gcp;
    QString azure;

    // The name on `cloud`; for Cloud::Any, all three ("AWS Lambda / Cloud Run functions / Azure Functions").
    QString on(Cloud cloud) const;
    bool operator==(const ServiceNames&) const = default;
};

struct Candidate
{
    QString id;
    DecisionKind kind = DecisionKind::Compute;
    QString family;
    QString label;
    QString summary;
    ServiceNames services;
    CloudOfferings offerings; // status, limits and features on each cloud
    // The team skills it relies on (`kubernetes`, `postgresql`): `candidate.skill` is the team's best
    // among them. A language candidate relies on its language.
    QStringList skills;
    QString source; // the default source of its scores
    std::array<AttributeScore, kQualityCount> scores;

    QString pack;
    SourceLocation location;

    const AttributeScore& score(Quality q) const { return scores[static_cast<std::size_t>(q)]; }
    // Its offering on `cloud`; null for Cloud::Any.
    const CloudOffering* offering(Cloud cloud) const
    {
        return cloud == Cloud::Any ? nullptr : &offerings[static_cast<std::size_t>(cloud)];
    }
    // Whether the system's cloud still offers it to new customers (on `any`: some cloud does).
    bool openForNewWork(Cloud cloud) const;
    QString displayLabel() const { return label.isEmpty() ? id : label; }
    // The language a language candidate stands for (its family); empty for other kinds.
    QString language() const { return kind == DecisionKind::Language ? family : QString(); }
    // The skill keys of `skills`, and a language candidate's language.
    QStringList skillKeys() const;
};

} // namespace gw
