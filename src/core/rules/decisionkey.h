// DecisionKey: one decision of the engine, a kind for a subject, as a key (the engine's index of its
// decisions, pinned and rejected choices); never spelled "<subject>/<kind>" inside the engine.
#pragma once

#include "subject.h"

namespace gw {

struct DecisionKey
{
    Subject subject;
    DecisionKind kind = DecisionKind::Compute;

    bool operator==(const DecisionKey&) const = default;
};

inline size_t qHash(const DecisionKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.subject, k.kind);
}

} // namespace gw
