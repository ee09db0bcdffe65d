// FindingsGate: the findings of a scored model placed at their element's line in the model file, and the
// severity threshold a CI job fails on; what `check` and its JUnit and SARIF writers read.
#pragma once

#include "../io/sourcemap.h"
#include "../rules/recommendation.h"

namespace gw {

struct GateFinding
{
    Finding finding;
    SourceLocation location; // the element's position; line 0 when the model came without positions
    bool failing = false;    // at or above the threshold
};

struct GateResult
{
    QString modelPath; // as the user gave it; "-" for standard input
    FindingSeverity threshold = FindingSeverity::High;
    QList<GateFinding> findings; // every finding, in the order of the recommendations (high first)

    int failingCount() const;
    int countOf(FindingSeverity severity) const;
    bool passed() const { return failingCount() == 0; }
};

class FindingsGate
{
public:
    // True when `severity` is `threshold` or worse (high is worse than medium, medium than low).
    static bool atOrAbove(FindingSeverity severity, FindingSeverity threshold);
    static GateResult evaluate(const Recommendations& recommendations, const SourceMap& sources,
                               const QString& modelPath, FindingSeverity threshold);
};

} // namespace gw
