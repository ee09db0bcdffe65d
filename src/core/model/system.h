// System: what the model is about as a whole (name, stage, cloud, regions, availability).
#pragma once

#include "enumtraits.h"
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

} // namespace gw
