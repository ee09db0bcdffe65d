// Workload: a unit of running software (API, worker, job...) described by its need, not its technology.
#pragma once

#include "enumtraits.h"
#include "ownership.h"

#include <QList>
#include <QString>

#include <optional>

namespace gw {

enum class WorkloadKind { Api, Web, Worker, Batch, Stream, EventHandler, Scheduled, MlInference };
template<> struct EnumTraits<WorkloadKind>
{
    static constexpr std::array<std::string_view, 8> names{
        "api", "web", "worker", "batch", "stream", "event-handler", "scheduled", "ml-inference"};
};

enum class Exposure { Public, Partner, Internal };
template<> struct EnumTraits<Exposure>
{
    static constexpr std::array<std::string_view, 3> names{"public", "partner", "internal"};
};

enum class ClientKind { Browser, Mobile, Partner, Service };
template<> struct EnumTraits<ClientKind>
{
    static constexpr std::array<std::string_view, 4> names{"browser", "mobile", "partner", "service"};
};

enum class TrafficPattern { Steady, Bursty, Unpredictable, Scheduled };
template<> struct EnumTraits<TrafficPattern>
{
    static constexpr std::array<std::string_view, 4> names{"steady", "bursty", "unpredictable", "scheduled"};
};

enum class Level { Low, Medium, High };
template<> struct EnumTraits<Level>
{
    static constexpr std::array<std::string_view, 3> names{"low", "medium", "high"};
};

enum class Criticality { Low, Medium, High, Critical };
template<> struct EnumTraits<Criticality>
{
    static constexpr std::array<std::string_view, 4> names{"low", "medium", "high", "critical"};
};

enum class HandledData { Pii, Payment, Health, Secrets };
template<> struct EnumTraits<HandledData>
{
    static constexpr std::array<std::string_view, 4> names{"pii", "payment", "health", "secrets"};
};

enum class UseMode { Sync, Async, Publish, Consume };
template<> struct EnumTraits<UseMode>
{
    static constexpr std::array<std::string_view, 4> names{"sync", "async", "publish", "consume"};
};

enum class Access { Read, Write, ReadWrite };
template<> struct EnumTraits<Access>
{
    static constexpr std::array<std::string_view, 3> names{"read", "write", "read-write"};
};

struct Traffic
{
    TrafficPattern pattern = TrafficPattern::Steady;
    std::optional<double> peakRps;
    std::optional<double> averageRps;

    bool operator==(const Traffic&) const = default;
};

// A dependency: the target is a workload, data store or channel id.
struct Use
{
    QString to;
    UseMode mode = UseMode::Sync;
    Access access = Access::ReadWrite;

    bool operator==(const Use&) const = default;
};

struct Workload
{
    static constexpr int kDefaultMemoryMb = 512;

    QString id;
    QString name; // empty: shown as the id
    WorkloadKind kind = WorkloadKind::Api;
    Exposure exposure = Exposure::Internal;
    QList<ClientKind> clients{ClientKind::Service};
    Traffic traffic;
    std::optional<double> latencyP99Ms;
    std::optional<double> maxDurationS;
    Level cpu = Level::Medium;
    int memoryMb = kDefaultMemoryMb;
    bool gpu = false;
    bool stateful = false;
    bool needsOsControl = false;
    bool legacy = false;
    bool dataHeavy = false;
    Criticality criticality = Criticality::Medium;
    QList<HandledData> handles;
    QList<Use> uses;
    Ownership ownership; // empty fields: the system's

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const Workload&) const = default;
};

} // namespace gw
