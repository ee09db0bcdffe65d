#include "pricedscoring.h"

#include "costestimator.h"
#include "loadsensitivity.h"
#include "pricecatalogevidence.h"

namespace gw::PricedScoring {

namespace {

bool pricesSound()
{
    return PriceCatalog::builtIn().problems().isEmpty();
}

} // namespace

ScoringEngine engine(std::shared_ptr<const Catalog> catalog)
{
    ScoringEngine e = catalog ? ScoringEngine(std::move(catalog)) : ScoringEngine();
    if (pricesSound())
        e.setCostEvidence(PriceCatalogEvidence::builtIn());
    return e;
}

void annotate(const Model& model, Recommendations& recommendations, CostMemo* memo)
{
    if (!pricesSound())
        return;
    CostEstimator estimator(model);
    estimator.setMemo(memo);
    estimator.annotate(recommendations);
}

Recommendations score(const Model& model, std::shared_ptr<const Catalog> catalog)
{
    Recommendations r = engine(std::move(catalog)).score(model);
    annotate(model, r);
    return r;
}

void addLoadSensitivity(const Model& model, Recommendations& recommendations,
                        std::shared_ptr<const Catalog> catalog, const QString& subject)
{
    LoadSensitivity::add(model, recommendations, engine(std::move(catalog)), subject);
}

} // namespace gw::PricedScoring
