#include "findingsgate.h"

#include <algorithm>

namespace gw {

int GateResult::failingCount() const
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [](const GateFinding& f) { return f.failing; }));
}

int GateResult::countOf(FindingSeverity severity) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const GateFinding& f) { return f.finding.severity == severity; }));
}

bool FindingsGate::atOrAbove(FindingSeverity severity, FindingSeverity threshold)
{
    // The enum runs from the worst (High) to the mildest (Low).
    return int(severity) <= int(threshold);
}

GateResult FindingsGate::evaluate(const Recommendations& recommendations, const SourceMap& sources,
                                  const QString& modelPath, FindingSeverity threshold)
{
    GateResult result;
    result.modelPath = modelPath;
    result.threshold = threshold;
    result.findings.reserve(recommendations.findings.size());
    for (const Finding& finding : recommendations.findings) {
        GateFinding gate;
        gate.finding = finding;
        const QString path = finding.element.path();
        if (!path.isEmpty())
            gate.location = sources.locate(path);
        gate.location.file = modelPath;
        gate.failing = atOrAbove(finding.severity, threshold);
        result.findings.append(gate);
    }
    return result;
}

} // namespace gw
