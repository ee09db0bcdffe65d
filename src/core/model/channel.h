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
                .add("id", &C::id,
                     {.label = "ID",
                      .required = true,
                      .help =
                          "Identifier of the channel, unique across workloads, data and channels. Required."})
                .add("name", &C::name, {.label = "name", .help = "Display name. Default: the id."})
                .add("kind", &C::kind,
                     {.label = "kind",
                      .required = true,
                      .help = "queue: each message to one consumer; topic: each message to every subscriber; "
                              "stream: a retained, replayable log. Required."})
                .add(
                    "ordering", &C::ordering,
                    {.label = "ordering", .help = "Order in which messages must be delivered. Default none."})
                .add("delivery", &C::delivery,
                     {.label = "delivery",
                      .help = "Delivery guarantee consumers rely on. Default at-least-once."})
                .add("peak_msgs_s", &C::peakMsgsS,
                     {.label = "peak messages",
                      .unit = "msgs/s",
                      .range = FieldRange::between(0, 1'000'000'000),
                      .help = "Messages per second at peak. Optional."})
                .add("retention_hours", &C::retentionHours,
                     {.label = "retention",
                      .unit = "hours",
                      .range = FieldRange::between(0, 876'000),
                      .help = "How long messages are kept, in hours. Optional."})
                .add("replay", &C::replay,
                     {.label = "replay",
                      .help = "Consumers must be able to re-read past messages. Default false."})
                .add("owner", &C::ownership, &Ownership::owner,
                     {.label = "owner",
                      .help = "Who answers for it (a team or a person); exported as a tag or label on every "
                              "resource. Default: the system's. Optional."})
                .add("cost_centre", &C::ownership, &Ownership::costCentre,
                     {.label = "cost centre",
                      .help = "The cost centre that pays for it, as finance spells it; exported as a tag or "
                              "label on every resource. Default: the system's. Optional."})
                .take();
        return fields;
    }
};

} // namespace gw
