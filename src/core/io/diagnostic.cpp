#include "diagnostic.h"

#include <algorithm>

namespace gw {

QString Diagnostic::toString() const
{
    QString where = location.file.isEmpty() ? QStringLiteral("<model>") : location.file;
    if (location.isValid())
        where += u':' + QString::number(location.line) + u':' + QString::number(location.column);
    const QString level = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return where + QStringLiteral(": ") + level + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

int countOf(const Diagnostics& diagnostics, Severity severity)
{
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sortDiagnostics(Diagnostics& diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.location.line != b.location.line)
            return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
}

} // namespace gw
