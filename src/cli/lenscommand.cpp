#include "lenscommand.h"

#include "core/export/lensexport.h"

namespace gw::cli {

QString LensCommand::summary() const
{
    return QStringLiteral(
        "Export the finding rules (built-in, plus --rules DIRs) as an AWS Well-Architected custom lens\n"
        "(JSON, schemaVersion 2021-11-01) to import into the Well-Architected Tool: one question per\n"
        "rule, grouped into pillars, with choices (addressed / accepted / none of these), improvement\n"
        "plans and risk rules, within the format's limits (10 pillars, 20 questions a pillar).\n"
        "Exit codes: 0 written, 2 usage, I/O or rule pack error.");
}

void LensCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the lens to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("The lens name (default: Groundwork findings)."),
                      QStringLiteral("NAME"), QStringLiteral("Groundwork findings")});
}

int LensCommand::run(const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("groundwork-cli lens: takes no MODEL\n\n") + helpText());
        return UsageOrIo;
    }
    const std::shared_ptr<const Catalog> catalog = loadCatalog(parser);
    if (!catalog)
        return UsageOrIo;
    const LensResult lens = LensExport::write(*catalog, parser.value(QStringLiteral("name")));
    for (const QString& rule : lens.skipped) {
        printErr(
            QStringLiteral("groundwork-cli lens: rule %1 left out: the lens format allows 10 pillars of 20 "
                           "questions\n")
                .arg(rule));
    }
    return writeOutput(name(), parser.value(QStringLiteral("output")), lens.json) ? Ok : UsageOrIo;
}

} // namespace gw::cli
