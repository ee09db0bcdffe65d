#include "scoringcommand.h"

#include "core/cost/pricedscoring.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "modelinput.h"

namespace gw::cli {

namespace {

const QString kRules = QStringLiteral("rules");

} // namespace

void ScoringCommand::addOptions(QCommandLineParser& parser) const
{
    addCommandOptions(parser);
    parser.addOption({kRules, QStringLiteral("Add the rule packs of DIR to the built-in ones (repeatable)."),
                      QStringLiteral("DIR")});
}

std::shared_ptr<const Catalog> ScoringCommand::loadCatalog(const QCommandLineParser& parser) const
{
    const CatalogLoad packs = RulePackLoader::load(parser.values(kRules));
    printDiagnostics(packs.diagnostics);
    if (packs.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli %1: the rule packs have errors\n").arg(name()));
        return nullptr;
    }
    return packs.catalog;
}

std::optional<ScoredModel> ScoringCommand::loadScoredModel(const QCommandLineParser& parser,
                                                           const QString& path, int& exitCode) const
{
    std::shared_ptr<const Catalog> catalog = loadCatalog(parser);
    if (!catalog) {
        exitCode = UsageOrIo;
        return std::nullopt;
    }
    ModelInput input = loadModelInput(path);
    printDiagnostics(input.result.diagnostics);
    if (input.ioError) {
        exitCode = UsageOrIo;
        return std::nullopt;
    }
    if (input.result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli %1: %2 is not a valid model\n")
                     .arg(name(), path == QStringLiteral("-") ? QStringLiteral("<stdin>") : path));
        exitCode = Failed;
        return std::nullopt;
    }
    ScoredModel scored;
    scored.load = std::move(input.result);
    scored.catalog = std::move(catalog);
    // What the candidates cost weighs in their ranking and goes with the picks wherever they are shown.
    scored.recommendations = PricedScoring::score(scored.load.model, scored.catalog);
    if (showsLoadSensitivity())
        PricedScoring::addLoadSensitivity(scored.load.model, scored.recommendations, scored.catalog);
    exitCode = Ok;
    return scored;
}

} // namespace gw::cli
