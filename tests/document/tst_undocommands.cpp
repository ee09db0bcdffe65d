// Every edit is one undo step named after what the user did, keeps references consistent, and undoes
// to exactly the model before it.
#include "core/io/modelfile.h"
#include "core/io/modelvalidator.h"
#include "core/io/sourcemap.h"
#include "document/commands/addelement.h"
#include "document/commands/changeelement.h"
#include "document/commands/changepriority.h"
#include "document/commands/pinchoice.h"
#include "document/commands/renameelement.h"
#include "document/document.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using S = ElementRef::Section;

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void changeIsNamedAndUndoes();
    void renameFollowsEveryReference();
    void removeTakesItsReferencesAndUndoBringsThemBack();
    void duplicateGetsAFreshId();
    void addedElementsHaveFreshIds();
    void consecutivePriorityMovesMergeIntoOneStep();
    void diagnosticsStayTrueThroughPriorityMoves();
    void pinWritesOrReplacesADecision();
    void noOpEditIsNotAStep();
    void modifiedFollowsSaveAndUndo();

private:
    Document m_doc;
};

void TestUndoCommands::init()
{
    QVERIFY(m_doc.open(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml")));
}

void TestUndoCommands::changeIsNamedAndUndoes()
{
    const Model before = m_doc.model();
    QSignalSpy changed(&m_doc, &Document::modelChanged);
    m_doc.push(new ChangeElement(&m_doc, {S::Workload, 0}, QStringLiteral("traffic pattern"),
                                 [](Model& m) { m.workloads[0].traffic.pattern = TrafficPattern::Steady; }));
    QCOMPARE(m_doc.undoStack()->undoText(),
             QStringLiteral("Change traffic pattern of workload storefront-api"));
    QCOMPARE(m_doc.model().workloads[0].traffic.pattern, TrafficPattern::Steady);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].value<ElementRef>(), (ElementRef{S::Workload, 0}));
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.model(), before);
}

void TestUndoCommands::renameFollowsEveryReference()
{
    const Model before = m_doc.model();
    m_doc.push(new RenameElement(&m_doc, {S::Workload, 0}, QStringLiteral("shop-api")));
    const Model& m = m_doc.model();
    QCOMPARE(m.workloads[0].id, QStringLiteral("shop-api"));
    QCOMPARE(m.decisions[0].subject, QStringLiteral("shop-api/language"));
    m_doc.push(new RenameElement(&m_doc, {S::Channel, 0}, QStringLiteral("orders-topic")));
    QCOMPARE(m_doc.model().workloads[0].uses[1].to, QStringLiteral("orders-topic"));
    QCOMPARE(m_doc.model().workloads[1].uses[0].to, QStringLiteral("orders-topic"));
    QVERIFY(!hasErrors(m_doc.diagnostics()));
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.model(), before);
}

void TestUndoCommands::removeTakesItsReferencesAndUndoBringsThemBack()
{
    const Model before = m_doc.model();
    m_doc.push(new RemoveElement(&m_doc, {S::Workload, 0}));
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Remove workload storefront-api"));
    QCOMPARE(m_doc.model().workloads.size(), 1);
    QVERIFY(m_doc.model().decisions.isEmpty());
    m_doc.push(new RemoveElement(&m_doc, {S::DataStore, 0}));
    for (const Workload& w : m_doc.model().workloads) {
        for (const Use& u : w.uses)
            QVERIFY(u.to != QStringLiteral("orders"));
    }
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.model(), before);
}

void TestUndoCommands::duplicateGetsAFreshId()
{
    auto* duplicate = new DuplicateElement(&m_doc, {S::Workload, 0});
    const ElementRef copy = duplicate->copy();
    m_doc.push(duplicate);
    QCOMPARE(copy, (ElementRef{S::Workload, 2}));
    QCOMPARE(m_doc.model().workloads[2].id, QStringLiteral("storefront-api-copy"));
    QCOMPARE(m_doc.model().workloads[2].uses, m_doc.model().workloads[0].uses);
    m_doc.push(new DuplicateElement(&m_doc, {S::Workload, 0}));
    QCOMPARE(m_doc.model().workloads[3].id, QStringLiteral("storefront-api-copy-2"));
}

void TestUndoCommands::addedElementsHaveFreshIds()
{
    for (int i = 0; i < 2; ++i)
        m_doc.push(new AddElement(&m_doc, S::DataStore));
    QCOMPARE(m_doc.model().data[1].id, QStringLiteral("new-data"));
    QCOMPARE(m_doc.model().data[2].id, QStringLiteral("new-data-2"));
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Add data store"));
}

void TestUndoCommands::consecutivePriorityMovesMergeIntoOneStep()
{
    const int steps = m_doc.undoStack()->count();
    m_doc.push(new ChangePriority(&m_doc, Quality::Cost, 4));
    m_doc.push(new ChangePriority(&m_doc, Quality::Cost, 5));
    m_doc.push(new ChangePriority(&m_doc, Quality::Cost, 1));
    QCOMPARE(m_doc.undoStack()->count(), steps + 1);
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Change cost priority to 1"));
    m_doc.push(new ChangePriority(&m_doc, Quality::TimeToMarket, 2));
    QCOMPARE(m_doc.undoStack()->count(), steps + 2);
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Change time to market priority to 2"));
    m_doc.undoStack()->undo();
    m_doc.undoStack()->undo();
    QCOMPARE(m_doc.model().priorities[Quality::Cost], 3);
}

void TestUndoCommands::diagnosticsStayTrueThroughPriorityMoves()
{
    // A priority move may skip validating the model again; what the document reports must still be
    // what a full validation of its model says, at every step and undo.
    const auto problems = [](const Diagnostics& diagnostics) {
        QStringList out;
        for (const Diagnostic& d : diagnostics)
            out << d.path + u' ' + d.message;
        return out;
    };
    const auto expectTrue = [&] {
        const QStringList shown = problems(m_doc.diagnostics());
        const QStringList fresh = problems(ModelValidator::validate(m_doc.model(), SourceMap()));
        QCOMPARE(shown, fresh);
    };
    m_doc.push(new ChangeElement(&m_doc, {S::Workload, 0}, QStringLiteral("memory"),
                                 [](Model& m) { m.workloads[0].memoryMb = 0; }));
    QCOMPARE(m_doc.diagnostics().size(), 1);
    m_doc.push(new ChangePriority(&m_doc, Quality::Cost, 5));
    expectTrue();
    QCOMPARE(m_doc.diagnostics().size(), 1);
    // A value out of range (as a hand-edited file may hold) is reported, and a slider move mends it.
    m_doc.push(new ChangeElement(&m_doc, {S::Priorities, -1}, QStringLiteral("performance"),
                                 [](Model& m) { m.priorities[Quality::Performance] = 9; }));
    expectTrue();
    QCOMPARE(m_doc.diagnostics().size(), 2);
    m_doc.push(new ChangePriority(&m_doc, Quality::Performance, 4));
    expectTrue();
    QCOMPARE(m_doc.diagnostics().size(), 1);
    for (int i = 0; i < 4; ++i) {
        m_doc.undoStack()->undo();
        expectTrue();
    }
    QVERIFY(m_doc.diagnostics().isEmpty());
}

void TestUndoCommands::pinWritesOrReplacesADecision()
{
    m_doc.push(new PinChoice(&m_doc, QStringLiteral("storefront-api/language"), QStringLiteral("go"),
                             QStringLiteral("Latency")));
    QCOMPARE(m_doc.model().decisions.size(), 1);
    QCOMPARE(m_doc.model().decisions[0].choice, QStringLiteral("go"));
    m_doc.push(new PinChoice(&m_doc, QStringLiteral("orders/database"), QStringLiteral("postgresql"), {}));
    QCOMPARE(m_doc.model().decisions.size(), 2);
    QCOMPARE(m_doc.undoStack()->undoText(), QStringLiteral("Pin postgresql for orders/database"));
}

void TestUndoCommands::noOpEditIsNotAStep()
{
    const int steps = m_doc.undoStack()->count();
    m_doc.push(new ChangeElement(&m_doc, {S::Workload, 0}, QStringLiteral("kind"),
                                 [](Model& m) { m.workloads[0].kind = WorkloadKind::Api; }));
    QCOMPARE(m_doc.undoStack()->count(), steps);
}

void TestUndoCommands::modifiedFollowsSaveAndUndo()
{
    QVERIFY(!m_doc.isModified());
    QSignalSpy modified(&m_doc, &Document::modifiedChanged);
    m_doc.push(new ChangePriority(&m_doc, Quality::Security, 5));
    QVERIFY(m_doc.isModified());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.yaml"));
    QVERIFY(m_doc.saveAs(path));
    QVERIFY(!m_doc.isModified());
    QCOMPARE(m_doc.filePath(), path);
    QCOMPARE(ModelFile::load(path).model, m_doc.model());
    m_doc.undoStack()->undo();
    QVERIFY(m_doc.isModified());
    QCOMPARE(modified.size(), 3);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
