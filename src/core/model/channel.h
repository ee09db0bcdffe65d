// Channel: an asynchronous messaging path; producers and consumers are the workloads that use it.
#pragma once

#include "enumtraits.h"
#include "fielddescriptor.h"
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

// The channel's fields in the format's order; new ones go at the end (see FieldsOf).
template<> struct FieldsOf<Channel>
{
    template<typename C = Channel> static const std::vector<FieldDescriptor<C>>& all()
    {
        static const std::vector<FieldDescriptor<C>> fields =
            FieldListBuilder<C>()
                .add("id", &C::id, {.label = "ID", .required = true})
                .add("name", &C::name, {.label = "name"})
                .add("kind", &C::kind, {.label = "kind", .required = true})
                .add("ordering", &C::ordering, {.label = "ordering"})
                .add("delivery", &C::delivery, {.label = "delivery"})
                .add("peak_msgs_s", &C::peakMsgsS,
                     {.label = "peak messages", .unit = "msgs/s", .range = FieldRange::atLeast(0)})
                .add("retention_hours", &C::retentionHours,
                     {.label = "retention", .unit = "hours", .range = FieldRange::atLeast(0)})
                .add("replay", &C::replay, {.label = "replay"})
                .add("owner", &C::ownership, &Ownership::owner, {.label = "owner"})
                .add("cost_centre", &C::ownership, &Ownership::costCentre, {.label = "cost centre"})
                .take();
        return fields;
    }
};

} // namespace gw
