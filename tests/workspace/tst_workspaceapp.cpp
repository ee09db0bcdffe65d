// The app's side of the team workspace, against a real PostgreSQL server the test starts: a model opened
// from a workspace is saved back through File > Save, a save on a stale revision shows both sides'
// changes and writes nothing, Save to workspace shares a new model, and the dialog lists the models.
#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/store/modelhistory.h"
#include "core/store/projectfile.h"
#include "dialogs/portfoliodialog.h"
#include "dialogs/revisionmergedialog.h"
#include "dialogs/workspacedialog.h"
#include "document/advice.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "pgcluster.h"
#include "secretservice.h"
#include "workspace/workspace.h"
#include "workspace/workspacemodel.h"
#include "workspaceactions.h"
#include "workspacepasswords.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace gw;

namespace {

Model example(const QString& name)
{
    return ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(name)).model;
}

AdviceSummary adviceFor(const Model& model)
{
    return AdviceSummary::from(PricedScoring::score(model, RulePackLoader::builtIn()));
}

// Closes the next message box the code under test opens, as a user dismissing it would.
void dismissNextMessageBox()
{
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->reject();
        else
            dismissNextMessageBox();
    });
}

// Presses the button labelled `text` in the next message box, as a user choosing it would.
void pressInNextMessageBox(const QString& text)
{
    QTimer::singleShot(0, [text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return pressInNextMessageBox(text);
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == text)
                return button->click();
        }
        qWarning("No button %s in the message box", qPrintable(text));
        box->reject();
    });
}

} // namespace

class TestWorkspaceApp : public QObject
{
    Q_OBJECT

private:
    testsupport::PgCluster m_cluster;
    testsupport::SecretService m_keychain; // this process's keychain: never the user's own
    int m_databases = 0;

    std::shared_ptr<Workspace> freshWorkspace(QString* connectionText = nullptr)
    {
        const QString database = QStringLiteral("app%1").arg(++m_databases);
        if (!m_cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(database)))
            qFatal("%s", qPrintable(m_cluster.error()));
        QString error;
        const QString text = m_cluster.connection(database);
        if (connectionText)
            *connectionText = text;
        auto workspace = std::make_shared<Workspace>(*WorkspaceConnection::parse(text, &error));
        if (!workspace->open(true))
            qFatal("%s", qPrintable(workspace->errorString()));
        return workspace;
    }

    // A model saved in a fresh workspace as revision 1 and open in the app, as File > Open from
    // workspace leaves it.
    struct OpenedModel
    {
        std::shared_ptr<Workspace> workspace;
        WorkspaceSave seed;
        QWidget window;
        Document document;
        FileActions files{&document, &window};
    };

    std::unique_ptr<OpenedModel> openSeeded(const QString& name, const QString& exampleName)
    {
        auto opened = std::make_unique<OpenedModel>();
        opened->workspace = freshWorkspace();
        opened->seed.model = example(exampleName);
        if (!opened->workspace->save(name, opened->seed) ||
            !opened->files.workspaceActions()->openModel(opened->workspace, name))
            return nullptr;
        return opened;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(
            true); // the remembered connection stays out of the user's settings
        QCoreApplication::setOrganizationName(QStringLiteral("groundwork-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workspaceapp"));
        QVERIFY2(m_keychain.start(), qPrintable(m_keychain.error()));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    }

    void aModelOpenedFromAWorkspaceIsSavedBackWithItsAdvice()
    {
        const auto opened = openSeeded(QStringLiteral("ledger"), QStringLiteral("fintech"));
        QVERIFY(opened);
        auto& [workspace, seed, window, document, files] = *opened;
        files.workspaceActions()->setAdviceSource([&document] { return adviceFor(document.model()); });
        QVERIFY(document.model() == seed.model);
        QVERIFY(document.savesToStore());
        QVERIFY2(document.displayName().startsWith(QStringLiteral("ledger in host=")),
                 qPrintable(document.displayName()));

        Model edited = document.model();
        edited.system.name = QStringLiteral("Ledger, edited in the app");
        document.replaceModel(edited, QStringLiteral("Rename"));
        QVERIFY(document.isModified());
        QVERIFY(files.save()); // File > Save
        QVERIFY(!document.isModified());
        QCOMPARE(*workspace->latestRevision(QStringLiteral("ledger")), 2);
        QVERIFY(*workspace->model(QStringLiteral("ledger")) == edited);
        QVERIFY(*workspace->advice(QStringLiteral("ledger")) == adviceFor(edited));
    }

    void aStaleSaveShowsBothSidesAndWritesNothing()
    {
        const auto opened = openSeeded(QStringLiteral("market"), QStringLiteral("marketplace"));
        QVERIFY(opened);
        auto& [workspace, seed, window, document, files] = *opened;

        // A colleague saves first.
        WorkspaceSave theirs = seed;
        theirs.model.system.name = QStringLiteral("Market by a colleague");
        theirs.baseRevision = 1;
        QVERIFY(workspace->save(QStringLiteral("market"), theirs));

        Model mine = document.model();
        mine.workloads.removeLast();
        document.replaceModel(mine, QStringLiteral("Remove a workload"));
        QSignalSpy conflict(files.workspaceActions(), &WorkspaceActions::conflictShown);
        dismissNextMessageBox();
        QVERIFY(!files.save());
        QCOMPARE(conflict.size(), 1);
        const QString message = conflict.first().at(0).toString();
        const QString details = conflict.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("revision 2")), qPrintable(message));
        QVERIFY2(details.contains(QStringLiteral("Market by a colleague")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Your changes")), qPrintable(details));
        QVERIFY2(details.contains(seed.model.workloads.last().id), qPrintable(details));
        QVERIFY(document.isModified()); // nothing lost here
        QVERIFY(document.model() == mine);
        QCOMPARE(*workspace->latestRevision(QStringLiteral("market")), 2);
        QCOMPARE(workspace->model(QStringLiteral("market"))->system.name,
                 QStringLiteral("Market by a colleague"));
    }

    void aStaleSaveMergesFieldByFieldAndSavesOnTop()
    {
        const auto opened = openSeeded(QStringLiteral("market"), QStringLiteral("marketplace"));
        QVERIFY(opened);
        auto& [workspace, seed, window, document, files] = *opened;

        // A colleague renames the system and raises the first workload's peak; you change the team's size
        // and the same peak, differently.
        WorkspaceSave theirs = seed;
        theirs.model.system.name = QStringLiteral("Market by a colleague");
        theirs.model.workloads[0].traffic.peakRps = 9000;
        theirs.baseRevision = 1;
        QVERIFY(workspace->save(QStringLiteral("market"), theirs));
        Model mine = document.model();
        mine.team.size += 3;
        mine.workloads[0].traffic.peakRps = 7000;
        document.replaceModel(mine, QStringLiteral("Edit"));

        QStringList offered;
        connect(files.workspaceActions(), &WorkspaceActions::mergeOffered, this,
                [&offered](RevisionMergeDialog* dialog) {
                    QTreeWidget* list = dialog->conflictList();
                    for (int row = 0; row < list->topLevelItemCount(); ++row)
                        offered.append(list->topLevelItem(row)->text(0) + u' ' +
                                       list->topLevelItem(row)->text(1));
                    QTimer::singleShot(0, dialog, [dialog] {
                        dialog->choose(0, MergeSide::Theirs);
                        dialog->accept();
                    });
                });
        pressInNextMessageBox(QStringLiteral("&Merge..."));
        QVERIFY(files.save()); // File > Save: refused, merged, saved on top
        QCOMPARE(offered,
                 QStringList{QStringLiteral("workload %1 traffic.peak_rps").arg(mine.workloads[0].id)});

        Model expected = mine;
        expected.system.name = theirs.model.system.name; // theirs alone changed it
        expected.workloads[0].traffic.peakRps = 9000;    // both did: the user chose theirs
        QCOMPARE(*workspace->latestRevision(QStringLiteral("market")), 3);
        QVERIFY(*workspace->model(QStringLiteral("market")) == expected);
        QVERIFY(document.model() == expected);
        QVERIFY(!document.isModified());

        // The merge is one edit: undo gives back your model as it was.
        document.undoStack()->undo();
        QVERIFY(document.model() == mine);
    }

    void aMergeTheUserCancelsSavesNothing()
    {
        const auto opened = openSeeded(QStringLiteral("shop"), QStringLiteral("early-saas"));
        QVERIFY(opened);
        auto& [workspace, seed, window, document, files] = *opened;
        WorkspaceSave theirs = seed;
        theirs.model.system.name = QStringLiteral("Theirs");
        theirs.baseRevision = 1;
        QVERIFY(workspace->save(QStringLiteral("shop"), theirs));
        Model mine = document.model();
        mine.system.name = QStringLiteral("Mine");
        document.replaceModel(mine, QStringLiteral("Rename"));

        connect(files.workspaceActions(), &WorkspaceActions::mergeOffered, this,
                [](RevisionMergeDialog* dialog) { QTimer::singleShot(0, dialog, &QDialog::reject); });
        pressInNextMessageBox(QStringLiteral("&Merge..."));
        QVERIFY(!files.save());
        QVERIFY(document.model() == mine);
        QVERIFY(document.isModified());
        QCOMPARE(*workspace->latestRevision(QStringLiteral("shop")), 2);

        // Saving again is refused again: the document is still based on revision 1.
        dismissNextMessageBox();
        QVERIFY(!files.save());
        QCOMPARE(*workspace->latestRevision(QStringLiteral("shop")), 2);
    }

    void saveToWorkspaceSharesTheModelUnderANewName()
    {
        const std::shared_ptr<Workspace> workspace = freshWorkspace();
        QWidget window;
        Document document;
        document.reset(example(QStringLiteral("early-saas")));
        FileActions files(&document, &window);
        QVERIFY(files.workspaceActions()->saveModelAs(workspace, QStringLiteral("shop")));
        QVERIFY(document.savesToStore());
        QCOMPARE(*workspace->latestRevision(QStringLiteral("shop")), 1);

        // A name in use is refused, not overwritten.
        Document other;
        other.reset(example(QStringLiteral("fintech")));
        FileActions otherFiles(&other, &window);
        dismissNextMessageBox();
        QVERIFY(!otherFiles.workspaceActions()->saveModelAs(workspace, QStringLiteral("shop")));
        QCOMPARE(*workspace->latestRevision(QStringLiteral("shop")), 1);
        QVERIFY(!other.savesToStore());
    }

    // A project saved to the workspace brings its snapshots, decision log and diagram positions; a
    // workspace model saved as a project takes them back.
    void aProjectsHistoryComesAlongBothWays()
    {
        const std::shared_ptr<Workspace> workspace = freshWorkspace();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.groundwork"));
        const Model model = example(QStringLiteral("fintech"));
        {
            ProjectFile project;
            QVERIFY(project.create(path));
            ProjectSettings settings;
            settings.positions.insert(model.workloads.first().id, QPointF(80, 20));
            QVERIFY(project.save(model, settings));
            QVERIFY(project.takeSnapshot(QStringLiteral("review"), QStringLiteral("board"), model,
                                         adviceFor(model)));
        }
        QWidget window;
        Document document;
        QString error;
        QVERIFY2(document.open(path, &error), qPrintable(error));
        QString failure;
        const ModelHistory history = *ModelHistory::readFrom(*document.store(), &failure);
        const ProjectSettings settings = document.store()->settings();
        FileActions files(&document, &window);
        QVERIFY(files.workspaceActions()->saveModelAs(workspace, QStringLiteral("plan")));

        WorkspaceModel shared(*workspace, QStringLiteral("plan"));
        QVERIFY(*ModelHistory::readFrom(shared, &failure) == history);
        QCOMPARE(shared.settings().positions, settings.positions);

        const QString back = dir.filePath(QStringLiteral("back.groundwork"));
        QVERIFY2(document.saveAs(back, &error), qPrintable(error));
        ProjectFile* pulled = document.project(); // the document keeps the new file open and locked
        QVERIFY(pulled);
        QCOMPARE(pulled->path(), back);
        QVERIFY(*ModelHistory::readFrom(*pulled, &failure) == history);
        QCOMPARE(pulled->settings().positions, settings.positions);
    }

    // A server that asks for a password gets one typed in the dialog; it goes to the connection and,
    // when the user wants, to the desktop keychain, never to the settings.
    void aServerThatAsksForAPasswordGetsOneInTheDialog()
    {
        QVERIFY2(m_cluster.addPasswordRole(QStringLiteral("ana"), QStringLiteral("open-sesame")),
                 qPrintable(m_cluster.error()));
        QString superuser;
        const std::shared_ptr<Workspace> workspace = freshWorkspace(&superuser);
        WorkspaceSave seed;
        seed.model = example(QStringLiteral("fintech"));
        QVERIFY(workspace->save(QStringLiteral("ledger"), seed));
        const QString database = superuser.section(QStringLiteral("dbname="), 1);
        const QString asAna = m_cluster.connection(database, QStringLiteral("ana"));

        WorkspaceDialog dialog(WorkspaceDialog::Mode::Open, {});
        dialog.connectionEdit()->setText(asAna);
        QVERIFY(!dialog.passwordEdit()->isVisibleTo(&dialog));
        QVERIFY(!dialog.connectToWorkspace());
        QVERIFY(dialog.passwordEdit()->isVisibleTo(&dialog));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("asks for a password")),
                 qPrintable(dialog.statusLabel()->text()));

        dialog.passwordEdit()->setText(QStringLiteral("guess"));
        QVERIFY(!dialog.connectToWorkspace());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("refused the password")),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.statusLabel()->text().contains(QStringLiteral("guess")));

        dialog.passwordEdit()->setText(QStringLiteral("open-sesame"));
        QVERIFY2(dialog.connectToWorkspace(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.modelList()->topLevelItemCount(), 1);
        QVERIFY(dialog.workspace());

        // "Remember it" was left checked: the keychain keeps it, and the next connection needs no typing.
        QVERIFY2(!dialog.statusLabel()->text().contains(QStringLiteral("only")),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(WorkspacePasswords::read(asAna), QStringLiteral("open-sesame"));
        {
            WorkspaceDialog next(WorkspaceDialog::Mode::Open, {});
            next.connectionEdit()->setText(asAna);
            QVERIFY2(next.connectToWorkspace(), qPrintable(next.statusLabel()->text()));
            QVERIFY(!next.passwordEdit()->isVisibleTo(&next));
            QCOMPARE(next.modelList()->topLevelItemCount(), 1);
        }
        // Settings hold the connection, never the password.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        QVERIFY(kept.contains(asAna.toUtf8()));
        QVERIFY(!kept.contains("open-sesame"));

        // Unchecked, a typed password is used and the keychain forgets the one it kept.
        dialog.rememberPassword()->setChecked(false);
        QVERIFY(dialog.connectToWorkspace());
        QVERIFY(!WorkspacePasswords::read(asAna));

        // With no keychain at all, the password still connects, for this connection only.
        m_keychain.stopKeyring();
        dialog.rememberPassword()->setChecked(true);
        QVERIFY2(dialog.connectToWorkspace(), qPrintable(dialog.statusLabel()->text()));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("for this connection only")),
                 qPrintable(dialog.statusLabel()->text()));
    }

    void thePortfolioViewShowsEveryModel()
    {
        const std::shared_ptr<Workspace> workspace = freshWorkspace();
        Model gcp = example(QStringLiteral("early-saas"));
        gcp.system.cloud = Cloud::Gcp;
        Decision pin;
        pin.subject = QStringLiteral("system/infrastructure-as-code");
        pin.choice = QStringLiteral("cloud-native-iac"); // Cloud Deployment Manager on GCP: retiring
        gcp.decisions.append(pin);
        WorkspaceSave save;
        save.model = gcp;
        save.advice = adviceFor(gcp);
        QVERIFY(workspace->save(QStringLiteral("shop"), save));
        save.model = example(QStringLiteral("fintech"));
        save.advice = adviceFor(save.model);
        QVERIFY(workspace->save(QStringLiteral("ledger"), save));

        QString error;
        const QByteArray html = WorkspaceActions::portfolioHtml(*workspace, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        PortfolioDialog dialog(QStringLiteral("Portfolio"), html);
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Technology radar")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ledger")));
        QVERIFY(text.contains(QStringLiteral("Infrastructure Manager")));
        QVERIFY(text.contains(QStringLiteral("2 models in host=")));
        if (!qEnvironmentVariableIsEmpty("GROUNDWORK_TEST_SCREENSHOT")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("GROUNDWORK_TEST_SCREENSHOT"));
        }
    }

    // A model from a workspace is scored with the workspace's own packs, as its pushes are; a file opened
    // afterwards goes back to the built-in ones.
    void theWindowScoresAWorkspaceModelWithTheWorkspacesPacks()
    {
        const std::shared_ptr<Workspace> workspace = freshWorkspace();
        QFile pack(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rules/caching.yaml"));
        QVERIFY(pack.open(QIODevice::ReadOnly));
        QVERIFY(workspace->saveRulePack(QStringLiteral("caching.yaml"), pack.readAll()));
        WorkspaceSave seed;
        seed.model = example(QStringLiteral("marketplace"));
        QVERIFY(workspace->save(QStringLiteral("market"), seed));

        const auto kinds = [](const MainWindow& window) {
            QSet<QString> out;
            for (const DecisionResult& d : window.advice()->recommendations().decisions)
                out.insert(d.kind.name());
            return out;
        };
        MainWindow window;
        QVERIFY(!kinds(window).contains(QStringLiteral("caching")));
        QVERIFY(window.fileActions()->workspaceActions()->openModel(workspace, QStringLiteral("market")));
        QVERIFY(kinds(window).contains(QStringLiteral("caching")));
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("market in host=")),
                 qPrintable(window.windowTitle()));

        // File > Save keeps the advice shown, the workspace's decision kind included.
        Model edited = window.document()->model();
        edited.system.description = QStringLiteral("edited");
        window.document()->replaceModel(edited, QStringLiteral("Describe"));
        QVERIFY(window.fileActions()->save());
        bool cachingKept = false;
        const std::optional<AdviceSummary> saved = workspace->advice(QStringLiteral("market"));
        QVERIFY(saved);
        for (const DecisionOutcome& o : saved->decisions)
            cachingKept = cachingKept || o.kind == QStringLiteral("caching");
        QVERIFY(cachingKept);

        QVERIFY(window.fileActions()->openFile(
            QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")));
        QVERIFY(!kinds(window).contains(QStringLiteral("caching")));
    }

    void theDialogListsTheModelsAndRefusesAPassword()
    {
        QString connection;
        const std::shared_ptr<Workspace> workspace = freshWorkspace(&connection);
        WorkspaceSave seed;
        seed.model = example(QStringLiteral("early-saas"));
        seed.ownerTeam = QStringLiteral("web");
        QVERIFY(workspace->save(QStringLiteral("shop"), seed));
        QVERIFY(workspace->save(QStringLiteral("ledger"), seed));

        WorkspaceDialog dialog(WorkspaceDialog::Mode::Open, {});
        dialog.connectionEdit()->setText(QStringLiteral("postgresql://ana:hunter2@localhost/arch"));
        QVERIFY(!dialog.connectToWorkspace());
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral(".pgpass")),
                 qPrintable(dialog.statusLabel()->text()));

        dialog.connectionEdit()->setText(connection);
        QVERIFY2(dialog.connectToWorkspace(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.modelList()->topLevelItemCount(), 2);
        QCOMPARE(dialog.modelList()->topLevelItem(0)->text(0), QStringLiteral("ledger"));
        QCOMPARE(dialog.modelList()->topLevelItem(0)->text(1), QStringLiteral("web"));
        QCOMPARE(dialog.modelList()->topLevelItem(0)->text(5), QStringLiteral("not scored"));
        QVERIFY(dialog.modelName().isEmpty());
        dialog.modelList()->setCurrentItem(dialog.modelList()->topLevelItem(1));
        QCOMPARE(dialog.modelName(), QStringLiteral("shop"));
        QCOMPARE(WorkspaceDialog::rememberedConnection(), connection);
    }
};

QTEST_MAIN(TestWorkspaceApp)
#include "tst_workspaceapp.moc"
