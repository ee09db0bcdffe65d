#include "workspacecommand.h"

#include "core/cost/pricedscoring.h"
#include "core/diff/revisionmerge.h"
#include "core/io/modelwriter.h"
#include "core/rules/rulepackloader.h"
#include "core/store/projectfile.h"
#include "modelinput.h"
#include "workspace/conflictchanges.h"
#include "workspace/portfolio.h"
#include "workspace/texttable.h"
#include "workspace/workspace.h"
#include "workspace/workspacecatalog.h"
#include "workspace/workspacemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw::cli {

namespace {

const QString kWsConnection = QStringLiteral("workspace");
const QString kWsBase = QStringLiteral("base");
const QString kWsNote = QStringLiteral("note");
const QString kWsOwner = QStringLiteral("owner");
const QString kWsMerge = QStringLiteral("merge");
const QString kWsPrefer = QStringLiteral("prefer");
const QString kWsRevision = QStringLiteral("revision");
const QString kWsOutput = QStringLiteral("output");
const QString kWsFormat = QStringLiteral("format");
const QString kWsCandidate = QStringLiteral("candidate");

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A non-negative whole number option; nullopt (after saying why) when it is something else.
std::optional<int> revisionOption(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        printErr(QStringLiteral("groundwork-cli workspace: --%1 takes a revision number, not '%2'\n")
                     .arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

int exitFor(const Workspace& workspace)
{
    switch (workspace.error()) {
    case Workspace::Error::Conflict:
        return WorkspaceCommand::kConflict;
    case Workspace::Error::None:
        return Ok;
    default:
        return UsageOrIo;
    }
}

int failWith(const Workspace& workspace)
{
    printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(workspace.errorString()));
    if (workspace.error() == Workspace::Error::Password)
        printErr(QStringLiteral("groundwork-cli workspace: give the password to libpq: a line in ~/.pgpass "
                                "(host:port:database:user:password, mode 0600), the service file, or "
                                "PGPASSWORD\n"));
    return exitFor(workspace);
}

} // namespace

QString WorkspaceCommand::summary() const
{
    return QStringLiteral(
        "Share models in a team workspace on a PostgreSQL server. The server is named by --workspace\n"
        "(or GROUNDWORK_WORKSPACE) as a libpq URI or service name, never with a password: libpq takes\n"
        "that from ~/.pgpass, the service file or PGPASSWORD.\n"
        "  init                     create the workspace's tables (again: changes nothing)\n"
        "  push NAME MODEL          save MODEL (YAML or project) as NAME's next revision, scored with\n"
        "                           the built-in, workspace and --rules packs; --base says which\n"
        "                           revision it was based on (0 or none: a new model); --merge\n"
        "                           merges a refused push with the latest revision, field by field\n"
        "  pull NAME                write NAME's latest (or --revision) model as YAML, or as a project\n"
        "                           with its snapshots and decision log when --output ends in\n"
        "                           .groundwork (a project's first push brings them too)\n"
        "  list                     every model, its owner, revision and findings\n"
        "  portfolio                across every model: a radar of the picks, where HIGH findings\n"
        "                           are, pinned services closed to new work or retiring, monthly\n"
        "                           cost by cost centre (table, json, markdown or an html page);\n"
        "                           --candidate ID: which models pick or pin it\n"
        "  log NAME                 NAME's revisions, who saved them and when\n"
        "  owner NAME TEAM          give NAME to TEAM (\"\" for none): only its team may save it\n"
        "  rules [list]             the organisation's rule packs kept in the workspace\n"
        "  rules push FILE...       check and save packs (replacing those of the same file name)\n"
        "  rules pull DIR           write the packs into DIR\n"
        "  rules remove NAME        remove a pack\n"
        "Exit codes: 0 done, 1 the model has errors, 2 usage, I/O or server error, 3 the push was\n"
        "refused because someone saved NAME after --base (both sides' changes are printed).");
}

void WorkspaceCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({kWsConnection,
                      QStringLiteral("The workspace: a libpq URI (postgresql://host/db) or keywords "
                                     "(service=NAME). Default: $GROUNDWORK_WORKSPACE."),
                      QStringLiteral("CONNECTION")});
    parser.addOption({kWsBase,
                      QStringLiteral("push: the revision MODEL was based on (pull and log print it)."),
                      QStringLiteral("N")});
    parser.addOption(
        {kWsNote, QStringLiteral("push: why this revision (kept with it)."), QStringLiteral("TEXT")});
    parser.addOption({kWsOwner,
                      QStringLiteral("push: the team that owns a new model (default: the model's "
                                     "system.owner)."),
                      QStringLiteral("TEAM")});
    parser.addOption(
        {kWsMerge, QStringLiteral("push: when someone saved since --base, merge their changes and "
                                  "yours field by field and push the result; values both "
                                  "changed differently stop it (exit 3) unless --prefer settles "
                                  "them.")});
    parser.addOption({kWsPrefer,
                      QStringLiteral("push --merge: keep theirs or yours where both changed a value."),
                      QStringLiteral("theirs|yours")});
    parser.addOption(
        {kWsRevision, QStringLiteral("pull: this revision instead of the latest."), QStringLiteral("N")});
    parser.addOption(
        {{QStringLiteral("o"), kWsOutput},
         QStringLiteral("pull, portfolio: write to FILE (atomically) instead of standard output."),
         QStringLiteral("FILE")});
    parser.addOption(
        {kWsFormat,
         QStringLiteral("list, log, rules list: table (default) or json; portfolio also markdown, or "
                        "html (one page, best with --output)."),
         QStringLiteral("table|json|markdown|html"), QStringLiteral("table")});
    parser.addOption({kWsCandidate,
                      QStringLiteral("portfolio: only the models that pick or pin this candidate."),
                      QStringLiteral("ID")});
}

int WorkspaceCommand::run(const QCommandLineParser& parser) const
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        printErr(QStringLiteral("groundwork-cli workspace: say what to do\n\n") + helpText());
        return UsageOrIo;
    }
    const QString action = args.takeFirst();
    static const QStringList actions{QStringLiteral("init"),      QStringLiteral("push"),
                                     QStringLiteral("pull"),      QStringLiteral("list"),
                                     QStringLiteral("log"),       QStringLiteral("owner"),
                                     QStringLiteral("portfolio"), QStringLiteral("rules")};
    if (!actions.contains(action)) {
        printErr(QStringLiteral("groundwork-cli workspace: unknown action '%1'; use %2\n")
                     .arg(action, actions.join(QStringLiteral(", "))));
        return UsageOrIo;
    }
    const QString format = parser.value(kWsFormat);
    if (format != QStringLiteral("table") && format != QStringLiteral("json") &&
        !((format == QStringLiteral("markdown") || format == QStringLiteral("html")) &&
          action == QStringLiteral("portfolio"))) {
        printErr(QStringLiteral("groundwork-cli workspace: unknown --format '%1'; use table or json\n")
                     .arg(format));
        return UsageOrIo;
    }
    const QString text = parser.isSet(kWsConnection) ? parser.value(kWsConnection)
                                                     : qEnvironmentVariable("GROUNDWORK_WORKSPACE");
    QString error;
    const std::optional<WorkspaceConnection> connection = WorkspaceConnection::parse(text, &error);
    if (!connection) {
        printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(error));
        return UsageOrIo;
    }
    Workspace workspace(*connection);
    const bool initialising = action == QStringLiteral("init");
    if (!workspace.open(initialising))
        return failWith(workspace);
    if (initialising) {
        printErr(QStringLiteral("workspace ready: %1 (version %2)\n")
                     .arg(workspace.location())
                     .arg(Workspace::kSchemaVersion));
        return Ok;
    }
    if (action == QStringLiteral("push"))
        return push(parser, workspace, args);
    if (action == QStringLiteral("pull"))
        return pull(parser, workspace, args);
    if (action == QStringLiteral("list"))
        return list(parser, workspace);
    if (action == QStringLiteral("log"))
        return log(parser, workspace, args);
    if (action == QStringLiteral("portfolio"))
        return portfolio(parser, workspace);
    if (action == QStringLiteral("owner")) {
        if (args.size() != 2) {
            printErr(QStringLiteral("groundwork-cli workspace owner: give NAME and TEAM\n"));
            return UsageOrIo;
        }
        if (!workspace.setOwner(args.at(0), args.at(1)))
            return failWith(workspace);
        printErr(QStringLiteral("%1 now belongs to %2\n")
                     .arg(args.at(0), args.at(1).isEmpty() ? QStringLiteral("no team") : args.at(1)));
        return Ok;
    }
    return rules(parser, workspace, args);
}

std::shared_ptr<const Catalog> WorkspaceCommand::workspaceCatalog(const QCommandLineParser& parser,
                                                                  Workspace& workspace) const
{
    const CatalogLoad load = loadWorkspaceCatalog(workspace, parser.values(QStringLiteral("rules")));
    printDiagnostics(load.diagnostics);
    if (load.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli workspace: the rule packs have errors\n"));
        return nullptr;
    }
    return load.catalog;
}

int WorkspaceCommand::push(const QCommandLineParser& parser, Workspace& workspace,
                           const QStringList& args) const
{
    if (args.size() != 2) {
        printErr(QStringLiteral("groundwork-cli workspace push: give NAME and MODEL\n"));
        return UsageOrIo;
    }
    const std::optional<int> base = revisionOption(parser, kWsBase);
    if (!base)
        return UsageOrIo;
    if (const QString prefer = parser.value(kWsPrefer);
        !prefer.isEmpty() && prefer != QStringLiteral("theirs") && prefer != QStringLiteral("yours")) {
        printErr(QStringLiteral("groundwork-cli workspace push: --prefer takes theirs or yours, not '%1'\n")
                     .arg(prefer));
        return UsageOrIo;
    }
    const std::shared_ptr<const Catalog> catalog = workspaceCatalog(parser, workspace);
    if (!catalog)
        return UsageOrIo;
    ModelInput input = loadModelInput(args.at(1));
    printDiagnostics(input.result.diagnostics);
    if (input.ioError)
        return UsageOrIo;
    if (input.result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli workspace: %1 is not a valid model; nothing was pushed\n")
                     .arg(args.at(1)));
        return Failed;
    }
    const QString& name = args.at(0);
    const Model& model = input.result.model;
    const Recommendations recommendations = PricedScoring::score(model, catalog);
    WorkspaceSave save;
    save.model = model;
    save.baseRevision = *base;
    save.advice = AdviceSummary::from(recommendations);
    save.note = parser.value(kWsNote);
    save.ownerTeam = parser.isSet(kWsOwner) ? parser.value(kWsOwner) : model.system.ownership.owner;
    if (ProjectFile::isProjectPath(args.at(1))) {
        ProjectFile project;
        if (project.open(args.at(1), ProjectFile::Access::ReadOnly))
            save.settings.positions = project.settings().positions;
        // A project's first push brings its snapshots and decision log; later pushes add revisions.
        if (*base == 0 && project.isOpen()) {
            QString error;
            std::optional<ModelHistory> history = ModelHistory::readFrom(project, &error);
            if (!history) {
                printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(error));
                return UsageOrIo;
            }
            save.history = std::move(*history);
        }
    }
    const std::optional<int> revision = workspace.save(name, save);
    if (revision) {
        printErr(QStringLiteral("pushed %1 revision %2 (%3 findings)\n")
                     .arg(name)
                     .arg(*revision)
                     .arg(save.advice->findings.size()));
        return Ok;
    }
    if (workspace.error() != Workspace::Error::Conflict || *base == 0)
        return failWith(workspace);
    if (parser.isSet(kWsMerge))
        return mergeAndPush(parser, workspace, name, save, workspace.conflictRevision(), catalog);

    // Refused: show both sides against the revision this push was based on, so the user can merge.
    printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(workspace.errorString()));
    const ConflictChanges changes = ConflictChanges::between(
        workspace, name, *base, workspace.conflictRevision(), args.at(1), model, catalog);
    if (changes.text.isEmpty())
        printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(changes.error));
    printOut(changes.text);
    return kConflict;
}

int WorkspaceCommand::mergeAndPush(const QCommandLineParser& parser, Workspace& workspace,
                                   const QString& name, WorkspaceSave save, int theirs,
                                   const std::shared_ptr<const Catalog>& catalog) const
{
    const std::optional<Model> baseModel = workspace.model(name, save.baseRevision);
    const std::optional<Model> theirModel = baseModel ? workspace.model(name, theirs) : std::nullopt;
    if (!theirModel)
        return failWith(workspace);
    RevisionMerge merge = RevisionMerge::between(*baseModel, *theirModel, save.model);
    const QString prefer = parser.value(kWsPrefer);
    if (!merge.conflicts.isEmpty() && prefer.isEmpty()) {
        QList<QStringList> rows;
        for (const RevisionConflict& c : merge.conflicts)
            rows.append({c.entryName(), c.field.isEmpty() ? QStringLiteral("(whole entry)") : c.field, c.base,
                         c.theirs, c.yours});
        printOut(alignedTable({QStringLiteral("ENTRY"), QStringLiteral("FIELD"),
                               QStringLiteral("REVISION %1").arg(save.baseRevision),
                               QStringLiteral("THEIRS (%1)").arg(theirs), QStringLiteral("YOURS")},
                              rows));
        printErr(QStringLiteral("groundwork-cli workspace: revision %1 and yours changed %2 value(s) "
                                "differently; nothing was written. Settle them with --prefer theirs|yours, "
                                "or pull revision %1, merge by hand and push with --base %1.\n")
                     .arg(theirs)
                     .arg(merge.conflicts.size()));
        return kConflict;
    }
    if (!merge.conflicts.isEmpty()) {
        const MergeSide side = prefer == QStringLiteral("theirs") ? MergeSide::Theirs : MergeSide::Yours;
        QHash<QString, MergeSide> choices;
        for (const RevisionConflict& c : merge.conflicts)
            choices.insert(c.key(), side);
        merge = RevisionMerge::between(*baseModel, *theirModel, save.model, choices);
    }
    save.model = merge.merged;
    save.baseRevision = theirs;
    save.advice = AdviceSummary::from(PricedScoring::score(save.model, catalog));
    const std::optional<int> revision = workspace.save(name, save);
    if (!revision)
        return failWith(workspace); // saved again meanwhile: exit 3, run it again
    printErr(
        QStringLiteral("merged with revision %1 (%2 of their changes, %3 of yours, %4 settled as %5) and "
                       "pushed %6 revision %7 (%8 findings); pull it to go on from there\n")
            .arg(theirs)
            .arg(merge.theirChanges)
            .arg(merge.yourChanges)
            .arg(merge.conflicts.size())
            .arg(prefer.isEmpty() ? QStringLiteral("yours") : prefer, name)
            .arg(*revision)
            .arg(save.advice->findings.size()));
    return Ok;
}

int WorkspaceCommand::pull(const QCommandLineParser& parser, Workspace& workspace,
                           const QStringList& args) const
{
    if (args.size() != 1) {
        printErr(QStringLiteral("groundwork-cli workspace pull: give NAME\n"));
        return UsageOrIo;
    }
    const std::optional<int> wanted = revisionOption(parser, kWsRevision);
    if (!wanted)
        return UsageOrIo;
    const QString& name = args.at(0);
    const std::optional<int> revision = *wanted == 0 ? workspace.latestRevision(name) : wanted;
    const std::optional<Model> model = revision ? workspace.model(name, *revision) : std::nullopt;
    if (!model)
        return failWith(workspace);
    const QString output = parser.value(kWsOutput);
    if (ProjectFile::isProjectPath(output)) {
        // A project keeps the model's history too: the workspace's snapshots and decision log.
        WorkspaceModel stored(workspace, name);
        QString error;
        const std::optional<ModelHistory> history = ModelHistory::readFrom(stored, &error);
        if (!history || !ProjectFile::writeNew(output, *model, workspace.settings(name), *history, &error)) {
            printErr(QStringLiteral("groundwork-cli workspace: %1\n").arg(error));
            return UsageOrIo;
        }
        printErr(QStringLiteral("with %1 snapshot(s) and %2 decision log entries\n")
                     .arg(history->snapshots.size())
                     .arg(history->decisionLog.size()));
    } else if (!writeOutput(QStringLiteral("workspace"), output, ModelWriter::toYaml(*model))) {
        return UsageOrIo;
    }
    printErr(QStringLiteral("pulled %1 revision %2; push changes with --base %2\n").arg(name).arg(*revision));
    return Ok;
}

int WorkspaceCommand::list(const QCommandLineParser& parser, Workspace& workspace) const
{
    const QList<WorkspaceModelInfo> models = workspace.models();
    if (workspace.error() != Workspace::Error::None)
        return failWith(workspace);
    if (parser.value(kWsFormat) == QStringLiteral("json")) {
        QJsonArray array;
        for (const WorkspaceModelInfo& m : models)
            array.append(QJsonObject{{QStringLiteral("name"), m.name},
                                     {QStringLiteral("owner"), m.ownerTeam},
                                     {QStringLiteral("revision"), m.revision},
                                     {QStringLiteral("saved_at"), iso(m.savedAt)},
                                     {QStringLiteral("saved_by"), m.savedBy},
                                     {QStringLiteral("elements"), m.elementCount},
                                     {QStringLiteral("high_findings"), m.highFindings},
                                     {QStringLiteral("findings"), m.findings},
                                     {QStringLiteral("scored"), m.scored}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("models"), array}}).toJson()));
        return Ok;
    }
    QList<QStringList> rows;
    for (const WorkspaceModelInfo& m : models)
        rows.append({m.name, m.ownerTeam.isEmpty() ? QStringLiteral("-") : m.ownerTeam,
                     QString::number(m.revision), iso(m.savedAt), m.savedBy, QString::number(m.elementCount),
                     m.scored ? QStringLiteral("%1 (%2 high)").arg(m.findings).arg(m.highFindings)
                              : QStringLiteral("not scored")});
    printOut(alignedTable({QStringLiteral("MODEL"), QStringLiteral("OWNER"), QStringLiteral("REV"),
                           QStringLiteral("SAVED"), QStringLiteral("BY"), QStringLiteral("ELEMENTS"),
                           QStringLiteral("FINDINGS")},
                          rows));
    return Ok;
}

int WorkspaceCommand::portfolio(const QCommandLineParser& parser, Workspace& workspace) const
{
    const QList<PortfolioModel> models = workspace.portfolio();
    if (workspace.error() != Workspace::Error::None)
        return failWith(workspace);
    const std::shared_ptr<const Catalog> catalog = workspaceCatalog(parser, workspace);
    if (!catalog)
        return UsageOrIo;
    const Portfolio portfolio = Portfolio::build(models, *catalog);
    const QString format = parser.value(kWsFormat);
    const QString candidate = parser.value(kWsCandidate);
    if (parser.isSet(kWsCandidate) && !catalog->candidate(candidate)) {
        printErr(
            QStringLiteral("groundwork-cli workspace: no rule pack knows a candidate '%1'\n").arg(candidate));
        return UsageOrIo;
    }
    if (format == QStringLiteral("html")) {
        if (!candidate.isEmpty()) {
            printErr(QStringLiteral(
                "groundwork-cli workspace: --candidate is shown as table, json or markdown\n"));
            return UsageOrIo;
        }
        return writeOutput(name(), parser.value(kWsOutput),
                           portfolio.toHtml(QStringLiteral("Portfolio"), workspace.location()))
                   ? Ok
                   : UsageOrIo;
    }
    if (format == QStringLiteral("json"))
        printOut(QString::fromUtf8(candidate.isEmpty() ? portfolio.toJson() : portfolio.usesJson(candidate)));
    else if (format == QStringLiteral("markdown"))
        printOut(candidate.isEmpty() ? portfolio.toMarkdown() : portfolio.usesMarkdown(candidate));
    else
        printOut(candidate.isEmpty() ? portfolio.toTable() : portfolio.usesTable(candidate));
    return Ok;
}

int WorkspaceCommand::log(const QCommandLineParser& parser, Workspace& workspace,
                          const QStringList& args) const
{
    if (args.size() != 1) {
        printErr(QStringLiteral("groundwork-cli workspace log: give NAME\n"));
        return UsageOrIo;
    }
    const QList<RevisionInfo> revisions = workspace.log(args.at(0));
    if (workspace.error() != Workspace::Error::None)
        return failWith(workspace);
    if (parser.value(kWsFormat) == QStringLiteral("json")) {
        QJsonArray array;
        for (const RevisionInfo& r : revisions) {
            QJsonObject o{{QStringLiteral("revision"), r.revision},
                          {QStringLiteral("saved_at"), iso(r.savedAt)},
                          {QStringLiteral("saved_by"), r.savedBy},
                          {QStringLiteral("note"), r.note},
                          {QStringLiteral("elements"), r.elementCount}};
            if (r.findings >= 0)
                o.insert(QStringLiteral("findings"), r.findings);
            array.append(o);
        }
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("model"), args.at(0)},
                                                             {QStringLiteral("revisions"), array}})
                                       .toJson()));
        return Ok;
    }
    QList<QStringList> rows;
    for (const RevisionInfo& r : revisions)
        rows.append({QString::number(r.revision), iso(r.savedAt), r.savedBy, QString::number(r.elementCount),
                     r.findings < 0 ? QStringLiteral("-") : QString::number(r.findings), r.note});
    printOut(alignedTable({QStringLiteral("REV"), QStringLiteral("SAVED"), QStringLiteral("BY"),
                           QStringLiteral("ELEMENTS"), QStringLiteral("FINDINGS"), QStringLiteral("NOTE")},
                          rows));
    return Ok;
}

int WorkspaceCommand::rules(const QCommandLineParser& parser, Workspace& workspace,
                            const QStringList& args) const
{
    const QString action = args.value(0, QStringLiteral("list"));
    if (action == QStringLiteral("list") && args.size() <= 1) {
        const QList<WorkspaceRulePack> packs = workspace.rulePacks();
        if (workspace.error() != Workspace::Error::None)
            return failWith(workspace);
        if (parser.value(kWsFormat) == QStringLiteral("json")) {
            QJsonArray array;
            for (const WorkspaceRulePack& p : packs)
                array.append(QJsonObject{{QStringLiteral("name"), p.name},
                                         {QStringLiteral("bytes"), qint64(p.content.size())},
                                         {QStringLiteral("saved_at"), iso(p.savedAt)},
                                         {QStringLiteral("saved_by"), p.savedBy}});
            printOut(QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("rule_packs"), array}}).toJson()));
            return Ok;
        }
        QList<QStringList> rows;
        for (const WorkspaceRulePack& p : packs)
            rows.append({p.name, QString::number(p.content.size()), iso(p.savedAt), p.savedBy});
        printOut(alignedTable(
            {QStringLiteral("PACK"), QStringLiteral("BYTES"), QStringLiteral("SAVED"), QStringLiteral("BY")},
            rows));
        return Ok;
    }
    if (action == QStringLiteral("push") && args.size() >= 2) {
        // Checked before any is saved: a broken pack would stop everyone connected from scoring.
        const QStringList files = args.mid(1);
        Diagnostics diagnostics;
        RulePackLoader::readFiles(files, false, diagnostics, RulePackLoader::builtIn()->kinds());
        printDiagnostics(diagnostics);
        if (hasErrors(diagnostics)) {
            printErr(QStringLiteral("groundwork-cli workspace: the packs have errors; nothing was saved\n"));
            return Failed;
        }
        for (const QString& path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                printErr(QStringLiteral("groundwork-cli workspace: cannot read %1: %2\n")
                             .arg(path, file.errorString()));
                return UsageOrIo;
            }
            if (!workspace.saveRulePack(QFileInfo(path).fileName(), file.readAll()))
                return failWith(workspace);
            printErr(QStringLiteral("saved rule pack %1\n").arg(QFileInfo(path).fileName()));
        }
        return Ok;
    }
    if (action == QStringLiteral("pull") && args.size() == 2) {
        const QList<WorkspaceRulePack> packs = workspace.rulePacks();
        if (workspace.error() != Workspace::Error::None)
            return failWith(workspace);
        if (!QDir().mkpath(args.at(1))) {
            printErr(QStringLiteral("groundwork-cli workspace: cannot make folder %1\n").arg(args.at(1)));
            return UsageOrIo;
        }
        for (const WorkspaceRulePack& pack : packs) {
            // Names were checked on save (no folder part); writing stays inside DIR all the same.
            if (!writeOutput(QStringLiteral("workspace"),
                             QDir(args.at(1)).filePath(QFileInfo(pack.name).fileName()), pack.content))
                return UsageOrIo;
        }
        printErr(QStringLiteral("wrote %1 rule packs to %2\n").arg(packs.size()).arg(args.at(1)));
        return Ok;
    }
    if (action == QStringLiteral("remove") && args.size() == 2)
        return workspace.removeRulePack(args.at(1)) ? Ok : failWith(workspace);
    printErr(
        QStringLiteral("groundwork-cli workspace rules: use list, push FILE..., pull DIR or remove NAME\n"));
    return UsageOrIo;
}

} // namespace gw::cli
