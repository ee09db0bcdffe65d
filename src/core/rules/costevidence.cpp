#include "costevidence.h"

#include <algorithm>
#include <cmath>

namespace gw {

double CostEvidence::middle(const QList<double>& usd)
{
    if (usd.isEmpty())
        return 0;
    double logSum = 0;
    for (double each : usd)
        logSum += std::log2(each);
    return std::exp2(logSum / double(usd.size()));
}

QList<int> CostEvidence::spread(const QList<int>& costTenths, const QList<double>& usd)
{
    QList<int> out;
    if (costTenths.size() != usd.size() || usd.isEmpty())
        return costTenths;
    // The level stays what the base scores and rules gave these candidates, so that they stay comparable
    // with the candidates that cannot be priced; only the spread among them comes from the estimate.
    double level = 0;
    for (int each : costTenths)
        level += each;
    level /= double(costTenths.size());
    const double mid = middle(usd);
    out.reserve(usd.size());
    for (double each : usd) {
        const double moved = level - kTenthsPerDoubling * std::log2(each / mid);
        out.append(std::clamp(int(std::lround(moved)), 0, 100));
    }
    return out;
}

} // namespace gw
