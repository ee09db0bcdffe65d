// DecisionLogEntry: one pin as the project recorded it (who chose what for which decision, and why), kept
// after the pin changes so a review months later can see how a decision evolved. Read by the ADR export.
#pragma once

#include "../model/enumtraits.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gw {

// A pin's statuses as in the model, plus Superseded: a later save changed or removed the pin.
enum class LoggedStatus { Proposed, Accepted, Rejected, Superseded };
template<> struct EnumTraits<LoggedStatus>
{
    static constexpr std::array<std::string_view, 4> names{"proposed", "accepted", "rejected", "superseded"};
};

struct DecisionLogEntry
{
    QString subject; // element id or "system" (the whole subject when the model's subject was malformed)
    QString kind;    // decision kind as spelled in the format ("language"); empty when malformed
    QString choice;
    LoggedStatus status = LoggedStatus::Accepted;
    QString reason;
    QDateTime time;           // when a save first recorded the pin (UTC)
    QDateTime supersededTime; // when a later save changed or removed it; invalid while current

    bool operator==(const DecisionLogEntry&) const = default;
};

using DecisionLog = QList<DecisionLogEntry>; // oldest first

} // namespace gw
