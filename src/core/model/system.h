// System: what the model is about as a whole (name, stage, cloud, regions, availability, tenants).
#pragma once

#include "assumptions.h"
#include "enumtraits.h"
#include "fielddescriptor.h"
#include "ownership.h"

#include <QStringList>

#include <optional>

namespace gw {

enum class Stage { Early, Growth, Established };
template<> struct EnumTraits<Stage>
{
    static constexpr std::array<std::string_view, 3> names{"early", "growth", "established"};
};

enum class Cloud { Aws, Gcp, Azure, Any };
template<> struct EnumTraits<Cloud>
{
    static constexpr std::array<std::string_view, 4> names{"aws", "gcp", "azure", "any"};
};

// How far apart a multi-tenant system must keep its tenants: what the customers accept or require.
enum class TenantIsolation { Standard, Tiered, Strict };
template<> struct EnumTraits<TenantIsolation>
{
    static constexpr std::array<std::string_view, 3> names{"standard", "tiered", "strict"};
};

struct System
{
    static constexpr double kDefaultAvailability = 99.9;

    QString name;
    QString description;
    Stage stage = Stage::Growth;
    Cloud cloud = Cloud::Any;
    QStringList regions;                              // the first is the primary region
    double availabilityTarget = kDefaultAvailability; // percent
    std::optional<int> rtoMinutes;
    std::optional<int> rpoMinutes;
    Ownership ownership;        // the default for every element
    std::optional<int> tenants; // customer organisations one deployment serves; unset: not said
    TenantIsolation tenantIsolation = TenantIsolation::Standard;
    Assumptions assumptions; // the cost estimate's, where the team knows better

    bool operator==(const System&) const = default;
};

// The system's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<System>
{
    template<typename S = System> static const std::vector<FieldDescriptor<S>>& all()
    {
        static const std::vector<FieldDescriptor<S>> fields =
            FieldListBuilder<S>()
                .add("name", &S::name,
                     {.label = "name",
                      .required = true,
                      .help = "Name of the system, shown in reports and diagrams. Required."})
                .add("description", &S::description,
                     {.label = "description",
                      .help = "One or two sentences on what the system does. Optional."})
                .add("stage", &S::stage,
                     {.label = "stage",
                      .help = "Maturity of the product: early favours speed and simplicity, established "
                              "favours reliability and cost. Default growth."})
                .add("cloud", &S::cloud,
                     {.label = "cloud",
                      .help = "Cloud provider the system runs on; any keeps every provider's services in the "
                              "running. Default any."})
                .add("regions", &S::regions,
                     {.label = "regions",
                      .help = "Regions the system runs in, primary first. Default: none named."})
                .add("availability_target", &S::availabilityTarget,
                     {.label = "availability target",
                      .unit = "%",
                      .range = FieldRange::between(90.0, 99.9999),
                      .help = "Availability objective in percent, from 90 to 99.9999. Default 99.9."})
                .add("rto_minutes", &S::rtoMinutes,
                     {.label = "RTO",
                      .unit = "minutes",
                      .range = FieldRange::between(0, 525'600),
                      .help = "Recovery time objective: how long, in minutes, an outage may last before "
                              "service is restored. Optional."})
                .add("rpo_minutes", &S::rpoMinutes,
                     {.label = "RPO",
                      .unit = "minutes",
                      .range = FieldRange::between(0, 525'600),
                      .help = "Recovery point objective: how many minutes of recent writes may be lost in a "
                              "disaster. Optional."})
                .add("owner", &S::ownership, &Ownership::owner,
                     {.label = "owner",
                      .help = "Who answers for it (a team or a person); exported as a tag or label on every "
                              "resource. The default for every element. Optional."})
                .add("cost_centre", &S::ownership, &Ownership::costCentre,
                     {.label = "cost centre",
                      .help = "The cost centre that pays for it, as finance spells it; exported as a tag or "
                              "label on every resource. The default for every element. Optional."})
                .add("tenants", &S::tenants,
                     {.label = "tenants",
                      .range = FieldRange::between(0, 10'000'000),
                      .help = "Customer organisations (tenants) one deployment serves, from 0 to 10000000; 2 "
                              "or more makes it a multi-tenant system, which gets a tenancy decision. "
                              "Optional."})
                .add("tenant_isolation", &S::tenantIsolation,
                     {.label = "tenant isolation",
                      .help = "What the tenants accept: standard (logical isolation: a tenant id on every "
                              "row, shared infrastructure), tiered (a premium tier buys dedicated "
                              "resources) or strict (contracts or regulation keep every tenant's data and "
                              "resources apart). Default standard."})
                .add("assumptions.rps_per_vcpu", &S::assumptions, &Assumptions::rpsPerVcpu,
                     {.label = "requests a second per vCPU",
                      .unit = "rps",
                      .range = FieldRange::above(0, 1'000'000),
                      .help = "Requests a second one vCPU serves at a healthy utilisation in this system's "
                              "stack, for a medium-CPU workload (low CPU serves twice as many, high half as "
                              "many); sizes containers and VMs in the cost estimate. Optional; unset, 100 "
                              "(50 to 200)."})
                .add("assumptions.average_share_of_peak", &S::assumptions, &Assumptions::averageShareOfPeak,
                     {.label = "average share of peak",
                      .range = FieldRange::above(0, 1),
                      .help = "Average load as a share of the peak, where a workload, data store or channel "
                              "gives only its peak; above 0 and at most 1. Optional; unset, 0.3 (0.15 to "
                              "0.5)."})
                .add("assumptions.standby_share", &S::assumptions, &Assumptions::standbyShare,
                     {.label = "warm standby share",
                      .range = FieldRange::between(0, 1),
                      .help = "Share of production's compute and messaging a warm standby region keeps "
                              "running (its databases are full replicas), from 0 to 1. Optional; unset, 0.3 "
                              "(0.2 to 0.5)."})
                .take();
        return fields;
    }
};

} // namespace gw
