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
    const CostEstimator estimator(model, m_prices);
    const int i = subject.index;
    CostLine line;
    if (subject.kind == SubjectKind::Workload && kind == DecisionKind::Compute && i >= 0 &&
        i < model.workloads.size())
        line = estimator.workload(model.workloads.at(i), candidate, cloud);
    else if (subject.kind == SubjectKind::DataStore && kind == DecisionKind::Database && i >= 0 &&
             i < model.data.size())
        line = estimator.dataStore(model.data.at(i), candidate, cloud);
    else if (subject.kind == SubjectKind::Channel && kind == DecisionKind::Messaging && i >= 0 &&
             i < model.channels.size())
        line = estimator.channel(model.channels.at(i), candidate, cloud);
    else
        return std::nullopt;
    if (!line.priced() || !(line.monthly.expected > 0))
        return std::nullopt;
    return PricedCost{line.monthly.expected, line.service, line.source, line.checked};
}

} // namespace gw
