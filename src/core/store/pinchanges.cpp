#include "pinchanges.h"

namespace gw {

namespace {

bool samePin(const DecisionLogEntry& a, const DecisionLogEntry& b)
{
    return a.subject == b.subject && a.kind == b.kind && a.choice == b.choice && a.status == b.status &&
           a.reason == b.reason;
}

} // namespace

DecisionLogEntry PinChanges::entryFor(const Decision& d)
{
    DecisionLogEntry e;
    const auto kind = d.subjectKind();
    e.subject = kind ? d.subjectElement() : d.subject;
    e.kind = kind ? enumName(*kind) : QString();
    e.choice = d.choice;
    e.status = static_cast<LoggedStatus>(d.status);
    e.reason = d.reason;
    return e;
}

PinChanges PinChanges::between(const QList<DecisionLogEntry>& current, const Model& saved)
{
    QList<DecisionLogEntry> pins;
    pins.reserve(saved.decisions.size());
    for (const Decision& decision : saved.decisions)
        pins.append(entryFor(decision));

    PinChanges changes;
    QList<bool> pinLogged(pins.size(), false);
    for (qsizetype c = 0; c < current.size(); ++c) {
        bool matched = false;
        for (qsizetype i = 0; i < pins.size() && !matched; ++i) {
            if (!pinLogged[i] && samePin(pins[i], current[c]))
                pinLogged[i] = matched = true;
        }
        if (!matched)
            changes.superseded.append(c);
    }
    for (qsizetype i = 0; i < pins.size(); ++i) {
        if (!pinLogged[i])
            changes.added.append(pins[i]);
    }
    return changes;
}

} // namespace gw
