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

namespace {

// The best candidate as one weight moves, without weighing every quality again for every step: a
// candidate's sum changes by (to - from) x its score in that quality. Exact integers, as weightedSum.
class OneWeightMoves
{
public:
    OneWeightMoves(const QList<ScoredCandidate>& candidates, const Priorities& priorities)
        : m_candidates(candidates)
    {
        for (std::size_t q = 0; q < kQualityCount; ++q) {
            m_weights[q] = std::clamp(priorities.weights[q], Priorities::kMin, Priorities::kMax);
            m_positive += m_weights[q] > 0 ? 1 : 0;
        }
        m_sums.reserve(candidates.size());
        m_plain.reserve(candidates.size());
        QualityScores ones;
        ones.fill(1);
        for (const ScoredCandidate& c : candidates) {
            m_sums.append(weightedSum(c.scores, m_weights));
            m_plain.append(weightedSum(c.scores, ones));
        }
    }

    // The best candidate with quality `q` weighted `to` and the others as they are; as
    // bestCandidate(candidates, effectiveWeights(changed)), all weights 0 counting every quality alike.
    int best(std::size_t q, int to) const
    {
        const bool anyPositive = to > 0 || m_positive - (m_weights[q] > 0 ? 1 : 0) > 0;
        const qint64 delta = qint64(to) - m_weights[q];
        int best = -1;
        qint64 bestSum = -1;
        for (int i = 0; i < m_candidates.size(); ++i) {
            const qint64 sum = anyPositive ? m_sums[i] + delta * m_candidates[i].scores[q] : m_plain[i];
            if (sum > bestSum) {
                best = i;
                bestSum = sum;
            }
        }
        return best;
    }

private:
    const QList<ScoredCandidate>& m_candidates;
    QualityScores m_weights{};
    int m_positive = 0;
    QList<qint64> m_sums;  // under the clamped weights
    QList<qint64> m_plain; // every quality weighted 1
};

} // namespace

DecisionSensitivity analyseSensitivity(const QList<ScoredCandidate>& candidates, const Priorities& priorities)
{
    DecisionSensitivity result;
    if (candidates.size() < 2) {
        result.summary = candidates.isEmpty() ? QStringLiteral("no candidate left")
                                              : QStringLiteral("the only candidate left");
        return result;
    }
    const int top = bestCandidate(candidates, effectiveWeights(priorities));
    const OneWeightMoves moves(candidates, priorities);
    static const QStringList names = enumNames<Quality>();
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const int from = std::clamp(priorities.weights[q], Priorities::kMin, Priorities::kMax);
        // Nearest change upwards, then downwards.
        for (int step : {1, -1}) {
            for (int to = from + step; to >= Priorities::kMin && to <= Priorities::kMax; to += step) {
                const int best = moves.best(q, to);
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
