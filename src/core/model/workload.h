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
    Ownership ownership;              // empty fields: the system's
    std::optional<int> durationMs;    // typical time to handle one request or event
    std::optional<int> minInstances;  // kept running without traffic; unset: the kind's usual number
    bool staticSite = false;          // a web workload built into files, with no server code per request
    bool foundationModel = false;     // calls a provider's foundation model instead of serving its own
    std::optional<int> workflowSteps; // the steps of the business process it coordinates

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
                .add(
                    "id", &W::id,
                    {.label = "ID",
                     .required = true,
                     .help =
                         "Identifier of the workload, unique across workloads, data and channels. Required."})
                .add("name", &W::name, {.label = "name", .help = "Display name. Default: the id."})
                .add("kind", &W::kind,
                     {.label = "kind", .required = true, .help = "What sort of workload this is. Required."})
                .add("exposure", &W::exposure,
                     {.label = "exposure",
                      .help = "Who can reach it: the internet, partners, or only other workloads. Default "
                              "internal."})
                .add("clients", &W::clients,
                     {.label = "clients", .help = "Kinds of client that call it. Default [service]."})
                .add("traffic.pattern", &W::traffic, &Traffic::pattern,
                     {.label = "traffic pattern", .help = "Shape of the load over time. Default steady."})
                .add("traffic.peak_rps", &W::traffic, &Traffic::peakRps,
                     {.label = "peak RPS",
                      .unit = "rps",
                      .range = FieldRange::between(0, 100'000'000),
                      .help = "Requests (or events) per second at peak. Optional."})
                .add(
                    "traffic.average_rps", &W::traffic, &Traffic::averageRps,
                    {.label = "average RPS",
                     .unit = "rps",
                     .range = FieldRange::between(0, 100'000'000),
                     .help =
                         "Requests (or events) per second on average; should not exceed peak_rps. Optional."})
                .add("latency_p99_ms", &W::latencyP99Ms,
                     {.label = "p99 latency",
                      .unit = "ms",
                      .range = FieldRange::above(0, 3'600'000),
                      .help = "Target 99th-percentile response time in milliseconds, above 0. Optional."})
                .add("max_duration_s", &W::maxDurationS,
                     {.label = "max duration",
                      .unit = "s",
                      .range = FieldRange::above(0, 31'536'000),
                      .help = "Longest single request or job run in seconds, above 0. Optional."})
                .add("cpu", &W::cpu, {.label = "CPU", .help = "How much CPU it needs. Default medium."})
                .add("memory_mb", &W::memoryMb,
                     {.label = "memory",
                      .unit = "MB",
                      .range = FieldRange::between(1, 33'554'432),
                      .help = "Memory per instance in MiB, at least 1. Default 512."})
                .add("gpu", &W::gpu,
                     {.label = "GPU", .help = "Needs a GPU or other accelerator. Default false."})
                .add("stateful", &W::stateful,
                     {.label = "stateful",
                      .help = "Keeps state in memory or on local disk between requests. Default false."})
                .add("needs_os_control", &W::needsOsControl,
                     {.label = "OS control",
                      .help = "Needs a custom kernel, host agents or OS tuning. Default false."})
                .add("legacy", &W::legacy,
                     {.label = "legacy",
                      .help = "Existing software that cannot be changed much. Default false."})
                .add("data_heavy", &W::dataHeavy,
                     {.label = "data heavy",
                      .help = "Dominated by database work, so ORM and driver quality matter. Default false."})
                .add("criticality", &W::criticality,
                     {.label = "criticality", .help = "Business impact when it is down. Default medium."})
                .add("handles", &W::handles,
                     {.label = "handled data", .help = "Sensitive data it processes. Default: none."})
                .custom("uses", {.label = "dependencies"})
                .add("owner", &W::ownership, &Ownership::owner,
                     {.label = "owner",
                      .help = "Who answers for it (a team or a person); exported as a tag or label on every "
                              "resource. Default: the system's. Optional."})
                .add("cost_centre", &W::ownership, &Ownership::costCentre,
                     {.label = "cost centre",
                      .help = "The cost centre that pays for it, as finance spells it; exported as a tag or "
                              "label on every resource. Default: the system's. Optional."})
                .add("duration_ms", &W::durationMs,
                     {.label = "typical duration",
                      .unit = "ms",
                      .range = FieldRange::above(0, 86'400'000),
                      .report = "Typical duration",
                      .help = "Typical time to handle one request or event, in milliseconds, above 0 and at "
                              "most 86400000 (a day). Optional."})
                .add("min_instances", &W::minInstances,
                     {.label = "minimum instances",
                      .range = FieldRange::between(0, 10'000),
                      .report = "Minimum instances",
                      .help =
                          "Instances kept running even without traffic, from 0 (scale to zero) to 10000. "
                          "Optional; unset, the kind's usual number (one for a service, none for a job)."})
                .add("static_site", &W::staticSite,
                     {.label = "static site",
                      .report = "Static site",
                      .help = "A web workload built into files (a single-page app or a generated site) that "
                              "needs no server code at request time. Default false."})
                .add("foundation_model", &W::foundationModel,
                     {.label = "foundation model",
                      .report = "Foundation model",
                      .help = "The workload calls a hosted foundation model (a large language or embedding "
                              "model) rather than serving a model the team trained. Default false."})
                .add("workflow_steps", &W::workflowSteps,
                     {.label = "workflow steps",
                      .range = FieldRange::between(1, 1000),
                      .report = "Workflow steps",
                      .help = "Steps of the multi-step business process the workload coordinates, each of "
                              "which must complete, be retried or be compensated (an order saga, an approval "
                              "flow), from 1 to 1000. Three or more get a workflow-orchestration decision. "
                              "Optional."})
                .take();
        return fields;
    }
};

} // namespace gw
