// Sensitivity analysis: the smallest change of a single priority that would change a decision's top pick
// ("stays first unless cost rises to 5"), so that a reviewer sees which decisions hinge on the weights.
#pragma once

#include "recommendation.h"
#include "weighting.h"

namespace gw {

struct ScoredCandidate
{
    QString id;
    QualityScores scores; // after rules
};

// `candidates` are the decision's candidates that are not excluded, in the engine's tie-break order
// (the kind's simplicity order, then id); `top` is the index of the current top pick in it.
DecisionSensitivity analyseSensitivity(const QList<ScoredCandidate>& candidates,
                                       const Priorities& priorities);

// The index of the best candidate under `weights`: highest weighted sum, ties to the lowest index.
int bestCandidate(const QList<ScoredCandidate>& candidates, const QualityScores& weights);

} // namespace gw
