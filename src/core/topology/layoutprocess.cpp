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

LayoutProcess::LayoutProcess(const QString& format, bool geometry)
    : m_process(std::make_unique<QProcess>()), m_program(helperPath())
{
    QStringList args;
    if (!format.isEmpty())
        args << QStringLiteral("--format") << format;
    if (geometry)
        args << QStringLiteral("--geometry");
    m_process->start(m_program, args);
    m_started = m_process->waitForStarted(); // the helper runs (or could not be started) from here on
}

LayoutProcess::~LayoutProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
}

LayoutResult LayoutProcess::run(const LayoutRequest& request)
{
    LayoutProcess process(request.format, request.geometry);
    return process.finish(request.dot, request.timeoutMs, request.cancel);
}

LayoutResult LayoutProcess::finish(const QByteArray& dot, int timeoutMs, const std::atomic_bool* cancel)
{
    LayoutResult result;
    QProcess& process = *m_process;
    if (!m_started) {
        result.error =
            QStringLiteral("cannot start the layout helper %1: %2").arg(m_program, process.errorString());
        return result;
    }
    process.write(dot);
    process.closeWriteChannel();

    // Read as it comes, so that a large output never fills the pipe while we wait.
    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning) {
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished();
            result.error = QStringLiteral("the layout was cancelled");
            return result;
        }
        if (deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            result.error =
                QStringLiteral("the layout took longer than %1 s and was stopped").arg(timeoutMs / 1000);
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
