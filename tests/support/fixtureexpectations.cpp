#include "fixtureexpectations.h"

#include <QFile>
#include <QRegularExpression>

namespace gw::testsupport {

QStringList fixtureExpectations(const QString& path)
{
    const QString sidecar = path.left(path.lastIndexOf(u'.')) + QStringLiteral(".expect");
    QFile file(QFile::exists(sidecar) ? sidecar : path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    static const QRegularExpression expect(QStringLiteral("^#\\s*expect:\\s*(.*)$"));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const auto match = expect.match(QString::fromUtf8(line).trimmed());
        if (match.hasMatch())
            out.append(match.captured(1).trimmed());
    }
    return out;
}

QString expectationForm(const Diagnostic& d)
{
    const QString level = d.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2: %3: %4").arg(d.location.line).arg(d.location.column).arg(level, d.message);
}

} // namespace gw::testsupport
