// PriceCatalogEvidence: the engine's CostEvidence from the price catalog and the model's usage, the same
// CostEstimator lines that `groundwork-cli cost` prints, so that the ranking and the estimate agree.
//
//   ScoringEngine engine;
//   engine.setCostEvidence(PriceCatalogEvidence::builtIn());
#pragma once

#include "../rules/costevidence.h"

#include <memory>

namespace gw {

class PriceCatalog;

class PriceCatalogEvidence : public CostEvidence
{
public:
    explicit PriceCatalogEvidence(const PriceCatalog& prices);

    // Over the built-in catalog (rules/prices/), shared.
    static std::shared_ptr<const CostEvidence> builtIn();

    std::optional<PricedCost> monthly(const Model& model, const Subject& subject, DecisionKind kind,
                                      const QString& candidate) const override;

private:
    const PriceCatalog& m_prices;
};

} // namespace gw
