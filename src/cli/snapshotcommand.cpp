#include "snapshotcommand.h"

#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/io/modelvalidator.h"
#include "core/io/sourcemap.h"
#include "core/rules/scoringengine.h"
#include "core/store/projectfile.h"

namespace gw::cli {

QString SnapshotCommand::summary() const
{
    return QStringLiteral(
        "Take a snapshot of a project's current model with its advice (scored now, with the built-in\n"
        "rule packs and any --rules), under NAME; without NAME, list the project's snapshots.\n"
        "Compare snapshots with: groundwork-cli diff PROJECT@OLD PROJECT@NEW.\n"
        "Exit codes: 0 done, 1 the model has errors, 2 usage or I/O error (a name in use, a locked file).");
}

void SnapshotCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("note"), QStringLiteral("Why this snapshot (kept with it)."),
                      QStringLiteral("TEXT")});
}

int SnapshotCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2 || !ProjectFile::isProjectPath(args.first())) {
        printErr(QStringLiteral("groundwork-cli snapshot: give a PROJECT (.groundwork) and a NAME\n\n") +
                 helpText());
        return UsageOrIo;
    }
    ProjectFile project;
    const bool listing = args.size() == 1;
    if (!project.open(args.first(),
                      listing ? ProjectFile::Access::ReadOnly : ProjectFile::Access::ReadWrite)) {
        printErr(project.errorString() + u'\n');
        return UsageOrIo;
    }
    if (listing) {
        for (const SnapshotInfo& s : project.snapshots()) {
            printOut(QStringLiteral("%1\t%2\t%3 elements\t%4 findings\t%5\n")
                         .arg(s.time.toString(Qt::ISODate), s.name)
                         .arg(s.elementCount)
                         .arg(s.findingCount)
                         .arg(s.note));
        }
        return Ok;
    }
    const std::optional<Model> model = project.model();
    if (!model) {
        printErr(project.errorString() + u'\n');
        return UsageOrIo;
    }
    const Diagnostics problems = ModelValidator::validate(*model, {});
    if (hasErrors(problems)) {
        for (const Diagnostic& d : problems)
            printErr(args.first() + QStringLiteral(": ") + d.message + u'\n');
        return Failed;
    }
    const std::shared_ptr<const Catalog> catalog = loadCatalog(parser);
    if (!catalog)
        return UsageOrIo;
    Recommendations recommendations = PricedScoring::score(*model, catalog); // as every scoring command
    const AdviceSummary advice = AdviceSummary::from(recommendations);
    if (!project.takeSnapshot(args.at(1), parser.value(QStringLiteral("note")), *model, advice)) {
        printErr(project.errorString() + u'\n');
        return UsageOrIo;
    }
    return Ok;
}

} // namespace gw::cli
