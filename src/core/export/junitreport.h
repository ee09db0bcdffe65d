// JUnitReport: a gate's findings as JUnit XML, so that CI systems list them as test results: one test
// suite per severity, a failing test case per finding at or above the threshold, a skipped one below it.
#pragma once

#include "findingsgate.h"

#include <QByteArray>

namespace gw {

class JUnitReport
{
public:
    static QByteArray write(const GateResult& gate);
};

} // namespace gw
