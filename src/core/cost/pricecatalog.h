// PriceCatalog: the list prices of the services candidates map to, one file a cloud
// (rules/prices/<cloud>.yaml): for each candidate its service, the formula that prices it (a
// PriceModel), the price of each unit, where the price was read and when. Data, like the rule packs:
// a price changes in YAML, never in C++.
#pragma once

#include "../io/diagnostic.h"
#include "../model/enumtraits.h"
#include "../model/system.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace gw {

// The formula a service's prices feed (docs/cost.md gives each one's arithmetic).
enum class PriceModel { Functions, Containers, Vm, Relational, KeyValue, ObjectStorage, Queue };

template<> struct EnumTraits<PriceModel>
{
    static constexpr std::array<std::string_view, 7> names{
        "functions", "containers", "vm", "relational", "key-value", "object-storage", "queue"};
};

// The units a price may be given in, each priced in USD for one unit.
enum class PriceUnit {
    Request,        // a request, execution or operation
    GbSecond,       // a GB (GiB where the provider says so) of memory for a second
    VcpuSecond,     // a vCPU for a second
    VcpuHour,       // a vCPU for an hour
    GbHour,         // a GB of memory for an hour
    InstanceHour,   // the row's instance for an hour
    StorageGbMonth, // a GB stored for a month
    WriteUnit,      // a write of up to writeUnitKb
    ReadUnit,       // a read of up to readUnitKb
    WriteRequest,   // an object storage PUT-class request
    ReadRequest,    // an object storage GET-class request
    Message,        // a billed message of up to messageUnitKb
    GbTransferred,  // a GB of message throughput
    BaseMonth,      // a tier's fixed monthly charge
};

template<> struct EnumTraits<PriceUnit>
{
    static constexpr std::array<std::string_view, 14> names{
        "request",       "gb-second",        "vcpu-second",    "vcpu-hour", "gb-hour",
        "instance-hour", "storage-gb-month", "write-unit",     "read-unit", "write-request",
        "read-request",  "message",          "gb-transferred", "base-month"};
};

using UnitPrices = std::array<std::optional<double>, 14>; // by PriceUnit

struct ServicePrice
{
    QString candidate; // the candidate id this service prices
    QString service;   // "AWS Lambda (x86)"
    PriceModel model = PriceModel::Functions;
    UnitPrices prices;   // USD for one unit
    UnitPrices freeTier; // free units a month: recorded, never subtracted
    // The instance a per-instance price is for (vm, relational); empty type: none given.
    QString instanceType;
    double instanceVcpu = 0;
    double instanceMemoryGb = 0;
    double writeUnitKb = 1;    // the item size one write unit covers (key-value)
    double readUnitKb = 4;     // ... and one read unit
    double messageUnitKb = 64; // the size one billed message covers (queue)
    double standbyFactor = 1;  // what a highly available (standby) deployment multiplies (relational)
    double vcpuPerGb = 0;      // vCPU allotted per GB of memory, where functions bill vCPU-seconds too
    QString source;
    QDate checked;
    SourceLocation location; // where the row stands, for messages

    bool has(PriceUnit unit) const { return prices[static_cast<std::size_t>(unit)].has_value(); }
    double price(PriceUnit unit) const { return prices[static_cast<std::size_t>(unit)].value_or(0.0); }
};

class PriceCatalog
{
public:
    // The built-in prices (rules/prices/*.yaml), read once. A problem in them is a defect of ours: a test
    // holds problems() empty.
    static const PriceCatalog& builtIn();

    // Adds one cloud's file; every problem, positioned, in problems().
    void read(const QByteArray& yaml, const QString& fileName);

    // The price of `candidate` on `cloud`; null when it is not priced there.
    const ServicePrice* find(Cloud cloud, const QString& candidate) const;
    // The region the cloud's prices are for ("us-east-1"); empty when the cloud has no file.
    QString region(Cloud cloud) const;
    QList<const ServicePrice*> services(Cloud cloud) const;
    // The oldest `checked` date of any row: how current the catalog is as a whole.
    QDate oldestCheck() const;
    // A warning for each row checked more than kStaleAfterMonths before `today`, at the row.
    Diagnostics stale(QDate today = QDate::currentDate()) const;
    static constexpr int kStaleAfterMonths = 12;
    const Diagnostics& problems() const { return m_problems; }

private:
    struct CloudPrices
    {
        QString region;
        QList<ServicePrice> services;
    };
    std::array<CloudPrices, 3> m_clouds; // aws, gcp, azure
    Diagnostics m_problems;
    friend class PriceFileReader;
};

} // namespace gw
