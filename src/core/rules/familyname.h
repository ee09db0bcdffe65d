// FamilyName: a family of candidates that code itself reads (a diagram draws a gateway unless the edge
// family is `none`, an exporter writes a function for a `serverless` pick). Families are the rule packs'
// vocabulary: code names one only through the constants below, and a test checks every one of them
// against the built-in catalog (familiesCodeReads(), missingFamilies()), so that a pack that renames a
// family fails that test instead of an export.
#pragma once

#include "../model/decisionkind.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace gw {

class Catalog;

struct FamilyName
{
    DecisionKind kind = DecisionKind::Compute;
    QLatin1StringView name;

    QString text() const { return QString(name); }
};

inline bool operator==(const QString& family, const FamilyName& f)
{
    return family == f.name;
}

namespace families {
inline constexpr FamilyName Vm{DecisionKind::Compute, QLatin1StringView("vm")};
inline constexpr FamilyName Containers{DecisionKind::Compute, QLatin1StringView("containers")};
inline constexpr FamilyName Serverless{DecisionKind::Compute, QLatin1StringView("serverless")};
inline constexpr FamilyName Accelerated{DecisionKind::Compute, QLatin1StringView("accelerated")};
inline constexpr FamilyName StaticHosting{DecisionKind::Compute, QLatin1StringView("static-hosting")};
inline constexpr FamilyName HostedModelApi{DecisionKind::Compute, QLatin1StringView("hosted-model-api")};

inline constexpr FamilyName Rest{DecisionKind::ApiStyle, QLatin1StringView("rest")};
inline constexpr FamilyName GraphQl{DecisionKind::ApiStyle, QLatin1StringView("graphql")};
inline constexpr FamilyName Grpc{DecisionKind::ApiStyle, QLatin1StringView("grpc")};
inline constexpr FamilyName AsyncMessaging{DecisionKind::ApiStyle, QLatin1StringView("async-messaging")};

inline constexpr FamilyName Relational{DecisionKind::Database, QLatin1StringView("relational")};
inline constexpr FamilyName Document{DecisionKind::Database, QLatin1StringView("document")};
inline constexpr FamilyName KeyValue{DecisionKind::Database, QLatin1StringView("key-value")};
inline constexpr FamilyName WideColumn{DecisionKind::Database, QLatin1StringView("wide-column")};
inline constexpr FamilyName Search{DecisionKind::Database, QLatin1StringView("search")};
inline constexpr FamilyName TimeSeries{DecisionKind::Database, QLatin1StringView("time-series")};
inline constexpr FamilyName ObjectStorage{DecisionKind::Database, QLatin1StringView("object-storage")};
inline constexpr FamilyName Graph{DecisionKind::Database, QLatin1StringView("graph")};
inline constexpr FamilyName Cache{DecisionKind::Database, QLatin1StringView("cache")};
inline constexpr FamilyName Analytical{DecisionKind::Database, QLatin1StringView("analytical")};
inline constexpr FamilyName VectorSearch{DecisionKind::Database, QLatin1StringView("vector-search")};

inline constexpr FamilyName Queue{DecisionKind::Messaging, QLatin1StringView("queue")};
inline constexpr FamilyName PubSub{DecisionKind::Messaging, QLatin1StringView("pubsub")};
inline constexpr FamilyName LogStream{DecisionKind::Messaging, QLatin1StringView("log-stream")};

inline constexpr FamilyName SingleRegion{DecisionKind::RegionStrategy, QLatin1StringView("single-region")};
inline constexpr FamilyName MultiAz{DecisionKind::RegionStrategy, QLatin1StringView("multi-az")};
inline constexpr FamilyName ActivePassive{DecisionKind::RegionStrategy, QLatin1StringView("active-passive")};
inline constexpr FamilyName ActiveActive{DecisionKind::RegionStrategy, QLatin1StringView("active-active")};

inline constexpr FamilyName AccountPerEnvironment{DecisionKind::AccountStrategy,
                                                  QLatin1StringView("account-per-environment")};

inline constexpr FamilyName NoEdge{DecisionKind::Edge, QLatin1StringView("none")};
inline constexpr FamilyName ApiGateway{DecisionKind::Edge, QLatin1StringView("api-gateway")};
inline constexpr FamilyName ApiGatewayWithWaf{DecisionKind::Edge, QLatin1StringView("api-gateway-with-waf")};

inline constexpr FamilyName SharedSecrets{DecisionKind::ServiceAuth, QLatin1StringView("shared-secrets")};
} // namespace families

// Every constant of `families`.
const QList<FamilyName>& familiesCodeReads();
// Those of familiesCodeReads() that no candidate of `catalog` belongs to, as "<kind>: <family>".
QStringList missingFamilies(const Catalog& catalog);

} // namespace gw
