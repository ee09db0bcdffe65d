#include "advicesummary.h"

#include "../rules/recommendation.h"

namespace gw {

AdviceSummary AdviceSummary::from(const Recommendations& recommendations)
{
    AdviceSummary summary;
    summary.decisions.reserve(recommendations.decisions.size());
    for (const DecisionResult& d : recommendations.decisions) {
        DecisionOutcome o;
        o.subject = d.subject;
        o.kind = enumName(d.kind);
        o.top = d.top.candidate;
        o.chosen = d.chosen.candidate;
        for (const RankedCandidate& c : d.ranking) {
            if (c.candidate == o.top)
                o.topScoreTenths = c.scoreTenths;
            if (c.candidate == o.chosen) {
                o.chosenScoreTenths = c.scoreTenths;
                if (c.monthlyUsd)
                    o.chosenUsd = c.monthlyUsd->expected;
            }
        }
        o.marginTenths = d.marginTenths;
        summary.decisions.append(o);
    }
    summary.findings.reserve(recommendations.findings.size());
    for (const Finding& f : recommendations.findings)
        summary.findings.append({f.rule, enumName(f.severity), f.subject, f.message});
    if (const std::optional<SystemCost>& cost = recommendations.cost; cost && cost->priced > 0)
        summary.cost = CostOutcome{enumName(cost->cloud), cost->total.expected, cost->priced, cost->elements};
    return summary;
}

} // namespace gw
