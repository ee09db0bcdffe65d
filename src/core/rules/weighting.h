// Weighting: how a candidate's quality scores and the model's priorities make one number. Exact integer
// arithmetic, so that rankings never depend on floating-point rounding.
#pragma once

#include "candidate.h"

#include <algorithm>

namespace gw {

using QualityScores = std::array<int, kQualityCount>; // tenths, 0..100 each

// The priorities as weights; when every priority is 0 nothing is preferred, so all count the same.
inline QualityScores effectiveWeights(const Priorities& priorities)
{
    QualityScores w{};
    bool any = false;
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        w[q] = std::clamp(priorities.weights[q], Priorities::kMin, Priorities::kMax);
        any = any || w[q] > 0;
    }
    if (!any)
        w.fill(1);
    return w;
}

// Sum of weight x score: candidates of one decision compare by this alone.
inline qint64 weightedSum(const QualityScores& scores, const QualityScores& weights)
{
    qint64 sum = 0;
    for (std::size_t q = 0; q < kQualityCount; ++q)
        sum += qint64(weights[q]) * scores[q];
    return sum;
}

inline qint64 weightTotal(const QualityScores& weights)
{
    qint64 total = 0;
    for (int w : weights)
        total += w;
    return total;
}

// round(10 * part / total): a weighted sum as a 0..100 score in tenths (half up; part >= 0).
inline int toScoreTenths(qint64 part, qint64 total)
{
    return total <= 0 ? 0 : static_cast<int>((20 * part + total) / (2 * total));
}

} // namespace gw
