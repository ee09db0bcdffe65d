#include "startermodel.h"

#include <QCoreApplication>

namespace gw {

StarterChoices StarterModel::defaults()
{
    StarterChoices c;
    c.system = QCoreApplication::translate("StarterModel", "New system");
    return c;
}

Model StarterModel::create(const StarterChoices& choices)
{
    Model model;
    model.system.name = choices.system.trimmed().isEmpty() ? defaults().system : choices.system.trimmed();
    model.team.size = std::max(1, choices.teamSize);
    Workload w;
    w.id = choices.workload.trimmed().isEmpty() ? QStringLiteral("app") : choices.workload.trimmed();
    w.kind = choices.kind;
    // Something must reach the system: a request-serving workload is what its clients call.
    const bool serves = w.kind == WorkloadKind::Api || w.kind == WorkloadKind::Web;
    w.exposure = serves ? Exposure::Public : Exposure::Internal;
    if (!choices.store.trimmed().isEmpty() && choices.store.trimmed() != w.id) {
        DataStore d;
        d.id = choices.store.trimmed();
        d.shape = choices.shape;
        model.data = {d};
        w.uses = {Use{d.id, UseMode::Sync, Access::ReadWrite}};
    }
    model.workloads = {w};
    return model;
}

} // namespace gw
