// ModelDiff: what changed between two models: elements added and removed, and each changed field with
// its old and new value, section by section in the format's order.
#pragma once

#include "../model/model.h"

namespace gw {

struct FieldChange
{
    QString field;  // format key, "traffic.peak_rps"
    QString before; // "" when unset
    QString after;

    bool operator==(const FieldChange&) const = default;
};

struct ElementChange
{
    enum class Kind { Added, Removed, Changed };

    QString section; // format key: "system", "team", "workloads", "data", "decisions"...
    QString id;      // element id, environment name or decision subject; the section for single sections
    Kind kind = Kind::Changed;
    QList<FieldChange> fields; // for Changed

    bool operator==(const ElementChange&) const = default;
};

struct ModelDiff
{
    QList<ElementChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    int count(ElementChange::Kind kind) const;

    static ModelDiff between(const Model& before, const Model& after);
};

QString kindName(ElementChange::Kind kind); // "added", "removed", "changed"

} // namespace gw
