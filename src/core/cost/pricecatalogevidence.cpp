#include "pricecatalogevidence.h"

#include "costestimator.h"

#include "../model/model.h"
#include "../rules/subject.h"

namespace gw {

PriceCatalogEvidence::PriceCatalogEvidence(const PriceCatalog& prices) : m_prices(prices)
{
}

std::shared_ptr<const CostEvidence> PriceCatalogEvidence::builtIn()
{
    static const auto evidence = std::make_shared<const PriceCatalogEvidence>(PriceCatalog::builtIn());
    return evidence;
}

std::optional<PricedCost> PriceCatalogEvidence::monthly(const Model& model, const Subject& subject,
                                                        DecisionKind kind, const QString& candidate) const
{
    // On `any` each cloud has its own prices and the pick is not yet tied to one: nothing to compare.
    const Cloud cloud = model.system.cloud;
    if (cloud == Cloud::Any || !m_prices.find(cloud, candidate))
        return std::nullopt;
    // Only an element's own priceable decision: a workload's compute, a store's database, a channel's
    // messaging.
    const bool priceable = (subject.kind == SubjectKind::Workload && kind == DecisionKind::Compute) ||
                           (subject.kind == SubjectKind::DataStore && kind == DecisionKind::Database) ||
                           (subject.kind == SubjectKind::Channel && kind == DecisionKind::Messaging);
    if (!priceable)
        return std::nullopt;
    const CostLine line = CostEstimator(model, m_prices).element(subject.element(), candidate, cloud);
    if (!line.priced() || !(line.monthly.expected > 0))
        return std::nullopt;
    return PricedCost{line.monthly.expected, line.service, line.source, line.checked};
}

} // namespace gw
