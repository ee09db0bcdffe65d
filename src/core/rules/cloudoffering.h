// CloudOffering: what a candidate is on one cloud beyond its name: whether the provider still takes
// new customers for it, its hard limits and the features a rule may ask for, with the date someone
// last checked them against the provider's page. Vetoes read the limits; nothing here is prose.
#pragma once

#include "../model/enumtraits.h"
#include "../model/system.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace gw {

// `closed-to-new` and `retiring` services are never recommended for new work (the engine vetoes them)
// and are flagged when a model pins them.
enum class Lifecycle { Ga, Preview, ClosedToNew, Retiring };
template<> struct EnumTraits<Lifecycle>
{
    static constexpr std::array<std::string_view, 4> names{"ga", "preview", "closed-to-new", "retiring"};
};

// The limits a pack may give a service, by name. A missing limit is no limit.
//   max_duration_s          one invocation or task, for event-driven and background work
//   max_request_duration_s  one request of request/response work (api, web, ml-inference), when it differs
//   max_memory_mb           one instance or task
//   max_item_kb             one stored item or row
//   max_payload_kb          one request or message body
//   max_throughput          messages or operations per second for one resource
inline constexpr std::array<std::string_view, 6> kServiceLimitNames{
    "max_duration_s", "max_request_duration_s", "max_memory_mb",
    "max_item_kb",    "max_payload_kb",         "max_throughput"};

// The features a pack may say a service has (`features: [replay, ordering]`).
inline constexpr std::array<std::string_view, 6> kServiceFeatureNames{
    "replay", "ordering", "exactly-once", "dead-letter", "gpu", "scale-to-zero"};

struct CloudOffering
{
    Lifecycle status = Lifecycle::Ga;
    QDate effective;   // closed-to-new or retiring: from when
    QString successor; // closed-to-new or retiring: what the provider points new work to
    QDate checked;     // when the entry was last compared with `source`
    QString source;    // the provider's page for status, limits and features
    QMap<QString, double> limits;
    QStringList features;

    bool openForNewWork() const { return status == Lifecycle::Ga || status == Lifecycle::Preview; }
    std::optional<double> limit(const QString& name) const
    {
        const auto it = limits.constFind(name);
        return it == limits.constEnd() ? std::nullopt : std::optional<double>(*it);
    }
    bool operator==(const CloudOffering&) const = default;
};

// One offering per concrete cloud, in Cloud's order (aws, gcp, azure).
using CloudOfferings = std::array<CloudOffering, 3>;

inline constexpr std::array<Cloud, 3> kConcreteClouds{Cloud::Aws, Cloud::Gcp, Cloud::Azure};

} // namespace gw
