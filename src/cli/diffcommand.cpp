#include "diffcommand.h"

#include "core/cost/pricedscoring.h"
#include "core/diff/diffreport.h"
#include "core/rules/scoringengine.h"
#include "core/store/projectfile.h"
#include "core/store/projectsource.h"
#include "modelinput.h"

#include <QFileInfo>

namespace gw::cli {

namespace {

struct Side
{
    Model model;
    AdviceSummary advice;
    bool loaded = false;
};

// A snapshot brings the advice it had when it was taken (what the review saw then); any other side is
// scored now with the given rule packs.
Side loadSide(const QString& argument, const ScoringEngine& engine)
{
    Side side;
    if (const auto source = ProjectSource::parse(argument); source && !source->snapshot.isEmpty()) {
        ProjectFile project;
        std::optional<Model> model;
        std::optional<AdviceSummary> advice;
        if (project.open(source->file, ProjectFile::Access::ReadOnly)) {
            model = project.snapshotModel(source->snapshot);
            if (model)
                advice = project.snapshotAdvice(source->snapshot);
        }
        if (!model || !advice) {
            printErr(QStringLiteral("groundwork-cli diff: %1\n").arg(project.errorString()));
            return side;
        }
        side.model = std::move(*model);
        side.advice = std::move(*advice);
        side.loaded = true;
        return side;
    }
    const ModelInput input = loadModelInput(argument);
    printDiagnostics(input.result.diagnostics);
    if (input.ioError)
        return side;
    if (input.result.hasErrors()) {
        printErr(
            QStringLiteral("groundwork-cli diff: %1 has errors; fix them to compare it\n").arg(argument));
        return side;
    }
    side.model = input.result.model;
    Recommendations recommendations = engine.score(side.model);
    PricedScoring::annotate(side.model, recommendations); // as every scoring command and the app
    side.advice = AdviceSummary::from(recommendations);
    side.loaded = true;
    return side;
}

} // namespace

QString DiffCommand::summary() const
{
    return QStringLiteral(
        "Compare two models: elements added and removed, fields changed, and what that did to the\n"
        "advice (top picks, score deltas, findings new and resolved). Each side is a YAML file, a\n"
        "project (its current model) or project.groundwork@snapshot (with the advice of its time).\n"
        "Exit codes: 0 no differences, 1 different, 2 usage, I/O or invalid model.");
}

void DiffCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: table (default), markdown or json."),
                      QStringLiteral("table|markdown|json"), QStringLiteral("table")});
}

int DiffCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("table") && format != QStringLiteral("json") &&
        format != QStringLiteral("markdown")) {
        printErr(QStringLiteral("groundwork-cli diff: unknown --format '%1'; use table, markdown or json\n")
                     .arg(format));
        return UsageOrIo;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        printErr(QStringLiteral("groundwork-cli diff: give OLD and NEW\n\n") + helpText());
        return UsageOrIo;
    }
    const std::shared_ptr<const Catalog> catalog = loadCatalog(parser);
    if (!catalog)
        return UsageOrIo;
    const auto print = [&format](const DiffReport& report) {
        if (format == QStringLiteral("json"))
            printOut(QString::fromUtf8(report.toJson()));
        else if (format == QStringLiteral("markdown"))
            printOut(report.toMarkdown());
        else
            printOut(report.toTable());
        return report.isEmpty() ? Ok : Failed;
    };
    // Two snapshots of one project: the project compares them itself, reading only what differs.
    const auto oldSource = ProjectSource::parse(args.at(0));
    const auto newSource = ProjectSource::parse(args.at(1));
    if (oldSource && newSource && !oldSource->snapshot.isEmpty() && !newSource->snapshot.isEmpty() &&
        QFileInfo(oldSource->file) == QFileInfo(newSource->file)) {
        ProjectFile project;
        std::optional<DiffReport> report;
        if (project.open(oldSource->file, ProjectFile::Access::ReadOnly))
            report =
                project.compareSnapshots(oldSource->snapshot, newSource->snapshot, args.at(0), args.at(1));
        if (!report) {
            printErr(QStringLiteral("groundwork-cli diff: %1\n").arg(project.errorString()));
            return UsageOrIo;
        }
        return print(*report);
    }
    const ScoringEngine engine = PricedScoring::engine(catalog);
    const Side before = loadSide(args.at(0), engine);
    const Side after = loadSide(args.at(1), engine);
    if (!before.loaded || !after.loaded)
        return UsageOrIo;

    return print(
        DiffReport::compare(args.at(0), before.model, before.advice, args.at(1), after.model, after.advice));
}

} // namespace gw::cli
