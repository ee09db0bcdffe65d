// System: what the model is about as a whole (name, stage, cloud, regions, availability).
#pragma once

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
    Ownership ownership; // the default for every element

    bool operator==(const System&) const = default;
};

// The system's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<System>
{
    template<typename S = System> static const std::vector<FieldDescriptor<S>>& all()
    {
        static const std::vector<FieldDescriptor<S>> fields =
            FieldListBuilder<S>()
                .add("name", &S::name, {.label = "name", .required = true})
                .add("description", &S::description, {.label = "description"})
                .add("stage", &S::stage, {.label = "stage"})
                .add("cloud", &S::cloud, {.label = "cloud"})
                .add("regions", &S::regions, {.label = "regions"})
                .add("availability_target", &S::availabilityTarget,
                     {.label = "availability target",
                      .unit = "%",
                      .range = FieldRange::between(90.0, 99.9999)})
                .add("rto_minutes", &S::rtoMinutes,
                     {.label = "RTO", .unit = "minutes", .range = FieldRange::atLeast(0)})
                .add("rpo_minutes", &S::rpoMinutes,
                     {.label = "RPO", .unit = "minutes", .range = FieldRange::atLeast(0)})
                .add("owner", &S::ownership, &Ownership::owner, {.label = "owner"})
                .add("cost_centre", &S::ownership, &Ownership::costCentre, {.label = "cost centre"})
                .take();
        return fields;
    }
};

} // namespace gw
