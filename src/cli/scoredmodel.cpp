#include "scoredmodel.h"

#include "command.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "modelinput.h"

#include <QSaveFile>

#include <cstdio>

namespace gw::cli {

std::shared_ptr<const Catalog> loadCatalog(const QString& command, const QStringList& ruleDirs)
{
    const CatalogLoad packs = RulePackLoader::load(ruleDirs);
    for (const Diagnostic& d : packs.diagnostics)
        printErr(d.toString() + u'\n');
    if (packs.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli %1: the rule packs have errors\n").arg(command));
        return nullptr;
    }
    return packs.catalog;
}

std::optional<ScoredModel> loadScoredModel(const QString& command, const QString& path,
                                           const QStringList& ruleDirs, int& exitCode)
{
    std::shared_ptr<const Catalog> catalog = loadCatalog(command, ruleDirs);
    if (!catalog) {
        exitCode = UsageOrIo;
        return std::nullopt;
    }
    ModelInput input = loadModelInput(path);
    for (const Diagnostic& d : input.result.diagnostics)
        printErr(d.toString() + u'\n');
    if (input.ioError) {
        exitCode = UsageOrIo;
        return std::nullopt;
    }
    if (input.result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli %1: %2 is not a valid model\n")
                     .arg(command, path == QStringLiteral("-") ? QStringLiteral("<stdin>") : path));
        exitCode = Failed;
        return std::nullopt;
    }
    ScoredModel scored;
    scored.load = std::move(input.result);
    scored.catalog = std::move(catalog);
    scored.recommendations = ScoringEngine(scored.catalog).score(scored.load.model);
    exitCode = Ok;
    return scored;
}

void addRulesOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("rules"),
                      QStringLiteral("Add the rule packs of DIR to the built-in ones (repeatable)."),
                      QStringLiteral("DIR")});
}

bool writeOutput(const QString& command, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        const auto size = static_cast<std::size_t>(bytes.size());
        if (std::fwrite(bytes.constData(), 1, size, stdout) == size && std::fflush(stdout) == 0)
            return true;
        printErr(QStringLiteral("groundwork-cli %1: cannot write to standard output\n").arg(command));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(QStringLiteral("groundwork-cli %1: cannot write %2: %3\n")
                     .arg(command, path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace gw::cli
