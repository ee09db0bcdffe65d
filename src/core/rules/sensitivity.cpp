#include "sensitivity.h"

#include <algorithm>

namespace gw {

int bestCandidate(const QList<ScoredCandidate>& candidates, const QualityScores& weights)
{
    int best = -1;
    qint64 bestSum = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        const qint64 sum = weightedSum(candidates[i].scores, weights);
        if (sum > bestSum) {
            best = i;
            bestSum = sum;
        }
    }
    return best;
}

DecisionSensitivity analyseSensitivity(const QList<ScoredCandidate>& candidates, const Priorities& priorities)
{
    DecisionSensitivity result;
    if (candidates.size() < 2) {
        result.summary = candidates.isEmpty() ? QStringLiteral("no candidate left")
                                              : QStringLiteral("the only candidate left");
        return result;
    }
    const int top = bestCandidate(candidates, effectiveWeights(priorities));
    static const QStringList names = enumNames<Quality>();
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const int from = std::clamp(priorities.weights[q], Priorities::kMin, Priorities::kMax);
        // Nearest change upwards, then downwards.
        for (int step : {1, -1}) {
            for (int to = from + step; to >= Priorities::kMin && to <= Priorities::kMax; to += step) {
                Priorities changed = priorities;
                changed.weights[q] = to;
                const int best = bestCandidate(candidates, effectiveWeights(changed));
                if (best != top) {
                    result.flips.append(
                        SensitivityFlip{static_cast<Quality>(q), from, to, candidates[best].id});
                    break;
                }
            }
        }
    }
    result.stable = result.flips.isEmpty();
    std::stable_sort(result.flips.begin(), result.flips.end(),
                     [](const SensitivityFlip& a, const SensitivityFlip& b) {
                         return std::abs(a.to - a.from) < std::abs(b.to - b.from);
                     });
    if (result.stable) {
        result.summary = QStringLiteral("stable: no change of a single priority moves %1 from first place")
                             .arg(candidates[top].id);
        return result;
    }
    const int nearest = std::abs(result.flips.front().to - result.flips.front().from);
    QStringList parts;
    for (const SensitivityFlip& f : std::as_const(result.flips)) {
        if (std::abs(f.to - f.from) != nearest)
            break;
        parts.append(
            QStringLiteral("%1 %2 to %3 (then %4)")
                .arg(names[int(f.quality)], f.to > f.from ? QStringLiteral("rises") : QStringLiteral("drops"))
                .arg(f.to)
                .arg(f.newTop));
    }
    result.summary = QStringLiteral("%1 stays first unless %2")
                         .arg(candidates[top].id, parts.join(QStringLiteral(" or ")));
    return result;
}

} // namespace gw
