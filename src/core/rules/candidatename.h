// CandidateName: a candidate that code itself reads, where a family is not precise enough (the Compose
// and Kubernetes exports start MySQL rather than PostgreSQL for a `mysql` pick; Terraform puts a CDN in
// front for `cdn-gateway-waf`). Like families, candidates are the rule packs' vocabulary: code names one
// only through the constants below, and the catalog is checked against them when it is loaded
// (RulePackLoader) and in a test, so that a pack that renames one is told so instead of exporting the
// wrong thing.
#pragma once

#include "../model/decisionkind.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace gw {

class Catalog;

struct CandidateName
{
    DecisionKind kind = DecisionKind::Compute;
    QLatin1StringView id;

    QString text() const { return QString(id); }
};

inline bool operator==(const QString& candidate, const CandidateName& c)
{
    return candidate == c.id;
}

namespace candidates {
inline constexpr CandidateName Kubernetes{DecisionKind::Compute, QLatin1StringView("kubernetes")};
inline constexpr CandidateName ManagedContainers{DecisionKind::Compute,
                                                 QLatin1StringView("managed-containers")};
inline constexpr CandidateName MySql{DecisionKind::Database, QLatin1StringView("mysql")};
inline constexpr CandidateName PgVector{DecisionKind::Database, QLatin1StringView("pgvector")};
inline constexpr CandidateName CdnGatewayWaf{DecisionKind::Edge, QLatin1StringView("cdn-gateway-waf")};
// The cost estimate prices a second region by the region strategy (docs/cost.md).
inline constexpr CandidateName WarmStandby{DecisionKind::RegionStrategy, QLatin1StringView("warm-standby")};
inline constexpr CandidateName PilotLight{DecisionKind::RegionStrategy, QLatin1StringView("pilot-light")};
} // namespace candidates

// Every constant of `candidates`.
const QList<CandidateName>& candidatesCodeReads();
// Those of candidatesCodeReads() that `catalog` lacks, or holds under another decision kind, as
// "<kind>: <id>".
QStringList missingCandidates(const Catalog& catalog);

} // namespace gw
