// SarifReport: a gate's findings as a SARIF 2.1.0 log, so that code hosts annotate the model file's lines:
// every finding rule of the catalog as a reporting descriptor, every finding as a result at its element.
#pragma once

#include "../rules/findingrule.h"
#include "findingsgate.h"

#include <QByteArray>

namespace gw {

class Catalog;

class SarifReport
{
public:
    // `more`: descriptors of checks outside the catalog whose findings the gate holds (drift.*).
    static QByteArray write(const GateResult& gate, const Catalog& catalog,
                            const QList<FindingRule>& more = {});
    // high -> error, medium -> warning, low -> note.
    static QString level(FindingSeverity severity);
    // The artifact URI of a model path: relative paths stay relative (code hosts resolve them against
    // the repository), absolute ones become file: URIs.
    static QString artifactUri(const QString& path);
};

} // namespace gw
