// The two models the kill and full-disk tests save in turn: different enough that a torn save could
// never pass for either, large enough that a save takes a while.
#pragma once

#include "generatedmodel.h"

namespace gw::testsupport {

inline Model saverModelA()
{
    Model m = generateModel({120, 60, 20});
    m.system.name = QStringLiteral("Model A");
    return m;
}

inline Model saverModelB()
{
    Model m = generateModel({90, 45, 15});
    m.system.name = QStringLiteral("Model B");
    m.decisions.append({QStringLiteral("system/architecture-style"), QStringLiteral("modular-monolith"),
                        DecisionStatus::Proposed, QStringLiteral("kill test")});
    return m;
}

} // namespace gw::testsupport
