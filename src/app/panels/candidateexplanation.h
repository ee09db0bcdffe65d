// CandidateExplanation: why a candidate of a decision scores what it does, as HTML for the
// Recommendations tab: what decides it first (the top pick's leads over the runner-up, or where another
// candidate falls behind the top), then its rules with the most weighted first, then, expanded on
// request, its base score for every quality with the reason and source; and the vetoed candidates.
#pragma once

#include "core/rules/catalog.h"
#include "core/rules/recommendation.h"
#include "core/rules/weighting.h"

namespace gw::candidateexplanation {

// The link the "base scores" switch is drawn as; the pane toggles `expanded` when it is clicked.
inline constexpr char kToggleLink[] = "groundwork:base-scores";

QString html(const DecisionResult& decision, const RankedCandidate& candidate, const QualityScores& weights,
             const Catalog* catalog, bool expanded);
// Only the vetoed candidates, for a decision where nothing is left to explain.
QString excludedHtml(const DecisionResult& decision);
// What a reason is worth at `weights`, in tenths of score points (signed): what orders the rules.
qint64 weightedEffect(const Reason& reason, const QualityScores& weights);

} // namespace gw::candidateexplanation
