#include "reportexport.h"

#include "exportlocation.h"

#include "core/cost/pricedscoring.h"
#include "core/export/reportwriter.h"
#include "core/rules/scoringengine.h"
#include "document/document.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

#include <algorithm>

namespace gw {

namespace {

ReportWriteResult writeReport(const Model& model, const QString& modelPath, const QString& path,
                              const std::atomic_bool* cancel)
{
    const std::optional<ReportFormat> format = ReportWriter::formatFor(path);
    if (!format) {
        ReportWriteResult result;
        result.error = QObject::tr("Choose a file ending in .html, .pdf or .md.");
        return result;
    }
    Recommendations recommendations = PricedScoring::score(model);
    PricedScoring::addLoadSensitivity(model, recommendations);
    return ReportWriter::write(model, recommendations, modelPath, path, *format, cancel);
}

} // namespace

bool ReportExport::write(const Document& document, const QString& path, QString* error)
{
    const ReportWriteResult result = writeReport(document.model(), document.filePath(), path, nullptr);
    if (error)
        *error = result.error;
    return result.ok;
}

QString ReportExport::run(QWidget* parent, const Document& document)
{
    // One filter per format of the report formats' table, each with its usual extension.
    QStringList filters;
    for (const ReportFormatEntry& f : ReportWriter::formats())
        filters.append(QStringLiteral("%1 (*.%2)").arg(f.label, f.extensions.front()));
    QString filter = filters.front();
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export report"),
        ExportLocation::suggestedPath(document.filePath(),
                                      ReportWriter::formats().front().extensions.front()),
        filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype chosen = std::max<qsizetype>(0, filters.indexOf(filter));
        path += u'.' + ReportWriter::formats()[static_cast<std::size_t>(chosen)].extensions.front();
    }
    return exportTo(parent, document, path);
}

QString ReportExport::exportTo(QWidget* parent, const Document& document, const QString& path)
{
    // The model is copied: the user may go on editing while the report is written.
    const Model snapshot = document.model();
    const QString modelPath = document.filePath();
    std::atomic_bool cancel = false;
    ReportWriteResult result;
    QProgressDialog progress(QObject::tr("Writing the report..."), QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QThread* worker = QThread::create([&] { result = writeReport(snapshot, modelPath, path, &cancel); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    worker->start();
    loop.exec();
    delete worker;
    progress.reset();

    if (cancel)
        return {};
    if (!result.ok) {
        QMessageBox::warning(parent, QObject::tr("Export report"),
                             QObject::tr("The report could not be written: %1").arg(result.error));
        return {};
    }
    if (!result.warnings.isEmpty()) {
        QMessageBox::information(parent, QObject::tr("Export report"), result.warnings.join(u'\n'));
    }
    ExportLocation::remember(path);
    return path;
}

} // namespace gw
