#include "layoutprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

namespace gw {

namespace {

constexpr int kPollMs = 20;

QString crashMessage(const QString& stderrText)
{
    QString message = QStringLiteral("the Graphviz layout crashed; no diagram was drawn");
    const QString detail = stderrText.trimmed().section(u'\n', -1);
    if (!detail.isEmpty())
        message += QStringLiteral(" (Graphviz said: ") + detail + u')';
    return message;
}

} // namespace

QString LayoutProcess::helperPath()
{
    const QString fromEnv = qEnvironmentVariable("GROUNDWORK_LAYOUT");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/groundwork-layout"),
                                 dir + QStringLiteral("/../bin/groundwork-layout"),
                                 dir + QStringLiteral("/../libexec/groundwork-layout")};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStringLiteral("groundwork-layout");
}

LayoutResult LayoutProcess::run(const LayoutRequest& request)
{
    LayoutResult result;
    QStringList args;
    if (!request.format.isEmpty())
        args << QStringLiteral("--format") << request.format;
    if (request.geometry)
        args << QStringLiteral("--geometry");

    QProcess process;
    process.start(helperPath(), args);
    if (!process.waitForStarted()) {
        result.error =
            QStringLiteral("cannot start the layout helper %1: %2").arg(helperPath(), process.errorString());
        return result;
    }
    process.write(request.dot);
    process.closeWriteChannel();

    // Read as it comes, so that a large output never fills the pipe while we wait.
    QByteArray out;
    const QDeadlineTimer deadline(request.timeoutMs);
    while (process.state() != QProcess::NotRunning) {
        if (request.cancel && request.cancel->load()) {
            process.kill();
            process.waitForFinished();
            result.error = QStringLiteral("the layout was cancelled");
            return result;
        }
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            result.error = QStringLiteral("the layout took longer than %1 s and was stopped")
                               .arg(request.timeoutMs / 1000);
            return result;
        }
        process.waitForReadyRead(kPollMs);
        out += process.readAllStandardOutput();
    }
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = crashMessage(err);
        return result;
    }
    if (process.exitCode() != 0) {
        result.error = err.trimmed().isEmpty()
                           ? QStringLiteral("the layout helper failed (exit code %1)").arg(process.exitCode())
                           : err.trimmed();
        return result;
    }
    // "GWLAYOUT 1 <geometry bytes> <output bytes>\n"
    const qsizetype eol = out.indexOf('\n');
    const QList<QByteArray> header = out.left(eol).split(' ');
    bool okGeometry = false, okOutput = false;
    const qsizetype geometryBytes = header.size() == 4 ? header[2].toLongLong(&okGeometry) : 0;
    const qsizetype outputBytes = header.size() == 4 ? header[3].toLongLong(&okOutput) : 0;
    if (eol < 0 || header[0] != "GWLAYOUT" || header[1] != "1" || !okGeometry || !okOutput ||
        out.size() != eol + 1 + geometryBytes + outputBytes) {
        result.error = QStringLiteral("the layout helper answered in an unknown form");
        return result;
    }
    result.geometryJson = out.mid(eol + 1, geometryBytes);
    result.output = out.mid(eol + 1 + geometryBytes);
    result.ok = true;
    return result;
}

} // namespace gw
