// RulePackCodec: the built-in rule packs, read and checked from YAML once at build time, in a compact
// binary form (CBOR) compiled into the program, so that a process does not parse YAML to start.
#pragma once

#include "rulepack.h"

#include <QByteArray>

namespace gw {

class RulePackCodec
{
public:
    // The packs as read, with what reading them reported (warnings: a pack with errors is never encoded).
    static QByteArray encode(const QList<RulePack>& packs, const Diagnostics& diagnostics);
    // False when `bytes` are not an encoding this build wrote; `packs` and `diagnostics` are then empty.
    static bool decode(const QByteArray& bytes, QList<RulePack>& packs, Diagnostics& diagnostics);
};

} // namespace gw
