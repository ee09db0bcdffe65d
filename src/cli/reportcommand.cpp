#include "reportcommand.h"

#include "core/export/exportfolder.h"
#include "core/export/reportcontent.h"
#include "core/export/reportdiagram.h"
#include "core/export/reporthtml.h"
#include "core/export/reportmarkdown.h"
#include "core/export/reportpdf.h"
#include "scoredmodel.h"

#include <QFileInfo>

namespace gw::cli {

QString ReportCommand::summary() const
{
    return QStringLiteral(
        "Write a review report of MODEL: a one-minute summary, the topology diagram, the decisions\n"
        "(pick, runner-up, margin, stability, pinned or recommended), score charts, findings by severity\n"
        "with an improvement plan, per-element detail, the assumptions and every source cited.\n"
        "html: one self-contained file (inline SVG, no external request) that prints well.\n"
        "pdf: paged, with a title page, contents and page numbers (drawn by the groundwork-pdf helper).\n"
        "md: Markdown for git hosts; the diagram goes beside it as NAME.topology.svg.\n"
        "The format comes from the extension of -o unless --format says it.\n"
        "Exit codes: 0 written, 1 invalid model, 2 usage, I/O or rule pack error.");
}

void ReportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The report file (.html, .pdf or .md); required."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("html, pdf or md (default: from the extension)."),
                      QStringLiteral("html|pdf|md")});
    parser.addOption({QStringLiteral("rules"),
                      QStringLiteral("Add the rule packs of DIR to the built-in ones (repeatable)."),
                      QStringLiteral("DIR")});
}

int ReportCommand::run(const QCommandLineParser& parser) const
{
    const QString prefix = QStringLiteral("groundwork-cli report: ");
    const QStringList files = parser.positionalArguments();
    const QString output = parser.value(QStringLiteral("output"));
    if (files.size() != 1 || output.isEmpty()) {
        printErr(prefix + QStringLiteral("give one MODEL and -o FILE\n\n") + helpText());
        return UsageOrIo;
    }
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    if (format == QStringLiteral("markdown") || format == QStringLiteral("htm"))
        format = format == QStringLiteral("htm") ? QStringLiteral("html") : QStringLiteral("md");
    if (format != QStringLiteral("html") && format != QStringLiteral("pdf") &&
        format != QStringLiteral("md")) {
        printErr(prefix +
                 QStringLiteral("cannot tell the format of '%1'; use .html, .pdf or .md, or --format\n")
                     .arg(output));
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored =
        loadScoredModel(name(), files.front(), parser.values(QStringLiteral("rules")), exitCode);
    if (!scored)
        return exitCode;

    const ReportContent content =
        ReportContent::build(scored->load.model, scored->recommendations, files.front());
    const ReportDiagram diagram = ReportDiagram::draw(scored->load.model, scored->recommendations);
    if (diagram.svg.isEmpty())
        printErr(prefix + QStringLiteral("the report goes without its diagram: %1\n").arg(diagram.error));

    if (format == QStringLiteral("html"))
        return writeOutput(name(), output, ReportHtml::write(content, diagram.svg, diagram.error))
                   ? Ok
                   : UsageOrIo;
    if (format == QStringLiteral("pdf")) {
        const ReportPdfResult pdf =
            ReportPdf::render(ReportHtml::printable(content, diagram.svg, diagram.error));
        if (!pdf.ok) {
            printErr(prefix + pdf.error + u'\n');
            return UsageOrIo;
        }
        return writeOutput(name(), output, pdf.pdf) ? Ok : UsageOrIo;
    }
    const QFileInfo info(output);
    const ExportFiles markdown = ReportMarkdown::write(content, diagram, info.fileName());
    // The report and its diagram land in the folder the user named, and nowhere else.
    const ExportWriteResult written = ExportFolder(info.absolutePath()).write(markdown, true);
    for (const QString& error : written.errors)
        printErr(prefix + error + u'\n');
    return written.ok() ? Ok : UsageOrIo;
}

} // namespace gw::cli
