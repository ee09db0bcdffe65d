#include "reportwriter.h"

#include "exportfolder.h"
#include "reportcontent.h"
#include "reportdiagram.h"
#include "reporthtml.h"
#include "reportmarkdown.h"
#include "reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gw {

namespace {

ReportWriteResult saveBytes(const QString& path, const QByteArray& bytes, ReportWriteResult result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    result.written.append(QFileInfo(path).absoluteFilePath());
    return result;
}

} // namespace

const std::vector<ReportFormatEntry>& ReportWriter::formats()
{
    static const std::vector<ReportFormatEntry> table{
        {ReportFormat::Html, QStringLiteral("HTML report"), {QStringLiteral("html"), QStringLiteral("htm")}},
        {ReportFormat::Pdf, QStringLiteral("PDF report"), {QStringLiteral("pdf")}},
        {ReportFormat::Markdown,
         QStringLiteral("Markdown report"),
         {QStringLiteral("md"), QStringLiteral("markdown")}},
    };
    return table;
}

std::optional<ReportFormat> ReportWriter::formatFor(const QString& nameOrFormat)
{
    const QString suffix =
        nameOrFormat.contains(u'.') ? QFileInfo(nameOrFormat).suffix().toLower() : nameOrFormat.toLower();
    for (const ReportFormatEntry& e : formats()) {
        if (e.extensions.contains(suffix))
            return e.format;
    }
    return std::nullopt;
}

ReportWriteResult ReportWriter::write(const Model& model, const Recommendations& recommendations,
                                      const QString& modelPath, const QString& outputPath,
                                      ReportFormat format, const std::atomic_bool* cancel)
{
    ReportWriteResult result;
    const ReportContent content = ReportContent::build(model, recommendations, modelPath);
    const ReportDiagram diagram = ReportDiagram::draw(model, recommendations);
    if (diagram.svg.isEmpty())
        result.warnings.append(QStringLiteral("the report goes without its diagram: %1").arg(diagram.error));

    switch (format) {
    case ReportFormat::Html:
        return saveBytes(outputPath, ReportHtml::write(content, diagram.svg, diagram.error), result);
    case ReportFormat::Pdf: {
        const ReportPdfResult pdf =
            ReportPdf::render(ReportHtml::printable(content, diagram.svg, diagram.error), 300'000, cancel);
        if (!pdf.ok) {
            result.error = pdf.error;
            return result;
        }
        return saveBytes(outputPath, pdf.pdf, result);
    }
    case ReportFormat::Markdown:
        break;
    }
    const QFileInfo info(outputPath);
    const ExportFiles files = ReportMarkdown::write(content, diagram, info.fileName());
    const ExportWriteResult written = ExportFolder(info.absolutePath()).write(files, true);
    if (!written.ok()) {
        result.error = written.errors.join(QStringLiteral("; "));
        return result;
    }
    for (const QString& path : written.written)
        result.written.append(info.absoluteDir().filePath(path));
    result.ok = true;
    return result;
}

} // namespace gw
