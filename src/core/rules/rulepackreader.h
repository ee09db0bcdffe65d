// RulePackReader: reads one rule pack file (YAML) into a RulePack, reporting every problem with its
// file:line:col and going on; nothing in a pack can execute, loop or exhaust memory.
#pragma once

#include "rulepack.h"

#include <QByteArray>

namespace gw {

class RulePackReader
{
public:
    // `fileName` is used in diagnostics. Problems are appended to `diagnostics`; the pack holds
    // whatever could be read (items with errors are left out).
    // Kinds are checked against those of the built-in catalog and the pack's own `decision:`.
    static RulePack read(const QByteArray& bytes, const QString& fileName, Diagnostics& diagnostics);
    // ... against `kinds` (the kinds every pack loaded together declares) and the pack's own.
    static RulePack read(const QByteArray& bytes, const QString& fileName, Diagnostics& diagnostics,
                         const DecisionKinds& kinds);
    // The kind the pack declares, read alone (so that packs loaded together can name each other's kinds
    // before any of them is read); nullopt when it declares none or the declaration has an error.
    static std::optional<DecisionKindInfo> readDecision(const QByteArray& bytes, const QString& fileName);
};

// A rule's source must be an http(s) URL or "brief: <section heading>" (a heading of the product brief,
// or its start: "brief: Network and Security"). Returns an explanation when it is not.
QString checkSource(const QString& source);
// The product brief's section headings a source may cite.
const QStringList& briefSections();

} // namespace gw
