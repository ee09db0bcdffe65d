#include "scorecommand.h"

#include "core/rules/recommendationformat.h"

#include <cstdio>

namespace gw::cli {

QString ScoreCommand::summary() const
{
    return QStringLiteral(
        "Rank the candidates of every decision the model calls for (compute, language, database...),\n"
        "explain each score with the rules that moved it, and list the findings.\n"
        "Exit codes: 0 scored, 1 invalid model, 2 usage, I/O or rule pack error.");
}

void ScoreCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: table (default), json or markdown."),
                      QStringLiteral("table|json|markdown"), QStringLiteral("table")});
}

int ScoreCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("table") && format != QStringLiteral("json") &&
        format != QStringLiteral("markdown")) {
        printErr(QStringLiteral("groundwork-cli score: unknown --format '%1'; use table, json or markdown\n")
                     .arg(format));
        return UsageOrIo;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QStringLiteral("groundwork-cli score: give exactly one MODEL\n\n") + helpText());
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.front(), exitCode);
    if (!scored)
        return exitCode;
    const Recommendations& recommendations = scored->recommendations;
    if (format == QStringLiteral("json")) {
        bool written = true;
        RecommendationFormat::writeJson(recommendations, [&written](const QByteArray& chunk) {
            const auto size = static_cast<std::size_t>(chunk.size());
            written = written && std::fwrite(chunk.constData(), 1, size, stdout) == size;
        });
        if (written && std::fflush(stdout) == 0)
            return Ok;
        printErr(QStringLiteral("groundwork-cli score: cannot write to standard output\n"));
        return UsageOrIo;
    }
    if (format == QStringLiteral("markdown"))
        printOut(RecommendationFormat::toMarkdown(recommendations));
    else
        printOut(RecommendationFormat::toTable(recommendations));
    return Ok;
}

} // namespace gw::cli
