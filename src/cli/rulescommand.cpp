#include "rulescommand.h"

#include "core/cost/pricecatalog.h"
#include "core/io/modelfile.h"
#include "core/rules/factpath.h"
#include "core/rules/rulelint.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/tenths.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gw::cli {

namespace {

// "prices: 7 of 66 compute, database and messaging services are priced (aws 1, gcp 4, azure 2); ...":
// how much of what the catalog recommends the cost estimate can price.
QString pricesLine(const Catalog& catalog)
{
    const PriceCatalog& prices = PriceCatalog::builtIn();
    int services = 0, priced = 0;
    QStringList perCloud;
    for (const Cloud cloud : {Cloud::Aws, Cloud::Gcp, Cloud::Azure}) {
        int onCloud = 0;
        for (const DecisionKind kind :
             {DecisionKind::Compute, DecisionKind::Database, DecisionKind::Messaging}) {
            for (const int i : catalog.candidatesOf(kind)) {
                ++services;
                onCloud += prices.find(cloud, catalog.candidates()[i].id) ? 1 : 0;
            }
        }
        priced += onCloud;
        perCloud.append(u"%1 %2"_s.arg(enumName(cloud)).arg(onCloud));
    }
    return u"prices: %1 of %2 compute, database and messaging services are priced (%3); oldest checked %4\n"_s
        .arg(priced)
        .arg(services)
        .arg(perCloud.join(u", "_s), prices.oldestCheck().toString(Qt::ISODate));
}

} // namespace

QString RulesCommand::summary() const
{
    return QStringLiteral(
        "Check rule packs: 'rules lint DIR...' loads the built-in packs and every *.yaml of each DIR\n"
        "(a pack with a built-in pack's id replaces it) and prints every problem as file:line:col.\n"
        "With --coverage, scores the scenario models and lists rules that never apply or never stay silent.\n"
        "'rules facts' prints the facts a rule's condition can test, as Markdown tables.\n"
        "Exit codes: 0 clean (warnings allowed), 1 problems found, 2 usage or I/O error.");
}

void RulesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("coverage"),
         QStringLiteral("Also report rules the scenario models never exercise (fire in none, or in all).")});
    parser.addOption({QStringLiteral("scenarios"),
                      QStringLiteral("Folder of scenario models for --coverage (default: DIR/tests)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("strict"), QStringLiteral("Treat warnings as problems (exit 1).")});
}

namespace {

QStringList modelFiles(const QString& folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        if (!name.endsWith(QStringLiteral(".expect.yaml")))
            out.append(dir.filePath(name));
    }
    return out;
}

// The reference of facts that docs/rules.md carries, one table per scope.
void printFacts()
{
    const std::pair<FactScope, const char*> sections[] = {
        {FactScope::Model, "Model-wide facts (any rule)"},
        {FactScope::Workload, "Workload facts (rules and findings about workloads)"},
        {FactScope::DataStore, "Data store facts"},
        {FactScope::Channel, "Channel facts"},
        {FactScope::Candidate, "Candidate facts"},
    };
    QString out;
    for (const auto& [scope, title] : sections)
        out += u"### %1\n\n%2\n"_s.arg(QLatin1StringView(title), factTable(scope));
    out.chop(1);
    printOut(out);
}

} // namespace

int RulesCommand::run(const QCommandLineParser& parser) const
{
    QStringList args = parser.positionalArguments();
    if (args.size() == 1 && args.front() == u"facts") {
        printFacts();
        return Ok;
    }
    if (args.isEmpty() || args.front() != QStringLiteral("lint") || args.size() < 2) {
        printErr(QStringLiteral("groundwork-cli rules: expected 'lint DIR...' or 'facts'\n\n") + helpText());
        return UsageOrIo;
    }
    args.removeFirst();
    for (const QString& folder : std::as_const(args)) {
        if (!QFileInfo(folder).isDir()) {
            printErr(QStringLiteral("groundwork-cli rules lint: '%1' is not a folder\n").arg(folder));
            return UsageOrIo;
        }
    }
    const CatalogLoad load = RulePackLoader::load(args);
    Diagnostics problems = load.diagnostics;
    problems += RuleLint::check(*load.catalog);
    // The price catalog is checked with the packs: its files' problems, and prices due for a new look.
    problems += PriceCatalog::builtIn().problems();
    problems += PriceCatalog::builtIn().stale();
    for (const Diagnostic& d : std::as_const(problems))
        printOut(d.toString() + u'\n');
    const int errors = countOf(problems, Severity::Error);
    const int warnings = countOf(problems, Severity::Warning);
    const Catalog& c = *load.catalog;
    printOut(
        QStringLiteral(
            "%1 pack files: %2 candidates, %3 scoring rules, %4 finding rules; %5 error(s), %6 warning(s)\n")
            .arg(c.files().size())
            .arg(c.candidates().size())
            .arg(c.rules().size())
            .arg(c.findings().size())
            .arg(errors)
            .arg(warnings));
    bool failed = errors > 0 || (parser.isSet(QStringLiteral("strict")) && warnings > 0);

    if (parser.isSet(QStringLiteral("coverage")) && errors == 0) {
        const QString scenarios = parser.isSet(QStringLiteral("scenarios"))
                                      ? parser.value(QStringLiteral("scenarios"))
                                      : QDir(args.front()).filePath(QStringLiteral("tests"));
        if (!QFileInfo(scenarios).isDir()) {
            printErr(
                QStringLiteral("groundwork-cli rules lint: no scenario folder '%1'; give --scenarios DIR\n")
                    .arg(scenarios));
            return UsageOrIo;
        }
        QList<Model> models;
        for (const QString& file : modelFiles(scenarios)) {
            const LoadResult loaded = ModelFile::load(file);
            if (loaded.hasErrors()) {
                for (const Diagnostic& d : loaded.diagnostics)
                    printOut(d.toString() + u'\n');
                failed = true;
                continue;
            }
            models.append(loaded.model);
        }
        const RuleCoverage coverage = RuleLint::coverage(load.catalog, models);
        for (const QString& id : coverage.neverFired)
            printOut(QStringLiteral("coverage: rule '%1' applies in none of the %2 scenario models\n")
                         .arg(id)
                         .arg(coverage.models));
        for (const QString& id : coverage.neverSilent)
            printOut(QStringLiteral("coverage: rule '%1' applies in every one of the %2 scenario models\n")
                         .arg(id)
                         .arg(coverage.models));
        for (const QString& stack : coverage.stacks)
            printOut(QStringLiteral("stack: rules move one quality more than %1 points together: %2\n")
                         .arg(formatTenths(RuleCoverage::kStackCapTenths), stack));
        const SourceCounts sources = RuleLint::sources(c);
        const auto share = [](int part, int whole) {
            return whole == 0 ? 0 : (100 * part + whole / 2) / whole;
        };
        printOut(QStringLiteral("sources: %1 of %2 claims cite a URL (%3 %); %4 of %5 with figures (%6 %); "
                                "%7 of %8 services carry a checked: date\n")
                     .arg(sources.withUrl)
                     .arg(sources.claims)
                     .arg(share(sources.withUrl, sources.claims))
                     .arg(sources.figuresWithUrl)
                     .arg(sources.figures)
                     .arg(share(sources.figuresWithUrl, sources.figures))
                     .arg(sources.servicesChecked)
                     .arg(sources.services));
        printOut(pricesLine(c));
        printOut(
            QStringLiteral("coverage: %1 scenario models; %2 rule(s) never apply, %3 never stay silent\n")
                .arg(coverage.models)
                .arg(coverage.neverFired.size())
                .arg(coverage.neverSilent.size()));
        failed = failed || !coverage.isComplete();
    }
    return failed ? Failed : Ok;
}

} // namespace gw::cli
