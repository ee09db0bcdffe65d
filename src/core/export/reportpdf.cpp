#include "reportpdf.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

namespace gw {

namespace {
constexpr int kPollMs = 50;
}

QString ReportPdf::helperPath()
{
    const QString fromEnv = qEnvironmentVariable("GROUNDWORK_PDF");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates{dir + QStringLiteral("/groundwork-pdf"),
                                 dir + QStringLiteral("/../bin/groundwork-pdf"),
                                 dir + QStringLiteral("/../libexec/groundwork-pdf")};
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStringLiteral("groundwork-pdf");
}

QByteArray ReportPdf::request(const PrintableReport& report)
{
    QJsonArray sections;
    for (const ReportSection& s : report.sections)
        sections.append(
            QJsonObject{{QStringLiteral("anchor"), s.anchor}, {QStringLiteral("title"), s.title}});
    QJsonObject images;
    for (auto it = report.images.cbegin(); it != report.images.cend(); ++it)
        images.insert(it.key(), QString::fromUtf8(it.value()));
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), report.title},
                                     {QStringLiteral("html"), report.html},
                                     {QStringLiteral("sections"), sections},
                                     {QStringLiteral("images"), images}})
        .toJson(QJsonDocument::Compact);
}

ReportPdfResult ReportPdf::render(const PrintableReport& report, int timeoutMs,
                                  const std::atomic_bool* cancel)
{
    ReportPdfResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The helper paints with Qt Gui but never shows a window; it must run without a display.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(helperPath(), {});
    if (!process.waitForStarted()) {
        result.error =
            QStringLiteral("cannot start the PDF helper %1: %2").arg(helperPath(), process.errorString());
        return result;
    }
    process.write(request(report));
    process.closeWriteChannel();

    QByteArray out;
    const QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning) {
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished();
            result.error =
                cancel && cancel->load()
                    ? QStringLiteral("the PDF was cancelled")
                    : QStringLiteral("the PDF took longer than %1 s and was stopped").arg(timeoutMs / 1000);
            return result;
        }
        process.waitForReadyRead(kPollMs);
        out += process.readAllStandardOutput();
    }
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = err.isEmpty() ? QStringLiteral("the PDF helper failed")
                                     : QStringLiteral("the PDF helper failed: ") + err.section(u'\n', -1);
        return result;
    }
    if (!out.startsWith("%PDF-")) {
        result.error = QStringLiteral("the PDF helper returned no PDF");
        return result;
    }
    result.ok = true;
    result.pdf = out;
    return result;
}

} // namespace gw
