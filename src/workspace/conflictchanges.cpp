#include "conflictchanges.h"

#include "core/cost/pricedscoring.h"
#include "core/diff/diffreport.h"

namespace gw {

ConflictChanges ConflictChanges::between(Workspace& workspace, const QString& name, int base, int theirs,
                                         const QString& yoursName, const Model& yours,
                                         const std::shared_ptr<const Catalog>& catalog)
{
    const std::optional<Model> baseModel = workspace.model(name, base);
    const std::optional<Model> theirModel = baseModel ? workspace.model(name, theirs) : std::nullopt;
    if (!theirModel)
        return {{}, workspace.errorString()};
    const auto adviceOf = [&catalog](const Model& model) {
        return AdviceSummary::from(PricedScoring::score(model, catalog));
    };
    const AdviceSummary baseAdvice = adviceOf(*baseModel);
    const QString baseName = QStringLiteral("%1@%2").arg(name).arg(base);
    const QString text =
        QStringLiteral("Their changes (revision %1 against %2):\n").arg(theirs).arg(base) +
        DiffReport::compare(baseName, *baseModel, baseAdvice, QStringLiteral("%1@%2").arg(name).arg(theirs),
                            *theirModel, adviceOf(*theirModel))
            .toTable() +
        QStringLiteral("\nYour changes (%1 against %2):\n").arg(yoursName).arg(base) +
        DiffReport::compare(baseName, *baseModel, baseAdvice, yoursName, yours, adviceOf(yours)).toTable();
    return {text, {}};
}

} // namespace gw
