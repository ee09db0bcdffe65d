#include "costcommand.h"

#include "core/cost/costestimator.h"
#include "core/cost/costformat.h"

namespace gw::cli {

QString CostCommand::summary() const
{
    return QStringLiteral(
        "Estimate what the model's picks cost a month: each workload's compute, each data store's\n"
        "database and each channel's messaging, priced from the model's usage with the dated list prices\n"
        "in rules/prices/, as low / expected / high ranges with every quantity, unit price and source.\n"
        "On 'cloud: any' each of aws, gcp and azure is estimated. docs/cost.md explains the method.\n"
        "Exit codes: 0 estimated, 1 invalid model, 2 usage, I/O or rule pack error.");
}

void CostCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: table (default), json, markdown or csv."),
                      QStringLiteral("table|json|markdown|csv"), QStringLiteral("table")});
    parser.addOption({QStringLiteral("cloud"),
                      QStringLiteral("Price on this cloud instead of the model's system.cloud."),
                      QStringLiteral("aws|gcp|azure")});
    parser.addOption({QStringLiteral("env"),
                      QStringLiteral("Total one environment of the model's environments: production's lines "
                                     "at its scale (and, for production, the second region)."),
                      QStringLiteral("NAME")});
}

int CostCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(QStringLiteral("format"));
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("markdown"),
                              QStringLiteral("csv")};
    if (!formats.contains(format)) {
        printErr(
            QStringLiteral("groundwork-cli cost: unknown --format '%1'; use table, json, markdown or csv\n")
                .arg(format));
        return UsageOrIo;
    }
    std::optional<Cloud> cloud;
    if (parser.isSet(QStringLiteral("cloud"))) {
        cloud = enumFromString<Cloud>(parser.value(QStringLiteral("cloud")));
        if (!cloud || *cloud == Cloud::Any) {
            printErr(QStringLiteral("groundwork-cli cost: unknown --cloud '%1'; use aws, gcp or azure\n")
                         .arg(parser.value(QStringLiteral("cloud"))));
            return UsageOrIo;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QStringLiteral("groundwork-cli cost: give exactly one MODEL\n\n") + helpText());
        return UsageOrIo;
    }
    const PriceCatalog& prices = PriceCatalog::builtIn();
    if (!prices.problems().isEmpty()) {
        printDiagnostics(prices.problems());
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.front(), exitCode);
    if (!scored)
        return exitCode;
    const Model& model = scored->load.model;
    const CostEstimator estimator(model, prices);
    QList<CostEstimate> estimates;
    for (const Cloud c : cloud ? QList<Cloud>{*cloud} : CostEstimator::cloudsOf(model.system.cloud))
        estimates.append(estimator.estimate(scored->recommendations, c));
    if (parser.isSet(QStringLiteral("env"))) {
        const QString env = parser.value(QStringLiteral("env"));
        for (CostEstimate& e : estimates) {
            if (!e.keepOnly(env)) {
                QStringList names;
                for (const Environment& each : model.environments)
                    names.append(each.name);
                printErr(QStringLiteral("groundwork-cli cost: the model has no environment '%1'%2\n")
                             .arg(env, names.isEmpty()
                                           ? QStringLiteral(" (it declares none)")
                                           : QStringLiteral("; it has ") + names.join(QStringLiteral(", "))));
                return UsageOrIo;
            }
        }
    }
    if (format == QStringLiteral("json"))
        return writeOutput(name(), QString(), CostFormat::toJson(estimates)) ? Ok : UsageOrIo;
    if (format == QStringLiteral("markdown"))
        printOut(CostFormat::toMarkdown(estimates));
    else if (format == QStringLiteral("csv"))
        printOut(CostFormat::toCsv(estimates));
    else
        printOut(CostFormat::toTable(estimates));
    return Ok;
}

} // namespace gw::cli
