// The project in the app: Save writes a project, the History panel takes, restores (undoably) and
// compares snapshots, a read-only project refuses Save, and autosave keeps a recovery copy that a
// later start offers back after a crash.
#include "core/io/modelfile.h"
#include "core/store/projectfile.h"
#include "document/advice.h"
#include "document/autosave.h"
#include "document/document.h"
#include "mainwindow.h"
#include "panels/historypanel.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;
using namespace std::chrono_literals;

namespace {

const QString kExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml");

Model example()
{
    return ModelFile::load(kExample).model;
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a crash leaves: a session edits the project at `path` into `edited`, its autosave writes the
// recovery copy in the app's own folder, and the session ends without cleaning up.
void crashWithUnsavedChanges(const QString& path, const Model& edited)
{
    auto* doc = new Document;
    auto* autosave = new Autosave(doc, Autosave::defaultFolder(), doc);
    QVERIFY(doc->open(path));
    doc->replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(autosave->writeNow());
    autosave->blockSignals(true);
    doc->disconnect(autosave);
    delete doc;
}

// Answers the next message box the app shows (run from within its exec()) with `button`, and keeps its
// text for the test to read.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        poll->deleteLater();
        box->button(button)->click();
    });
    poll->start(10);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveAsProjectAndBackToYaml();
    void snapshotsRestoreUndoablyAndCompare();
    void readOnlyProjectRefusesSave();
    void openingAnOlderProjectSaysItWasUpgraded();
    void autosaveWritesWhileModifiedAndRecoversAfterACrash();
    void cleanSaveRemovesTheRecoveryCopy();
    void recoveryPromptAcceptedRestoresTheChanges();
    void recoveryPromptDeclinedRemovesTheCopyOnly();

private:
    QTemporaryDir m_dir;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHistory::saveAsProjectAndBackToYaml()
{
    Document doc;
    QVERIFY(doc.open(kExample));
    QVERIFY(!doc.project());
    const QString project = m_dir.filePath(QStringLiteral("saved.groundwork"));
    QString error;
    QVERIFY2(doc.saveAs(project, &error), qPrintable(error));
    QVERIFY(doc.project());
    QCOMPARE(doc.filePath(), project);
    Model edited = doc.model();
    edited.system.name = QStringLiteral("Edited");
    doc.replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(doc.isModified());
    QVERIFY(doc.saveAs(project, &error)); // File > Save on a project
    QVERIFY(!doc.isModified());

    Document other;
    QVERIFY(!other.open(project, &error)); // still open (and locked) in `doc`
    QVERIFY2(error.contains(QStringLiteral("another Groundwork")), qPrintable(error));

    const QString yaml = m_dir.filePath(QStringLiteral("back.yaml"));
    QVERIFY(doc.saveAs(yaml, &error));
    QVERIFY(!doc.project());
    QVERIFY(ModelFile::load(yaml).model == edited);
    QVERIFY2(other.open(project, &error), qPrintable(error)); // the YAML save let go of the project
    QVERIFY(other.model() == edited);
}

void TestHistory::snapshotsRestoreUndoablyAndCompare()
{
    MainWindow window;
    Document* doc = window.document();
    HistoryPanel* history = window.history();
    QVERIFY(doc->open(kExample));
    QString error;
    QVERIFY(!history->takeSnapshot(QStringLiteral("too early"), {}, &error)); // not a project yet
    QVERIFY(!error.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("history.groundwork"));
    QVERIFY(doc->saveAs(path, &error));
    QVERIFY2(history->takeSnapshot(QStringLiteral("baseline"), QStringLiteral("first review"), &error),
             qPrintable(error));
    QCOMPARE(history->list()->topLevelItemCount(), 1);
    QCOMPARE(history->list()->topLevelItem(0)->text(0), QStringLiteral("baseline"));

    Model edited = doc->model();
    edited.workloads.removeLast();
    edited.priorities[Quality::Cost] = 5;
    doc->replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(history->takeSnapshot(QStringLiteral("cheaper"), {}, &error));
    QCOMPARE(history->list()->topLevelItemCount(), 2);
    QCOMPARE(history->list()->topLevelItem(0)->text(0), QStringLiteral("cheaper")); // newest first

    const QString withNow = history->compare(QStringLiteral("baseline"), {}, &error);
    QVERIFY2(withNow.contains(QStringLiteral("removed")), qPrintable(withNow));
    QVERIFY(withNow.contains(QStringLiteral("cost")));
    const QString two = history->compare(QStringLiteral("baseline"), QStringLiteral("cheaper"));
    QVERIFY(two.contains(QStringLiteral("`baseline` → `cheaper`")));
    QVERIFY(history->compare(QStringLiteral("cheaper"), {}).contains(QStringLiteral("No differences")));

    QVERIFY(history->restoreSnapshot(QStringLiteral("baseline"), &error));
    QVERIFY(doc->model() == example());
    QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("baseline")));
    doc->undoStack()->undo();
    QVERIFY(doc->model() == edited);
    QVERIFY(!history->restoreSnapshot(QStringLiteral("missing"), &error));

    // The snapshots live in the file: another window sees them once this one lets go.
    doc->reset(Model{});
    MainWindow second;
    QVERIFY(second.document()->open(path, &error));
    QCOMPARE(second.history()->list()->topLevelItemCount(), 2);
}

void TestHistory::readOnlyProjectRefusesSave()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.groundwork"));
    QString error;
    QVERIFY(ProjectFile::writeNew(path, example(), {}, &error));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Document doc;
    QString warning;
    QVERIFY(doc.open(path, &error, &warning));
    QVERIFY(doc.isReadOnly());
    QVERIFY2(warning.contains(QStringLiteral("read-only")), qPrintable(warning));
    Model edited = doc.model();
    edited.system.name = QStringLiteral("changed");
    doc.replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(!doc.saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("Save As")), qPrintable(error));
    QVERIFY(doc.isModified());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    // Save As elsewhere keeps the changes.
    QVERIFY(doc.saveAs(m_dir.filePath(QStringLiteral("writable.groundwork")), &error));
    QVERIFY(!doc.isReadOnly());
}

void TestHistory::openingAnOlderProjectSaysItWasUpgraded()
{
    const QString path = m_dir.filePath(QStringLiteral("schema1.groundwork"));
    QVERIFY(
        QFile::copy(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/store/v1-fintech.groundwork"), path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    Document doc;
    QString error;
    QString warning;
    QVERIFY2(doc.open(path, &error, &warning), qPrintable(error));
    QVERIFY(!doc.isReadOnly());
    QCOMPARE(doc.project()->upgradedFrom(), 1);
    QVERIFY2(warning.contains(QStringLiteral("project schema 1")) &&
                 warning.contains(QStringLiteral("upgraded to schema %1").arg(ProjectFile::kSchemaVersion)),
             qPrintable(warning));
    QCOMPARE(doc.project()->snapshots().size(), 2);

    // Once upgraded, it opens without a word.
    Document again;
    doc.reset(Model{}); // lets go of the file and its lock
    warning.clear();
    QVERIFY2(again.open(path, &error, &warning), qPrintable(error));
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QCOMPARE(again.project()->upgradedFrom(), 0);
}

void TestHistory::autosaveWritesWhileModifiedAndRecoversAfterACrash()
{
    const QString folder = m_dir.filePath(QStringLiteral("recovery"));
    const QString path = m_dir.filePath(QStringLiteral("autosaved.groundwork"));
    QString error;
    QVERIFY(ProjectFile::writeNew(path, example(), {}, &error));
    Model edited = example();
    edited.system.description = QStringLiteral("unsaved work");
    {
        // The session that will "crash": it never closes cleanly.
        auto* doc = new Document;
        auto* autosave = new Autosave(doc, folder, doc);
        autosave->setInterval(20ms);
        QVERIFY(doc->open(path));
        QTest::qWait(80);
        QVERIFY(autosave->pending().isEmpty()); // nothing unsaved, nothing written
        doc->replaceModel(edited, QStringLiteral("edit"));
        QTRY_VERIFY_WITH_TIMEOUT(!autosave->pending().isEmpty(), 5000);
        // A crash: the process goes away without Document or Autosave cleaning up. Only the file lock
        // must be released, as the OS would; so the document is dropped without its autosave's help.
        autosave->blockSignals(true);
        doc->disconnect(autosave);
        delete doc;
    }
    Document doc;
    Autosave autosave(&doc, folder);
    const QList<Autosave::Recovery> pending = autosave.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().originalPath, path);
    QVERIFY(Autosave::load(pending.first()) == edited);
    QVERIFY2(autosave.restore(pending.first(), &error), qPrintable(error));
    QCOMPARE(doc.filePath(), path);
    QVERIFY(doc.model() == edited);
    QVERIFY(doc.isModified()); // recovered, not yet saved
    QVERIFY(autosave.pending().isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.model() == example()); // the file as it was saved
}

void TestHistory::recoveryPromptAcceptedRestoresTheChanges()
{
    QDir(Autosave::defaultFolder()).removeRecursively();
    const QString path = m_dir.filePath(QStringLiteral("crashed.groundwork"));
    QString error;
    QVERIFY(ProjectFile::writeNew(path, example(), {}, &error));
    const QByteArray saved = bytesOf(path);
    Model edited = example();
    edited.workloads.removeLast();
    edited.system.description = QStringLiteral("work from before the crash");
    crashWithUnsavedChanges(path, edited);

    // The next start: the window offers the copy, and the user clicks Yes.
    MainWindow window;
    window.show();
    QString prompt;
    answerNextMessageBox(QMessageBox::Yes, &prompt);
    window.offerRecovery();
    QVERIFY2(prompt.contains(QDir::toNativeSeparators(path)), qPrintable(prompt));
    Document* doc = window.document();
    QCOMPARE(doc->filePath(), path);
    QVERIFY(doc->model() == edited);
    QVERIFY(doc->isModified()); // restored, to be saved by the user
    QCOMPARE(bytesOf(path), saved);
    QVERIFY(Autosave(doc, Autosave::defaultFolder()).pending().isEmpty()); // offered once only
    QVERIFY(doc->saveAs(path, &error));
    doc->reset(Model{}); // lets go of the project's lock
    ProjectFile project;
    QVERIFY2(project.open(path, ProjectFile::Access::ReadOnly), qPrintable(project.errorString()));
    QVERIFY(project.model() == edited);
}

void TestHistory::recoveryPromptDeclinedRemovesTheCopyOnly()
{
    QDir(Autosave::defaultFolder()).removeRecursively();
    const QString path = m_dir.filePath(QStringLiteral("declined.groundwork"));
    QString error;
    QVERIFY(ProjectFile::writeNew(path, example(), {}, &error));
    const QByteArray saved = bytesOf(path);
    Model edited = example();
    edited.system.name = QStringLiteral("not wanted");
    crashWithUnsavedChanges(path, edited);
    Document scratch;
    const QList<Autosave::Recovery> left = Autosave(&scratch, Autosave::defaultFolder()).pending();
    QCOMPARE(left.size(), 1);

    MainWindow window;
    window.show();
    QString prompt;
    answerNextMessageBox(QMessageBox::Discard, &prompt);
    window.offerRecovery();
    QVERIFY(!prompt.isEmpty());
    // Declined: the copy is removed (as the Discard button says) and not offered again; the project
    // keeps what was saved, and nothing was opened or changed in the window.
    QVERIFY(!QFile::exists(left.first().copyPath));
    QVERIFY(Autosave(window.document(), Autosave::defaultFolder()).pending().isEmpty());
    QVERIFY(window.document()->filePath().isEmpty());
    QVERIFY(!window.document()->isModified());
    QCOMPARE(bytesOf(path), saved);
    ProjectFile project;
    QVERIFY(project.open(path, ProjectFile::Access::ReadOnly));
    QVERIFY(project.model() == example());
}

void TestHistory::cleanSaveRemovesTheRecoveryCopy()
{
    const QString folder = m_dir.filePath(QStringLiteral("recovery-clean"));
    Document doc;
    Autosave autosave(&doc, folder);
    QVERIFY(doc.open(kExample));
    Model edited = doc.model();
    edited.system.name = QStringLiteral("x");
    doc.replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(autosave.writeNow());
    QCOMPARE(autosave.pending().size(), 1);
    QString error;
    QVERIFY(doc.saveAs(m_dir.filePath(QStringLiteral("clean.groundwork")), &error));
    QVERIFY(autosave.pending().isEmpty());
    // A new model's copy is found too, and a discard (a clean close) removes it.
    doc.reset(Model{});
    doc.replaceModel(edited, QStringLiteral("edit"));
    QVERIFY(autosave.writeNow());
    QCOMPARE(autosave.pending().size(), 1);
    QVERIFY(autosave.pending().first().originalPath.isEmpty());
    autosave.discard();
    QVERIFY(autosave.pending().isEmpty());
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
