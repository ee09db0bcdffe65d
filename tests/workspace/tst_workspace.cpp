// The team workspace against a real PostgreSQL server that the test starts in a temporary folder:
// models round-trip with their history, concurrent saves never lose an update, a server killed in the
// middle of a save keeps nothing of it, and a workspace model behaves as a project file does.
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/store/modelhistory.h"
#include "core/store/projectfile.h"
#include "generatedmodel.h"
#include "pgcluster.h"
#include "workspace/portfolio.h"
#include "workspace/workspace.h"
#include "workspace/workspacemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace gw;
using gw::testsupport::PgCluster;

namespace {

Model example(const QString& name)
{
    const LoadResult loaded =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(name));
    if (loaded.hasErrors())
        qFatal("example %s does not load", qPrintable(name));
    return loaded.model;
}

AdviceSummary adviceFor(const Model& model)
{
    return AdviceSummary::from(PricedScoring::score(model, RulePackLoader::builtIn()));
}

WorkspaceSave saveOf(const Model& model, int base, bool withAdvice = true)
{
    WorkspaceSave save;
    save.model = model;
    save.baseRevision = base;
    if (withAdvice)
        save.advice = adviceFor(model);
    return save;
}

// The decision log without its times, which two stores record at their own moments; an entry whose
// times do not fit its status keeps them, so the comparison fails on it.
QList<DecisionLogEntry> untimed(DecisionLog log)
{
    for (DecisionLogEntry& e : log) {
        if (e.time.isValid() && e.supersededTime.isValid() == (e.status == LoggedStatus::Superseded)) {
            e.time = {};
            e.supersededTime = {};
        }
    }
    return log;
}

int count(const QString& connection, const QString& sql)
{
    QString error;
    const auto parsed = WorkspaceConnection::parse(connection, &error);
    const QString name = QStringLiteral("count-%1").arg(quintptr(QThread::currentThreadId()));
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(parsed->keywords());
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;
    int m_databases = 0;

    // A fresh database with the workspace created in it, for one test.
    QString freshWorkspace()
    {
        const QString database = QStringLiteral("ws%1").arg(++m_databases);
        if (!m_cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(database)))
            qFatal("%s", qPrintable(m_cluster.error()));
        const QString connection = m_cluster.connection(database);
        Workspace workspace(open(connection));
        if (!workspace.open(true))
            qFatal("%s", qPrintable(workspace.errorString()));
        return connection;
    }

    // groundwork-cli with `args`, naming the workspace as a user would, on the command line.
    static testsupport::CliRun cliOn(const QString& connection, QStringList args)
    {
        args << QStringLiteral("--workspace") << connection;
        return testsupport::runCli(args);
    }

    static WorkspaceConnection open(const QString& text)
    {
        QString error;
        const auto connection = WorkspaceConnection::parse(text, &error);
        if (!connection)
            qFatal("%s", qPrintable(error));
        return *connection;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error())); }

    void aConnectionIsCheckedAndNeverCarriesAPassword()
    {
        QString error;
        QVERIFY(WorkspaceConnection::parse(QStringLiteral("service=architecture"), &error));
        const auto uri = WorkspaceConnection::parse(
            QStringLiteral("postgresql://db.example.org/arch?sslmode=require"), &error);
        QVERIFY2(uri, qPrintable(error));
        QVERIFY(uri->keywords().contains(QStringLiteral("sslmode='require'")));
        QVERIFY(uri->keywords().contains(QStringLiteral("dbname='arch'")));

        QVERIFY(!WorkspaceConnection::parse(QStringLiteral("postgresql://ana:secret@db/arch"), &error));
        QVERIFY2(error.contains(QStringLiteral(".pgpass")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("secret")));
        QVERIFY(!WorkspaceConnection::parse(QStringLiteral("host=db password=secret"), &error));
        QVERIFY(!WorkspaceConnection::parse(QStringLiteral("nosuchkeyword=1"), &error));
        QVERIFY2(error.contains(QStringLiteral("nosuchkeyword")), qPrintable(error));
        QVERIFY(!WorkspaceConnection::parse(QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("--workspace")), qPrintable(error));
    }

    void aDatabaseWithoutAWorkspaceSaysHowToCreateIt()
    {
        QVERIFY(m_cluster.psql(QStringLiteral("CREATE DATABASE bare")));
        Workspace workspace(open(m_cluster.connection(QStringLiteral("bare"))));
        QVERIFY(!workspace.open());
        QCOMPARE(workspace.error(), Workspace::Error::NotInitialised);
        QVERIFY2(workspace.errorString().contains(QStringLiteral("workspace init")),
                 qPrintable(workspace.errorString()));
        QVERIFY(workspace.open(true));
        QVERIFY(workspace.open(true)); // again: changes nothing
        QCOMPARE(count(m_cluster.connection(QStringLiteral("bare")),
                       QStringLiteral("SELECT count(*) FROM workspace_schema")),
                 1);

        Workspace nowhere(open(m_cluster.connection(QStringLiteral("nosuchdatabase"))));
        QVERIFY(!nowhere.open());
        QCOMPARE(nowhere.error(), Workspace::Error::Connection);
        QVERIFY2(nowhere.errorString().contains(QStringLiteral("nosuchdatabase")),
                 qPrintable(nowhere.errorString()));
    }

    void aSavedModelPullsBackIdenticalWithItsAdvice()
    {
        Workspace workspace(open(freshWorkspace()));
        QVERIFY(workspace.open());
        for (const QString& name :
             {QStringLiteral("fintech"), QStringLiteral("marketplace"), QStringLiteral("early-saas")}) {
            const Model model = example(name);
            WorkspaceSave save = saveOf(model, 0);
            save.ownerTeam = QStringLiteral("platform");
            save.settings.positions.insert(QStringLiteral("api"), QPointF(12.5, -3));
            const std::optional<int> revision = workspace.save(name, save);
            QVERIFY2(revision, qPrintable(workspace.errorString()));
            QCOMPARE(*revision, 1);
            const std::optional<Model> back = workspace.model(name);
            QVERIFY2(back, qPrintable(workspace.errorString()));
            QVERIFY(*back == model);
            const std::optional<AdviceSummary> advice = workspace.advice(name);
            QVERIFY2(advice, qPrintable(workspace.errorString()));
            QVERIFY(*advice == *save.advice);
            QCOMPARE(workspace.settings(name), save.settings);
        }
        const QList<WorkspaceModelInfo> models = workspace.models();
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.first().name, QStringLiteral("early-saas"));
        QCOMPARE(models.first().ownerTeam, QStringLiteral("platform"));
        QCOMPARE(models.first().savedBy, QStringLiteral("postgres"));
        QVERIFY(models.first().savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
        const AdviceSummary fintech = adviceFor(example(QStringLiteral("fintech")));
        QCOMPARE(models.at(1).findings, int(fintech.findings.size()));
    }

    void theHistoryRoundTripsAndLogsPinsAsAProjectDoes()
    {
        Workspace workspace(open(freshWorkspace()));
        QVERIFY(workspace.open());
        QTemporaryDir dir;
        ProjectFile project;
        QVERIFY(project.create(dir.filePath(QStringLiteral("plan.groundwork"))));

        // Four saves: the example, a pin added, the pin's reason changed, the pin removed.
        QList<Model> states{example(QStringLiteral("fintech"))};
        Model pinned = states.last();
        Decision pin;
        pin.subject = pinned.workloads.first().id + QStringLiteral("/compute");
        pin.choice = QStringLiteral("containers");
        pin.reason = QStringLiteral("the platform team runs Kubernetes");
        pinned.decisions.append(pin);
        states.append(pinned);
        pinned.decisions.last().reason = QStringLiteral("agreed at the architecture review");
        states.append(pinned);
        pinned.decisions.removeLast();
        states.append(pinned);

        WorkspaceModel shared(workspace, QStringLiteral("payments"));
        for (qsizetype i = 0; i < states.size(); ++i) {
            shared.setNote(QStringLiteral("step %1").arg(i));
            QVERIFY2(shared.save(states[i]), qPrintable(shared.errorString()));
            QCOMPARE(shared.baseRevision(), int(i + 1));
            QVERIFY(project.save(states[i]));
        }
        const QList<RevisionInfo> log = workspace.log(QStringLiteral("payments"));
        QCOMPARE(log.size(), states.size());
        for (qsizetype i = 0; i < states.size(); ++i) {
            QCOMPARE(log[i].revision, int(i + 1));
            QCOMPARE(log[i].note, QStringLiteral("step %1").arg(i));
            QCOMPARE(log[i].findings, -1); // saved without advice
            QVERIFY(!workspace.advice(QStringLiteral("payments"), int(i + 1)));
            QVERIFY2(workspace.errorString().contains(QStringLiteral("without its advice")),
                     qPrintable(workspace.errorString()));
            const std::optional<Model> back = workspace.model(QStringLiteral("payments"), int(i + 1));
            QVERIFY2(back, qPrintable(workspace.errorString()));
            QVERIFY(*back == states[i]);
        }
        QVERIFY(!workspace.model(QStringLiteral("payments"), 9));
        QCOMPARE(workspace.error(), Workspace::Error::NotFound);
        QVERIFY2(workspace.errorString().contains(QStringLiteral("no revision 9")),
                 qPrintable(workspace.errorString()));

        // The example's own pins, then the added pin, superseded when its reason changed, and again.
        const QList<DecisionLogEntry> sharedLog = untimed(shared.decisionLog());
        const qsizetype examplePins = states.first().decisions.size();
        QCOMPARE(sharedLog.size(), examplePins + 2);
        QCOMPARE(sharedLog, untimed(project.decisionLog()));
        QCOMPARE(sharedLog.at(examplePins).status, LoggedStatus::Superseded);
        QCOMPARE(sharedLog.at(examplePins).reason, pin.reason);
        QCOMPARE(sharedLog.last().status, LoggedStatus::Superseded);
        QCOMPARE(sharedLog.last().reason, QStringLiteral("agreed at the architecture review"));
        QCOMPARE(sharedLog.first().status,
                 enumFromString<LoggedStatus>(enumName(states.first().decisions.first().status)));
    }

    // The same calls through the one interface give the same answers from both back ends.
    void aWorkspaceModelIsAModelStoreLikeAProjectFile()
    {
        Workspace workspace(open(freshWorkspace()));
        QVERIFY(workspace.open());
        QTemporaryDir dir;
        ProjectFile project;
        QVERIFY(project.create(dir.filePath(QStringLiteral("plan.groundwork"))));
        WorkspaceModel shared(workspace, QStringLiteral("plan"));
        std::array<ModelStore*, 2> stores{&project, &shared};

        const Model before = example(QStringLiteral("marketplace"));
        Model after = before;
        after.workloads.removeLast();
        for (ModelStore* store : stores) {
            QVERIFY(!store->model());
            QVERIFY2(store->save(before), qPrintable(store->errorString()));
            QVERIFY(store->takeSnapshot(QStringLiteral("review"), QStringLiteral("before the board"), before,
                                        adviceFor(before)));
            QVERIFY(!store->takeSnapshot(QStringLiteral("review"), {}, before, adviceFor(before)));
            QVERIFY2(store->errorString().contains(QStringLiteral("already")),
                     qPrintable(store->errorString()));
            QVERIFY(!store->takeSnapshot(QStringLiteral("a@b"), {}, before, adviceFor(before)));
            QVERIFY(store->save(after));
            QVERIFY(store->takeSnapshot(QStringLiteral("release"), {}, after, adviceFor(after)));
        }
        for (ModelStore* store : stores) {
            QVERIFY(*store->model() == after);
            QVERIFY(store->hasSnapshot(QStringLiteral("review")));
            QVERIFY(!store->hasSnapshot(QStringLiteral("nope")));
            QVERIFY(*store->snapshotModel(QStringLiteral("review")) == before);
            QVERIFY(*store->snapshotAdvice(QStringLiteral("review")) == adviceFor(before));
            QVERIFY(!store->snapshotModel(QStringLiteral("nope")));
            QVERIFY2(store->errorString().contains(QStringLiteral("nope")), qPrintable(store->errorString()));
        }
        QList<SnapshotInfo> fromProject = project.snapshots();
        QList<SnapshotInfo> fromWorkspace = shared.snapshots();
        QCOMPARE(fromWorkspace.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QVERIFY(fromWorkspace[i].time.isValid());
            fromProject[i].time = fromWorkspace[i].time = {};
        }
        QCOMPARE(fromWorkspace, fromProject);
        for (ModelStore* store : stores) {
            QVERIFY(store->removeSnapshot(QStringLiteral("review")));
            QCOMPARE(store->snapshots().size(), 1);
        }
        QVERIFY(shared.location().contains(QStringLiteral("plan in host=")));
    }

    void aSaveOnAnOlderRevisionIsRefusedAndWritesNothing()
    {
        const QString connection = freshWorkspace();
        Workspace ana(open(connection));
        Workspace ben(open(connection));
        QVERIFY(ana.open() && ben.open());
        const Model model = example(QStringLiteral("early-saas"));
        QVERIFY(ana.save(QStringLiteral("shop"), saveOf(model, 0)));

        WorkspaceModel anaModel(ana, QStringLiteral("shop"));
        WorkspaceModel benModel(ben, QStringLiteral("shop"));
        Model anaEdit = *anaModel.model();
        Model benEdit = *benModel.model();
        QCOMPARE(anaModel.baseRevision(), 1);
        QCOMPARE(benModel.baseRevision(), 1);
        anaEdit.system.name = QStringLiteral("Shop (Ana)");
        benEdit.system.name = QStringLiteral("Shop (Ben)");
        QVERIFY(anaModel.save(anaEdit));
        QVERIFY(!benModel.save(benEdit));
        QCOMPARE(benModel.error(), Workspace::Error::Conflict);
        QCOMPARE(ben.conflictRevision(), 2);
        QVERIFY2(benModel.errorString().contains(QStringLiteral("revision 2")),
                 qPrintable(benModel.errorString()));
        QVERIFY2(benModel.errorString().contains(QStringLiteral("nothing was written")),
                 qPrintable(benModel.errorString()));
        QCOMPARE(ben.log(QStringLiteral("shop")).size(), 2);
        QCOMPARE(ben.model(QStringLiteral("shop"))->system.name, QStringLiteral("Shop (Ana)"));

        // A second "first" save of a name already taken is refused the same way.
        QVERIFY(!ben.save(QStringLiteral("shop"), saveOf(model, 0)));
        QCOMPARE(ben.error(), Workspace::Error::Conflict);
        // Ben merges: reads the latest again and saves on top of it.
        Model merged = *benModel.model();
        merged.system.description = QStringLiteral("merged by Ben");
        QVERIFY2(benModel.save(merged), qPrintable(benModel.errorString()));
        QCOMPARE(benModel.baseRevision(), 3);
    }

    // Many clients save the same model at once on the same base: exactly one wins, the rest are told.
    void concurrentSavesOfOneModelLetExactlyOneWin()
    {
        const QString connection = freshWorkspace();
        {
            Workspace seed(open(connection));
            QVERIFY(seed.open());
            QVERIFY(
                seed.save(QStringLiteral("shared"), saveOf(example(QStringLiteral("early-saas")), 0, false)));
        }
        constexpr int kClients = 8;
        std::atomic<int> won = 0;
        std::atomic<int> refused = 0;
        std::atomic<int> ready = 0;
        QList<QThread*> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.append(QThread::create([&, i] {
                Workspace client(open(connection));
                if (!client.open())
                    return;
                Model edit = example(QStringLiteral("early-saas"));
                edit.system.name = QStringLiteral("client %1").arg(i);
                ++ready;
                while (ready < kClients)
                    QThread::yieldCurrentThread();
                if (client.save(QStringLiteral("shared"), saveOf(edit, 1, false)))
                    ++won;
                else if (client.error() == Workspace::Error::Conflict && client.conflictRevision() == 2)
                    ++refused;
            }));
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(won.load(), 1);
        QCOMPARE(refused.load(), kClients - 1);
        Workspace check(open(connection));
        QVERIFY(check.open());
        QCOMPARE(check.log(QStringLiteral("shared")).size(), 2);
    }

    void fiftyConcurrentPushesOfDifferentModelsAllLand()
    {
        const QString connection = freshWorkspace();
        constexpr int kClients = 50;
        std::atomic<int> landed = 0;
        QList<QThread*> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.append(QThread::create([&, i] {
                Workspace client(open(connection));
                if (!client.open())
                    return;
                const Model model = testsupport::generateModel({6 + i % 5, 3, 1});
                if (client.save(QStringLiteral("system-%1").arg(i, 2, 10, QLatin1Char('0')),
                                saveOf(model, 0)))
                    ++landed;
                else
                    qWarning("%s", qPrintable(client.errorString()));
            }));
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(300000));
            delete thread;
        }
        QCOMPARE(landed.load(), kClients);
        Workspace check(open(connection));
        QVERIFY(check.open());
        const QList<WorkspaceModelInfo> models = check.models();
        QCOMPARE(models.size(), kClients);
        for (const WorkspaceModelInfo& m : models)
            QCOMPARE(m.revision, 1);
    }

    // The server is killed while a save is inside its transaction: after recovery the workspace holds
    // exactly what it held before, and the saver was told.
    void aServerKilledMidSaveLeavesNoPartialRevision()
    {
        const QString connection = freshWorkspace();
        Workspace before(open(connection));
        QVERIFY(before.open());
        QVERIFY(before.save(QStringLiteral("ledger"), saveOf(example(QStringLiteral("fintech")), 0)));
        const auto rows = [&](const QString& table) {
            return count(connection, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        };
        const QStringList tables{QStringLiteral("revisions"), QStringLiteral("advice"),
                                 QStringLiteral("advice_decisions"), QStringLiteral("advice_findings"),
                                 QStringLiteral("decision_log")};
        QList<int> counted;
        for (const QString& table : tables)
            counted.append(rows(table));

        // Another session holds the findings table, so the save stops halfway, after its revision row.
        QString error;
        const QString blocker = QStringLiteral("blocker");
        bool saved = true;
        Workspace::Error saveError = Workspace::Error::None;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), blocker);
            db.setConnectOptions(WorkspaceConnection::parse(connection, &error)->keywords());
            QVERIFY(db.open());
            QVERIFY(db.transaction());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("LOCK TABLE advice_findings IN ACCESS EXCLUSIVE MODE")));

            std::unique_ptr<QThread> saver(QThread::create([&] {
                Workspace client(open(connection));
                if (!client.open())
                    return;
                Model edit = example(QStringLiteral("fintech"));
                edit.system.name = QStringLiteral("half written");
                saved = client.save(QStringLiteral("ledger"), saveOf(edit, 1)).has_value();
                saveError = client.error();
            }));
            saver->start();
            QTRY_VERIFY_WITH_TIMEOUT(
                count(connection,
                      QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                                     "'Lock' AND query LIKE '%advice%'")) == 1,
                60000);
            QVERIFY2(m_cluster.stop(QStringLiteral("immediate")), qPrintable(m_cluster.error()));
            QVERIFY(saver->wait(60000));
            db.close();
        }
        QSqlDatabase::removeDatabase(blocker);
        QVERIFY(!saved);
        QCOMPARE(saveError, Workspace::Error::Connection);

        QVERIFY2(m_cluster.restart(), qPrintable(m_cluster.error()));
        Workspace after(open(connection));
        QVERIFY(after.open());
        QCOMPARE(*after.latestRevision(QStringLiteral("ledger")), 1);
        QCOMPARE(after.model(QStringLiteral("ledger"))->system.name,
                 example(QStringLiteral("fintech")).system.name);
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(rows(tables[i]), counted[i]);
    }

    void theCommandLineSharesModelsAndRefusesAStalePush()
    {
        using testsupport::CliRun;
        using testsupport::runCli;
        QTemporaryDir dir;
        const QString connection = freshWorkspace();
        // Every run names the workspace as a user would, on the command line.
        const auto cli = [&connection](const QStringList& args) { return cliOn(connection, args); };
        const QString fintech = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/fintech.yaml");

        CliRun run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("ledger"),
                          fintech, QStringLiteral("--note"), QStringLiteral("first cut")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("pushed ledger revision 1")), qPrintable(run.err));

        // The organisation's pack (a new decision kind) is checked, kept, and scores every later push.
        const QString pack = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rules/caching.yaml");
        run = cli({QStringLiteral("workspace"), QStringLiteral("rules"), QStringLiteral("push"), pack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("workspace"), QStringLiteral("rules"), QStringLiteral("push"),
                   QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rulepacks/candidate-bad-id.yaml")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("candidate-bad-id.yaml:")), qPrintable(run.err));

        const QString pulled = dir.filePath(QStringLiteral("ledger.yaml"));
        run = cli({QStringLiteral("workspace"), QStringLiteral("pull"), QStringLiteral("ledger"),
                   QStringLiteral("-o"), pulled});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--base 1")), qPrintable(run.err));
        const LoadResult back = ModelFile::load(pulled);
        QVERIFY(!back.hasErrors());
        QVERIFY(back.model == example(QStringLiteral("fintech")));

        // Ana pushes on top of revision 1; Ben, also on revision 1, is refused and shown both sides.
        Model ana = back.model;
        ana.system.name = QStringLiteral("Ledger by Ana");
        Model ben = back.model;
        ben.workloads.removeLast();
        QVERIFY(ModelFile::save(ana, dir.filePath(QStringLiteral("ana.yaml"))));
        QVERIFY(ModelFile::save(ben, dir.filePath(QStringLiteral("ben.yaml"))));
        run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("ledger"),
                   dir.filePath(QStringLiteral("ana.yaml")), QStringLiteral("--base"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("ledger"),
                   dir.filePath(QStringLiteral("ben.yaml")), QStringLiteral("--base"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("nothing was written")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Their changes (revision 2 against 1)")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Ledger by Ana")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Your changes")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("- workload ") + back.model.workloads.last().id) ||
                     run.out.contains(back.model.workloads.last().id),
                 qPrintable(run.out));

        // With --merge, Ben's removal and Ana's rename touch different fields: both land as revision 3.
        run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("ledger"),
                   dir.filePath(QStringLiteral("ben.yaml")), QStringLiteral("--base"), QStringLiteral("1"),
                   QStringLiteral("--merge")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("merged with revision 2")), qPrintable(run.err));
        Model merged = ben;
        merged.system.name = ana.system.name;
        {
            Workspace check(open(connection));
            QVERIFY(check.open());
            QCOMPARE(*check.latestRevision(QStringLiteral("ledger")), 3);
            QVERIFY(*check.model(QStringLiteral("ledger")) == merged);
        }
        // Carl, still on revision 1, renames it too and grows the team: the rename conflicts.
        Model carl = back.model;
        carl.system.name = QStringLiteral("Ledger by Carl");
        carl.team.size += 2;
        QVERIFY(ModelFile::save(carl, dir.filePath(QStringLiteral("carl.yaml"))));
        const QStringList carlPush{QStringLiteral("workspace"), QStringLiteral("push"),
                                   QStringLiteral("ledger"),    dir.filePath(QStringLiteral("carl.yaml")),
                                   QStringLiteral("--base"),    QStringLiteral("1"),
                                   QStringLiteral("--merge")};
        run = cli(carlPush);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("Ledger by Carl")) &&
                     run.out.contains(QStringLiteral("name")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("--prefer")), qPrintable(run.err));
        run = cli(carlPush + QStringList{QStringLiteral("--prefer"), QStringLiteral("sideways")});
        QCOMPARE(run.exitCode, 2);
        run = cli(carlPush + QStringList{QStringLiteral("--prefer"), QStringLiteral("theirs")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        merged.team.size = carl.team.size;
        {
            Workspace check(open(connection));
            QVERIFY(check.open());
            QCOMPARE(*check.latestRevision(QStringLiteral("ledger")), 4);
            QVERIFY(*check.model(QStringLiteral("ledger")) == merged);
        }

        run = cli({QStringLiteral("workspace"), QStringLiteral("log"), QStringLiteral("ledger"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray revisions =
            QJsonDocument::fromJson(run.stdOut).object().value(QStringLiteral("revisions")).toArray();
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.first().toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("first cut"));
        QCOMPARE(revisions.last().toObject().value(QStringLiteral("saved_by")).toString(),
                 QStringLiteral("postgres"));

        const QString page = dir.filePath(QStringLiteral("portfolio.html"));
        run = cli({QStringLiteral("workspace"), QStringLiteral("portfolio"), QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("-o"), page});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile html(page);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(html.readAll());
        QVERIFY(written.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(written.contains(QStringLiteral("<td>ledger</td>")) ||
                written.contains(QStringLiteral("ledger")));
        QVERIFY(!written.contains(QStringLiteral("http")));

        run = cli({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--format"),
                   QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray models =
            QJsonDocument::fromJson(run.stdOut).object().value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.first().toObject().value(QStringLiteral("revision")).toInt(), 4);

        // Revision 2 was scored with the workspace's pack: its advice has the pack's decision kind.
        Workspace workspace(open(connection));
        QVERIFY(workspace.open());
        const auto kinds = [&](int revision) {
            QStringList out;
            const std::optional<AdviceSummary> advice = workspace.advice(QStringLiteral("ledger"), revision);
            for (const DecisionOutcome& o : advice->decisions)
                out.append(o.kind);
            return out;
        };
        QVERIFY(!kinds(1).contains(QStringLiteral("caching")));
        QVERIFY(kinds(2).contains(QStringLiteral("caching")));
        QVERIFY(kinds(3).contains(QStringLiteral("caching"))); // a merged push is scored as every push

        run = runCli({QStringLiteral("workspace"), QStringLiteral("list"), QStringLiteral("--workspace"),
                      QStringLiteral("postgresql://ana:hunter2@localhost/arch")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(".pgpass")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("hunter2")));
        run = cli({QStringLiteral("workspace"), QStringLiteral("pull"), QStringLiteral("nosuchmodel")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no model named 'nosuchmodel'")), qPrintable(run.err));
    }

    // A project pushed as a new model brings its snapshots and decision log, times included, and a
    // project pulled back has them again: the history round-trips as the model does.
    void aProjectsHistoryGoesToTheWorkspaceAndComesBack()
    {
        using testsupport::CliRun;
        QTemporaryDir dir;
        const QString connection = freshWorkspace();
        const auto cli = [&connection](const QStringList& args) { return cliOn(connection, args); };
        const QString path = dir.filePath(QStringLiteral("plan.groundwork"));
        {
            ProjectFile project;
            QVERIFY(project.create(path));
            Model model = example(QStringLiteral("fintech"));
            ProjectSettings settings;
            settings.positions.insert(model.workloads.first().id, QPointF(120, 40));
            QVERIFY(project.save(model, settings));
            QVERIFY(project.takeSnapshot(QStringLiteral("review"), QStringLiteral("before the board"), model,
                                         adviceFor(model)));
            Decision pin;
            pin.subject = model.workloads.first().id + QStringLiteral("/compute");
            pin.choice = QStringLiteral("containers");
            pin.reason = QStringLiteral("the platform team runs Kubernetes");
            model.decisions.append(pin);
            QVERIFY(project.save(model, settings));
            model.decisions.last().reason = QStringLiteral("agreed at the board");
            QVERIFY(project.save(model, settings));
            QVERIFY(project.takeSnapshot(QStringLiteral("release"), {}, model, adviceFor(model)));
        }
        ProjectFile original;
        QVERIFY(original.open(path, ProjectFile::Access::ReadOnly));
        QString error;
        const std::optional<ModelHistory> history = ModelHistory::readFrom(original, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->snapshots.size(), 2);
        QVERIFY(history->decisionLog.size() > 2);

        CliRun run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("plan"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        Workspace workspace(open(connection));
        QVERIFY(workspace.open());
        WorkspaceModel shared(workspace, QStringLiteral("plan"));
        const std::optional<ModelHistory> pushed = ModelHistory::readFrom(shared, &error);
        QVERIFY2(pushed, qPrintable(error));
        QCOMPARE(pushed->decisionLog, history->decisionLog);
        QCOMPARE(pushed->snapshots.size(), history->snapshots.size());
        for (qsizetype i = 0; i < history->snapshots.size(); ++i)
            QVERIFY2(pushed->snapshots[i] == history->snapshots[i],
                     qPrintable(history->snapshots[i].info.name));

        const QString back = dir.filePath(QStringLiteral("back.groundwork"));
        run = cli({QStringLiteral("workspace"), QStringLiteral("pull"), QStringLiteral("plan"),
                   QStringLiteral("-o"), back});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 snapshot(s)")), qPrintable(run.err));
        ProjectFile pulled;
        QVERIFY(pulled.open(back, ProjectFile::Access::ReadOnly));
        QVERIFY(*pulled.model() == *original.model());
        QCOMPARE(pulled.settings().positions, original.settings().positions);
        QCOMPARE(pulled.snapshots(), original.snapshots());
        QVERIFY(*ModelHistory::readFrom(pulled, &error) == *history);
        QVERIFY(pulled.integrityOk());

        // Later pushes add revisions; a history comes only with a model's first save.
        WorkspaceSave again;
        again.model = *original.model();
        again.baseRevision = 1;
        again.history = *history;
        QVERIFY(!workspace.save(QStringLiteral("plan"), again));
        QCOMPARE(workspace.error(), Workspace::Error::Invalid);
        run = cli({QStringLiteral("workspace"), QStringLiteral("push"), QStringLiteral("plan"), path,
                   QStringLiteral("--base"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(shared.snapshots().size(), 2);
        QCOMPARE(shared.decisionLog(), history->decisionLog);
    }

    // The review board's views across models, from what each model's latest revision was saved with.
    void thePortfolioShowsPicksFindingsRetiringPinsAndCost()
    {
        Workspace workspace(open(freshWorkspace()));
        QVERIFY(workspace.open());
        Model gcp = example(QStringLiteral("early-saas"));
        gcp.system.cloud = Cloud::Gcp;
        gcp.system.ownership = {QStringLiteral("web"), QStringLiteral("CC-200")};
        Decision pin;
        pin.subject = QStringLiteral("system/infrastructure-as-code");
        pin.choice = QStringLiteral("cloud-native-iac"); // Cloud Deployment Manager on GCP: retiring
        pin.reason = QStringLiteral("what the team knows");
        gcp.decisions.append(pin);
        Model fintech = example(QStringLiteral("fintech"));
        fintech.system.ownership = {QStringLiteral("payments"), QStringLiteral("CC-100")};
        QVERIFY2(workspace.save(QStringLiteral("shop"), saveOf(gcp, 0)), qPrintable(workspace.errorString()));
        QVERIFY(workspace.save(QStringLiteral("ledger"), saveOf(fintech, 0)));
        QVERIFY(workspace.save(QStringLiteral("draft"),
                               saveOf(example(QStringLiteral("marketplace")), 0, false)));

        const Portfolio portfolio = Portfolio::build(workspace.portfolio(), *RulePackLoader::builtIn());
        QCOMPARE(portfolio.modelCount(), 3);

        const AdviceSummary shopAdvice = adviceFor(gcp);
        const AdviceSummary ledgerAdvice = adviceFor(fintech);
        int postgres = 0;
        for (const AdviceSummary* advice : {&shopAdvice, &ledgerAdvice}) {
            for (const DecisionOutcome& o : advice->decisions)
                postgres += o.chosen == QStringLiteral("postgresql") ? 1 : 0;
        }
        const QList<Portfolio::Use> uses = portfolio.usesOf(QStringLiteral("postgresql"));
        QCOMPARE(uses.size(), postgres);
        QVERIFY(std::any_of(uses.begin(), uses.end(), [](const Portfolio::Use& u) { return u.pinned; }));
        int radarPostgres = 0;
        for (const Portfolio::RadarEntry& e : portfolio.radar()) {
            if (e.candidate == QStringLiteral("postgresql")) {
                radarPostgres = e.decisions;
                QCOMPARE(e.models, QStringList({QStringLiteral("ledger"), QStringLiteral("shop")}));
                QCOMPARE(e.label, QStringLiteral("PostgreSQL"));
            }
        }
        QCOMPARE(radarPostgres, postgres);

        QCOMPARE(portfolio.retiringPins().size(), 1);
        const Portfolio::RetiringPin& retiring = portfolio.retiringPins().first();
        QCOMPARE(retiring.model, QStringLiteral("shop"));
        QCOMPARE(retiring.candidate, QStringLiteral("cloud-native-iac"));
        QCOMPARE(retiring.status, QStringLiteral("retiring"));
        QCOMPARE(retiring.successor, QStringLiteral("Infrastructure Manager"));

        const auto highs = [](const AdviceSummary& advice) {
            return int(
                std::count_if(advice.findings.begin(), advice.findings.end(),
                              [](const FindingOutcome& f) { return f.severity == QStringLiteral("high"); }));
        };
        QCOMPARE(portfolio.findings().size(), 3);
        for (const Portfolio::ModelFindings& f : portfolio.findings()) {
            if (f.model == QStringLiteral("shop"))
                QCOMPARE(f.high, highs(shopAdvice));
            if (f.model == QStringLiteral("draft"))
                QCOMPARE(f.total, 0); // saved without advice
        }
        QVERIFY(portfolio.findings().first().high >= portfolio.findings().last().high);

        QCOMPARE(portfolio.costs().size(), 3);
        QCOMPARE(portfolio.costs().at(0).costCentre, QString());
        QCOMPARE(portfolio.costs().at(0).unpriced, 1);
        QCOMPARE(portfolio.costs().at(1).costCentre, QStringLiteral("CC-100"));
        QCOMPARE(portfolio.costs().at(1).monthlyUsd, ledgerAdvice.cost->expectedUsd);
        QCOMPARE(portfolio.costs().at(2).monthlyUsd, shopAdvice.cost->expectedUsd);

        QVERIFY(portfolio.toTable().contains(QStringLiteral("Infrastructure Manager")));
        QVERIFY(portfolio.toMarkdown().contains(QStringLiteral("| shop |")));
        const QJsonObject json = QJsonDocument::fromJson(portfolio.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("models")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("retiring_pins")).toArray().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(portfolio.usesJson(QStringLiteral("postgresql")))
                     .object()
                     .value(QStringLiteral("uses"))
                     .toArray()
                     .size(),
                 postgres);
    }

    // scripts/workspace-setup's roles: a reader reads, an editor pushes models, only an admin changes
    // the organisation's rule packs.
    void theSetupScriptsRolesLimitWhatEachMemberMayDo()
    {
        QProcess setup;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString connection = m_cluster.connection();
        env.insert(QStringLiteral("PGHOST"), connection.section(u' ', 0, 0).section(u'=', 1));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("GROUNDWORK_CLI"), QStringLiteral(GROUNDWORK_BIN_DIR "/groundwork-cli"));
        setup.setProcessEnvironment(env);
        setup.setProcessChannelMode(QProcess::MergedChannels);
        for (int run = 0; run < 2; ++run) { // the second run changes nothing and succeeds
            setup.start(QStringLiteral(GROUNDWORK_SOURCE_DIR "/scripts/workspace-setup"),
                        {QStringLiteral("teamws")});
            QVERIFY(setup.waitForFinished(120000));
            QVERIFY2(setup.exitCode() == 0, setup.readAll().constData());
        }
        QVERIFY(m_cluster.psql(QStringLiteral("CREATE ROLE ana LOGIN IN ROLE groundwork_editor; "
                                              "CREATE ROLE rita LOGIN IN ROLE groundwork_reader; "
                                              "CREATE ROLE olga LOGIN IN ROLE groundwork_admin")));
        const auto as = [&](const QString& role) {
            QString text = m_cluster.connection(QStringLiteral("teamws"));
            return open(text.replace(QStringLiteral("user=postgres"), QStringLiteral("user=") + role));
        };
        Workspace ana(as(QStringLiteral("ana")));
        Workspace rita(as(QStringLiteral("rita")));
        Workspace olga(as(QStringLiteral("olga")));
        QVERIFY2(ana.open() && rita.open() && olga.open(),
                 qPrintable(ana.errorString() + rita.errorString()));

        const Model model = example(QStringLiteral("early-saas"));
        QVERIFY2(ana.save(QStringLiteral("shop"), saveOf(model, 0)), qPrintable(ana.errorString()));
        QVERIFY(ana.takeSnapshot(QStringLiteral("shop"), QStringLiteral("v1"), {}, model, adviceFor(model)));
        QVERIFY(!ana.saveRulePack(QStringLiteral("acme.yaml"), "pack: acme\n"));
        QCOMPARE(ana.error(), Workspace::Error::Denied);

        QCOMPARE(rita.models().size(), 1);
        QVERIFY(*rita.model(QStringLiteral("shop")) == model);
        QVERIFY(!rita.save(QStringLiteral("shop"), saveOf(model, 1)));
        QCOMPARE(rita.error(), Workspace::Error::Denied);
        QVERIFY2(rita.errorString().contains(QStringLiteral("not allowed for this role: permission denied")),
                 qPrintable(rita.errorString()));
        QVERIFY(!rita.errorString().contains(QStringLiteral("42501")));

        QVERIFY2(olga.saveRulePack(QStringLiteral("acme.yaml"), "pack: acme\n"),
                 qPrintable(olga.errorString()));
        QCOMPARE(rita.rulePacks().size(), 1);

        // Row-level security: a model with an owner team is saved only by that team's members and admins.
        QVERIFY(m_cluster.psql(
            QStringLiteral("CREATE ROLE ben LOGIN IN ROLE groundwork_editor; "
                           "INSERT INTO team_members VALUES ('ana', 'payments'), ('ben', 'web'), "
                           "('ghost', 'web')"),
            QStringLiteral("teamws")));
        Workspace ben(as(QStringLiteral("ben")));
        QVERIFY(ben.open());
        WorkspaceSave owned = saveOf(example(QStringLiteral("fintech")), 0);
        owned.ownerTeam = QStringLiteral("payments");
        QVERIFY2(ana.save(QStringLiteral("ledger"), owned), qPrintable(ana.errorString()));
        owned.baseRevision = 1;
        QVERIFY(!ben.save(QStringLiteral("ledger"), owned));
        QCOMPARE(ben.error(), Workspace::Error::Denied);
        QVERIFY2(ben.errorString().contains(QStringLiteral("team 'payments'")),
                 qPrintable(ben.errorString()));
        QVERIFY(!ben.takeSnapshot(QStringLiteral("ledger"), QStringLiteral("mine"), {}, owned.model,
                                  adviceFor(owned.model)));
        QCOMPARE(ben.error(), Workspace::Error::Denied);
        QVERIFY2(ana.save(QStringLiteral("ledger"), owned), qPrintable(ana.errorString()));
        QVERIFY2(olga.save(QStringLiteral("ledger"), saveOf(owned.model, 2)), qPrintable(olga.errorString()));
        // Ben may not start a model in another team's name, may in his own, and may save unowned ones.
        owned.baseRevision = 0;
        QVERIFY(!ben.save(QStringLiteral("ledger-2"), owned));
        QCOMPARE(ben.error(), Workspace::Error::Denied);
        QVERIFY2(ben.errorString().contains(QStringLiteral("only members of team 'payments'")),
                 qPrintable(ben.errorString()));
        owned.ownerTeam = QStringLiteral("web");
        QVERIFY2(ben.save(QStringLiteral("storefront"), owned), qPrintable(ben.errorString()));
        QVERIFY2(ben.save(QStringLiteral("shop"), saveOf(model, 1)), qPrintable(ben.errorString()));
        QCOMPARE(*rita.latestRevision(QStringLiteral("ledger")), 3);
        QCOMPARE(rita.models().size(), 3);

        // Handing a model over: not by a stranger, by an admin, and then the new team saves it.
        QVERIFY(!ben.setOwner(QStringLiteral("ledger"), QStringLiteral("web")));
        QCOMPARE(ben.error(), Workspace::Error::Denied);
        QVERIFY(!olga.setOwner(QStringLiteral("nosuchmodel"), QStringLiteral("web")));
        QCOMPARE(olga.error(), Workspace::Error::NotFound);
        QVERIFY2(olga.setOwner(QStringLiteral("ledger"), QStringLiteral("web")),
                 qPrintable(olga.errorString()));
        QCOMPARE(rita.models().at(0).ownerTeam, QStringLiteral("web"));
        QVERIFY2(ben.save(QStringLiteral("ledger"), saveOf(owned.model, 3)), qPrintable(ben.errorString()));
        QVERIFY(!ana.save(QStringLiteral("ledger"), saveOf(owned.model, 4)));
        QCOMPARE(ana.error(), Workspace::Error::Denied);
    }

    void rulePacksAreKeptByFileName()
    {
        Workspace workspace(open(freshWorkspace()));
        QVERIFY(workspace.open());
        QVERIFY(workspace.saveRulePack(QStringLiteral("payments.yaml"), "pack: payments\n"));
        QVERIFY(workspace.saveRulePack(QStringLiteral("payments.yaml"), "pack: payments2\n"));
        QVERIFY(!workspace.saveRulePack(QStringLiteral("../escape.yaml"), "x"));
        QCOMPARE(workspace.error(), Workspace::Error::Invalid);
        QVERIFY(!workspace.saveRulePack(QStringLiteral("notes.txt"), "x"));
        const QList<WorkspaceRulePack> packs = workspace.rulePacks();
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().content, QByteArray("pack: payments2\n"));
        QVERIFY(workspace.removeRulePack(QStringLiteral("payments.yaml")));
        QVERIFY(!workspace.removeRulePack(QStringLiteral("payments.yaml")));
        QCOMPARE(workspace.error(), Workspace::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
