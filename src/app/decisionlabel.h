// The name people read for a decision kind, as its pack labels it ("Read scaling"); a kind no pack
// declares (a pinned decision of an organisation's kind) is spelled from its id.
#pragma once

#include "core/rules/decisionkinds.h"

namespace gw {

inline QString decisionLabel(const DecisionKinds& kinds, DecisionKind kind)
{
    if (const DecisionKindInfo* info = kinds.find(kind))
        return info->displayLabel();
    DecisionKindInfo undeclared;
    undeclared.kind = kind;
    return undeclared.displayLabel();
}

} // namespace gw
