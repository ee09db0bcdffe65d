// StarterModel: the model every new start begins from, whichever way in (a bare launch, File > New,
// the welcome page's guided start): a system, its team, one workload and the data store it uses, so
// that the advice has something to say from the first second and nothing is left blank.
#pragma once

#include "core/model/model.h"

namespace gw {

struct StarterChoices
{
    QString system;
    int teamSize = 3;
    QString workload = QStringLiteral("app");
    WorkloadKind kind = WorkloadKind::Api;
    QString store = QStringLiteral("db");
    DataShape shape = DataShape::Relational;
};

class StarterModel
{
public:
    // The choices a new start offers before the user changes any ("New system", three engineers, a
    // public API on a relational database).
    static StarterChoices defaults();
    static Model create(const StarterChoices& choices = defaults());
};

} // namespace gw
