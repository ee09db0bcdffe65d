#include "findingstext.h"

namespace gw::cli {

QString shownPath(const QString& path)
{
    return path == QStringLiteral("-") ? QStringLiteral("<stdin>") : path;
}

QString findingsText(const GateResult& gate)
{
    QString out;
    for (const GateFinding& f : gate.findings) {
        QString where = shownPath(gate.modelPath);
        if (f.location.isValid())
            where += QStringLiteral(":%1:%2").arg(f.location.line).arg(f.location.column);
        out += QStringLiteral("%1: %2: %3 [%4]\n")
                   .arg(where, enumName(f.finding.severity), f.finding.message, f.finding.rule);
        if (!f.finding.recommendation.isEmpty())
            out += QStringLiteral("    fix: %1\n").arg(f.finding.recommendation);
    }
    return out;
}

} // namespace gw::cli
