#include "modelstore.h"

#include "../diff/advicesummary.h"
#include "../diff/diffreport.h"

namespace gw {

std::optional<DiffReport> ModelStore::compareSnapshots(const QString& before, const QString& after,
                                                       const QString& beforeName, const QString& afterName)
{
    const std::optional<Model> beforeModel = snapshotModel(before);
    const std::optional<Model> afterModel = beforeModel ? snapshotModel(after) : std::nullopt;
    const std::optional<AdviceSummary> beforeAdvice = afterModel ? snapshotAdvice(before) : std::nullopt;
    const std::optional<AdviceSummary> afterAdvice = beforeAdvice ? snapshotAdvice(after) : std::nullopt;
    if (!afterAdvice)
        return std::nullopt;
    return DiffReport::compare(beforeName, *beforeModel, *beforeAdvice, afterName, *afterModel, *afterAdvice);
}

} // namespace gw
