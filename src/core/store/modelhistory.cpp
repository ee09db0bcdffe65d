#include "modelhistory.h"

namespace gw {

std::optional<ModelHistory> ModelHistory::readFrom(ModelStore& store, QString* error)
{
    ModelHistory history;
    for (const SnapshotInfo& info : store.snapshots()) {
        std::optional<Model> model = store.snapshotModel(info.name);
        std::optional<AdviceSummary> advice = model ? store.snapshotAdvice(info.name) : std::nullopt;
        if (!advice) {
            *error = store.errorString();
            return std::nullopt;
        }
        history.snapshots.append({info, std::move(*model), std::move(*advice)});
    }
    history.decisionLog = store.decisionLog();
    return history;
}

} // namespace gw
