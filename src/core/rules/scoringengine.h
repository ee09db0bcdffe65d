// ScoringEngine: ranks the candidates of every decision a model calls for, explains each score with the
// rules that moved it, excludes vetoed candidates, and raises findings.
//
//   ScoringEngine engine;                           // the built-in catalog
//   Recommendations r = engine.score(model);        // evaluate + rank
//   Evaluation e = engine.evaluate(model);          // once per model change
//   Recommendations r2 = engine.rank(e, priorities); // on every priority change: no rule is re-run
#pragma once

#include "catalog.h"
#include "costevidence.h"
#include "evaluation.h"
#include "recommendation.h"

#include <memory>

namespace gw {

struct Model;
struct Priorities;

class ScoringEngine
{
public:
    // A pinned choice this far (in score points, tenths) behind the top pick raises a finding.
    static constexpr int kFarBehindTenths = 100;

    // With the built-in catalog.
    ScoringEngine();
    explicit ScoringEngine(std::shared_ptr<const Catalog> catalog);

    const Catalog& catalog() const { return *m_catalog; }

    // What candidates would cost: with it, an element's priced candidates get their cost quality from their
    // estimates (docs/rules.md, "Cost from the estimate"); without it (the default), from base scores and
    // rules alone. The cost library gives the catalog's: PriceCatalogEvidence::builtIn().
    void setCostEvidence(std::shared_ptr<const CostEvidence> evidence)
    {
        m_costEvidence = std::move(evidence);
    }

    Evaluation evaluate(const Model& model) const;
    Recommendations rank(const Evaluation& evaluation, const Priorities& priorities) const;
    Recommendations score(const Model& model) const;

private:
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const CostEvidence> m_costEvidence;
};

} // namespace gw
