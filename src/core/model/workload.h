// Workload: a unit of running software (API, worker, job...) described by its need, not its technology.
#pragma once

#include "enumtraits.h"
#include "fielddescriptor.h"
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
    Ownership ownership;           // empty fields: the system's
    std::optional<int> durationMs; // typical time to handle one request or event

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const Workload&) const = default;
};

// The workload's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<Workload>
{
    template<typename W = Workload> static const std::vector<FieldDescriptor<W>>& all()
    {
        static const std::vector<FieldDescriptor<W>> fields =
            FieldListBuilder<W>()
                .add("id", &W::id, {.label = "ID", .required = true})
                .add("name", &W::name, {.label = "name"})
                .add("kind", &W::kind, {.label = "kind", .required = true})
                .add("exposure", &W::exposure, {.label = "exposure"})
                .add("clients", &W::clients, {.label = "clients"})
                .add("traffic.pattern", &W::traffic, &Traffic::pattern, {.label = "traffic pattern"})
                .add("traffic.peak_rps", &W::traffic, &Traffic::peakRps,
                     {.label = "peak RPS", .unit = "rps", .range = FieldRange::atLeast(0)})
                .add("traffic.average_rps", &W::traffic, &Traffic::averageRps,
                     {.label = "average RPS", .unit = "rps", .range = FieldRange::atLeast(0)})
                .add("latency_p99_ms", &W::latencyP99Ms,
                     {.label = "p99 latency", .unit = "ms", .range = FieldRange::above(0)})
                .add("max_duration_s", &W::maxDurationS,
                     {.label = "max duration", .unit = "s", .range = FieldRange::above(0)})
                .add("cpu", &W::cpu, {.label = "CPU"})
                .add("memory_mb", &W::memoryMb,
                     {.label = "memory", .unit = "MB", .range = FieldRange::atLeast(1)})
                .add("gpu", &W::gpu, {.label = "GPU"})
                .add("stateful", &W::stateful, {.label = "stateful"})
                .add("needs_os_control", &W::needsOsControl, {.label = "OS control"})
                .add("legacy", &W::legacy, {.label = "legacy"})
                .add("data_heavy", &W::dataHeavy, {.label = "data heavy"})
                .add("criticality", &W::criticality, {.label = "criticality"})
                .add("handles", &W::handles, {.label = "handled data"})
                .custom("uses", {.label = "dependencies"})
                .add("owner", &W::ownership, &Ownership::owner, {.label = "owner"})
                .add("cost_centre", &W::ownership, &Ownership::costCentre, {.label = "cost centre"})
                .add("duration_ms", &W::durationMs,
                     {.label = "typical duration",
                      .unit = "ms",
                      .range = FieldRange::above(0, 86'400'000),
                      .report = "Typical duration"})
                .take();
        return fields;
    }
};

} // namespace gw
