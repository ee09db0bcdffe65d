#include "reportcommand.h"

#include "core/export/reportwriter.h"

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

namespace {

// Each report format's usual extension with `prefix`, as a list in words: ".html, .pdf or .md".
QString formatList(const QString& prefix)
{
    QStringList names;
    for (const ReportFormatEntry& f : ReportWriter::formats())
        names.append(prefix + f.extensions.front());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + names.back();
}

} // namespace

void ReportCommand::addCommandOptions(QCommandLineParser& parser) const
{
    QStringList names;
    for (const ReportFormatEntry& f : ReportWriter::formats())
        names.append(f.extensions.front());
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The report file (%1); required.").arg(formatList(QStringLiteral("."))),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("%1 (default: from the extension).").arg(formatList({})),
                      names.join(u'|')});
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
    const QString formatOption = parser.value(QStringLiteral("format"));
    const std::optional<ReportFormat> format =
        ReportWriter::formatFor(formatOption.isEmpty() ? output : formatOption);
    if (!format) {
        printErr(prefix +
                 QStringLiteral("cannot tell the format of '%1'; use %2, or --format\n")
                     .arg(formatOption.isEmpty() ? output : formatOption, formatList(QStringLiteral("."))));
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.front(), exitCode);
    if (!scored)
        return exitCode;

    const ReportWriteResult written =
        ReportWriter::write(scored->load.model, scored->recommendations, files.front(), output, *format);
    for (const QString& warning : written.warnings)
        printErr(prefix + warning + u'\n');
    if (!written.ok) {
        printErr(prefix + written.error + u'\n');
        return UsageOrIo;
    }
    return Ok;
}

} // namespace gw::cli
