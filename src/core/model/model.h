// Model: everything a team says about its system; the input of every recommendation, diagram and export.
#pragma once

#include "channel.h"
#include "datastore.h"
#include "decision.h"
#include "elementref.h"
#include "environment.h"
#include "priorities.h"
#include "system.h"
#include "team.h"
#include "workload.h"

#include <QList>

namespace gw {

struct Model
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    System system;
    Priorities priorities;
    Team team;
    QList<Environment> environments{Environment{QStringLiteral("production"), {}, {}, {}}};
    QList<Workload> workloads;
    QList<DataStore> data;
    QList<Channel> channels;
    QList<Decision> decisions;

    // The workload, data store or channel with this id; an invalid ref when there is none.
    ElementRef findElement(const QString& id) const;
    // The id of a workload, data store or channel; empty for other sections.
    QString elementId(const ElementRef& ref) const;
    // A short human name for messages: "workload storefront-api", "team", "environment staging".
    QString describe(const ElementRef& ref) const;

    bool operator==(const Model&) const = default;
};

} // namespace gw
