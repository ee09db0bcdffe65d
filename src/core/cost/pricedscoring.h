// PricedScoring: the one recipe every surface (CLI, app, reports, snapshots, diffs, exports) scores a
// model by, so that they all show the same advice: the engine weighs what the candidates would cost
// (PriceCatalogEvidence), and each compute, database and messaging decision then carries what its
// candidates cost (CostEstimator::annotate). With broken built-in price files (our defect, reported by
// `groundwork-cli cost` and `rules lint`) it scores as if nothing could be priced.
#pragma once

#include "../rules/scoringengine.h"

namespace gw {

struct Model;

class CostMemo;

namespace PricedScoring {

// An engine over `catalog` (the built-in one when null) that weighs estimated costs.
ScoringEngine engine(std::shared_ptr<const Catalog> catalog = nullptr);
// Adds what each decision's candidates and the picks together cost to `recommendations` of `model`;
// with `memo`, the lines it keeps for `model` are taken from it and the new ones kept there.
void annotate(const Model& model, Recommendations& recommendations, CostMemo* memo = nullptr);
// engine(catalog).score(model), annotated.
Recommendations score(const Model& model, std::shared_ptr<const Catalog> catalog = nullptr);
// Says at which load each workload's compute pick (only `subject`'s when given) would change
// (LoadSensitivity): the model is scored again many times, so it is asked for only where the sensitivity
// is shown.
void addLoadSensitivity(const Model& model, Recommendations& recommendations,
                        std::shared_ptr<const Catalog> catalog = nullptr, const QString& subject = {});

} // namespace PricedScoring

} // namespace gw
