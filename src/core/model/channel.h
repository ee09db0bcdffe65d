// Channel: an asynchronous messaging path; producers and consumers are the workloads that use it.
#pragma once

#include "enumtraits.h"
#include "ownership.h"

#include <QString>

#include <optional>

namespace gw {

enum class ChannelKind { Queue, Topic, Stream };
template<> struct EnumTraits<ChannelKind>
{
    static constexpr std::array<std::string_view, 3> names{"queue", "topic", "stream"};
};

enum class Ordering { None, PerKey, Total };
template<> struct EnumTraits<Ordering>
{
    static constexpr std::array<std::string_view, 3> names{"none", "per-key", "total"};
};

enum class Delivery { AtMostOnce, AtLeastOnce, ExactlyOnce };
template<> struct EnumTraits<Delivery>
{
    static constexpr std::array<std::string_view, 3> names{"at-most-once", "at-least-once", "exactly-once"};
};

struct Channel
{
    QString id;
    QString name;
    ChannelKind kind = ChannelKind::Queue;
    Ordering ordering = Ordering::None;
    Delivery delivery = Delivery::AtLeastOnce;
    std::optional<double> peakMsgsS;
    std::optional<double> retentionHours;
    bool replay = false;
    Ownership ownership; // empty fields: the system's

    QString displayName() const { return name.isEmpty() ? id : name; }

    bool operator==(const Channel&) const = default;
};

} // namespace gw
