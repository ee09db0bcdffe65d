// DataStore: data the system keeps, described by its shape and access pattern, not by a product.
#pragma once

#include "enumtraits.h"
#include "fielddescriptor.h"
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
    Analytical,
    Vector
};
template<> struct EnumTraits<DataShape>
{
    static constexpr std::array<std::string_view, 11> names{
        "relational", "document", "key-value", "wide-column", "time-series", "blob",
        "search",     "graph",    "cache",     "analytical",  "vector"};
};

enum class QueryKind {
    PointLookup,
    RangeScan,
    Joins,
    Aggregation,
    FullText,
    Geo,
    GraphTraversal,
    VectorSimilarity
};
template<> struct EnumTraits<QueryKind>
{
    static constexpr std::array<std::string_view, 8> names{"point-lookup",    "range-scan",       "joins",
                                                           "aggregation",     "full-text",        "geo",
                                                           "graph-traversal", "vector-similarity"};
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
    bool shapeFlexible = false; // another data model than `shape` is acceptable
    std::optional<double> sizeGb;
    std::optional<double> growthGbMonth;
    std::optional<double> itemSizeKb;
    std::optional<double> peakOps;
    QString residency; // region or jurisdiction; empty when free
    bool multiRegion = false;
    Sensitivity sensitivity = Sensitivity::Internal;
    std::optional<int> retentionDays;
    Ownership ownership;              // empty fields: the system's
    std::optional<double> averageOps; // reads plus writes a second on average; unset: a share of the peak

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const DataStore&) const = default;
};

// The data store's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<DataStore>
{
    template<typename D = DataStore> static const std::vector<FieldDescriptor<D>>& all()
    {
        static const std::vector<FieldDescriptor<D>> fields =
            FieldListBuilder<D>()
                .add("id", &D::id,
                     {.label = "ID",
                      .required = true,
                      .help = "Identifier of the data store, unique across workloads, data and channels. "
                              "Required."})
                .add("name", &D::name, {.label = "name", .help = "Display name. Default: the id."})
                .add("shape", &D::shape,
                     {.label = "shape",
                      .required = true,
                      .help = "The data model that fits the data. Required."})
                .add("queries", &D::queries,
                     {.label = "queries", .help = "Kinds of query run against it. Default: none said."})
                .add("consistency", &D::consistency,
                     {.label = "consistency", .help = "Consistency readers need. Default strong."})
                .add("transactions", &D::transactions,
                     {.label = "transactions",
                      .help = "Scope of the atomic writes it needs. Default single-record."})
                .add("read_write_ratio", &D::readWriteRatio,
                     {.label = "read/write ratio",
                      .range = FieldRange::above(0),
                      .help = "Reads per write, above 0. Default 1."})
                .add("tolerates_stale_reads", &D::toleratesStaleReads,
                     {.label = "stale reads",
                      .help = "Readers accept slightly old data (replicas, caches). Default false."})
                .add("size_gb", &D::sizeGb,
                     {.label = "size",
                      .unit = "GB",
                      .range = FieldRange::between(0, 1'000'000'000),
                      .help = "Current size in GB. Optional."})
                .add("growth_gb_month", &D::growthGbMonth,
                     {.label = "growth",
                      .unit = "GB/month",
                      .range = FieldRange::between(0, 1'000'000'000),
                      .help = "Growth in GB per month. Optional."})
                .add("item_size_kb", &D::itemSizeKb,
                     {.label = "item size",
                      .unit = "KB",
                      .range = FieldRange::above(0, 5'000'000'000),
                      .help = "Typical size of one record or object in KB, above 0. Optional."})
                .add("peak_ops", &D::peakOps,
                     {.label = "peak operations",
                      .unit = "ops/s",
                      .range = FieldRange::between(0, 1'000'000'000),
                      .help = "Reads plus writes per second at peak. Optional."})
                .add("residency", &D::residency,
                     {.label = "residency",
                      .help = "Region or jurisdiction the data must stay in, e.g. eu. Optional."})
                .add("multi_region", &D::multiRegion,
                     {.label = "multi-region",
                      .help = "Must be readable and writable in several regions. Default false."})
                .add("sensitivity", &D::sensitivity,
                     {.label = "sensitivity",
                      .help = "Most sensitive class of data it holds. Default internal."})
                .add("retention_days", &D::retentionDays,
                     {.label = "retention",
                      .unit = "days",
                      .range = FieldRange::between(0, 36'500),
                      .help = "How long records are kept, in days. Optional."})
                .add("owner", &D::ownership, &Ownership::owner,
                     {.label = "owner",
                      .help = "Who answers for it (a team or a person); exported as a tag or label on every "
                              "resource. Default: the system's. Optional."})
                .add("cost_centre", &D::ownership, &Ownership::costCentre,
                     {.label = "cost centre",
                      .help = "The cost centre that pays for it, as finance spells it; exported as a tag or "
                              "label on every resource. Default: the system's. Optional."})
                .add("shape_flexible", &D::shapeFlexible,
                     {.label = "other shapes",
                      .help = "Another data model than the shape would do, so the database decision may "
                              "pick another family. Default false: the shape is a requirement."})
                .add("average_ops", &D::averageOps,
                     {.label = "average operations",
                      .unit = "ops/s",
                      .range = FieldRange::between(0, 1'000'000'000),
                      .report = "Average operations/s",
                      .help = "Reads plus writes per second on average, which the cost estimate prices; "
                              "should not exceed peak_ops. Optional; unset, a share of peak_ops (system "
                              "assumptions.average_share_of_peak, 0.3 when not given)."})
                .take();
        return fields;
    }
};

} // namespace gw
