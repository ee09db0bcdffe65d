// Drift: a model against what is deployed. The deployed side is an import of the system's Compose files,
// manifests or Terraform state; its elements are matched to the model's by id or name, and what differs
// becomes findings of the drift.* checks, so that `drift` and `check --drift` report it like any other
// finding: elements the model has and the inputs do not run, elements running that the model lacks, and
// picks that differ (the model recommends managed containers, the state runs Lambda).
#pragma once

#include "../rules/findingrule.h"
#include "../rules/recommendation.h"

namespace gw {

struct ImportResult;
struct Model;

struct DriftReport
{
    QList<Finding> findings; // in the order Finding::listedBefore gives
    int matched = 0;         // model elements found deployed
    int deployed = 0;        // elements the inputs run

    bool hasDrift() const { return !findings.isEmpty(); }
};

class Drift
{
public:
    // The drift.* checks, as descriptors for SARIF and the docs: id, severity, message and source.
    static const QList<FindingRule>& checks();

    // `advice` is the model's own scoring: a decision the model does not pin is compared by its top pick.
    static DriftReport compare(const Model& model, const Recommendations& advice,
                               const ImportResult& deployed);
};

} // namespace gw
