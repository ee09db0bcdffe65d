// Subject: what a decision or finding is about inside the engine: the system, or workload, data store
// or channel i of the model. Ids ("storefront-api", "system") spell it only at the edges: YAML, JSON,
// reports.
#pragma once

#include "../model/decisionkind.h"
#include "../model/elementref.h"

#include <QHashFunctions>
#include <QString>

namespace gw {

struct Model;

struct Subject
{
    SubjectKind kind = SubjectKind::System;
    int index = -1; // into the model's section of `kind`; -1 for the system

    static Subject system() { return {}; }
    bool isSystem() const { return kind == SubjectKind::System; }
    bool operator==(const Subject&) const = default;

    // How the edges spell the system subject: "system" in `decisions:` of the model, JSON and reports.
    static const QString& systemId();
    // The element's id, or systemId().
    QString id(const Model& model) const;
    // The element's display name, or the system's name.
    QString name(const Model& model) const;
    ElementRef element() const;
};

inline size_t qHash(const Subject& s, size_t seed = 0)
{
    return qHashMulti(seed, int(s.kind), s.index);
}

} // namespace gw
