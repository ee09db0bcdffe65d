// DataStore: data the system keeps, described by its shape and access pattern, not by a product.
#pragma once

#include "enumtraits.h"
#include "ownership.h"

#include <QList>
#include <QString>

#include <optional>

namespace gw {

enum class DataShape {
    Relational,
    Document,
    KeyValue,
    WideColumn,
    TimeSeries,
    Blob,
    Search,
    Graph,
    Cache,
    Analytical
};
template<> struct EnumTraits<DataShape>
{
    static constexpr std::array<std::string_view, 10> names{
        "relational", "document", "key-value", "wide-column", "time-series",
        "blob",       "search",   "graph",     "cache",       "analytical"};
};

enum class QueryKind { PointLookup, RangeScan, Joins, Aggregation, FullText, Geo, GraphTraversal };
template<> struct EnumTraits<QueryKind>
{
    static constexpr std::array<std::string_view, 7> names{
        "point-lookup", "range-scan", "joins", "aggregation", "full-text", "geo", "graph-traversal"};
};

enum class Consistency { Strong, ReadYourWrites, Eventual };
template<> struct EnumTraits<Consistency>
{
    static constexpr std::array<std::string_view, 3> names{"strong", "read-your-writes", "eventual"};
};

enum class Transactions { None, SingleRecord, MultiRecord };
template<> struct EnumTraits<Transactions>
{
    static constexpr std::array<std::string_view, 3> names{"none", "single-record", "multi-record"};
};

enum class Sensitivity { Public, Internal, Pii, Payment, Health };
template<> struct EnumTraits<Sensitivity>
{
    static constexpr std::array<std::string_view, 5> names{"public", "internal", "pii", "payment", "health"};
};

struct DataStore
{
    static constexpr double kDefaultReadWriteRatio = 1.0;

    QString id;
    QString name;
    DataShape shape = DataShape::Relational;
    QList<QueryKind> queries;
    Consistency consistency = Consistency::Strong;
    Transactions transactions = Transactions::SingleRecord;
    double readWriteRatio = kDefaultReadWriteRatio; // reads per write
    bool toleratesStaleReads = false;
    std::optional<double> sizeGb;
    std::optional<double> growthGbMonth;
    std::optional<double> itemSizeKb;
    std::optional<double> peakOps;
    QString residency; // region or jurisdiction; empty when free
    bool multiRegion = false;
    Sensitivity sensitivity = Sensitivity::Internal;
    std::optional<int> retentionDays;
    Ownership ownership; // empty fields: the system's

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const DataStore&) const = default;
};

} // namespace gw
