// The first desktop window as a user drives it: open a model, see its elements and problems,
// click a problem to get to its element, drop a file to open it.
#include "core/cost/pricedscoring.h"
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/model/model.h"
#include "core/rules/scoringengine.h"
#include "dialogs/importdialog.h"
#include "dialogs/pindialog.h"
#include "document/advice.h"
#include "document/commands/changeelement.h"
#include "document/document.h"
#include "editors/fieldmark.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "panels/driftpanel.h"
#include "panels/exportnotice.h"
#include "panels/findingspanel.h"
#include "panels/fittinglabel.h"
#include "panels/modeltreepanel.h"
#include "panels/pickchangesbar.h"
#include "panels/prioritiespanel.h"
#include "panels/problemspanel.h"
#include "panels/propertiespanel.h"
#include "panels/recommendationspanel.h"
#include "panels/welcomepage.h"
#include "startermodel.h"
#include "views/diagramscene.h"
#include "views/diagramtab.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace gw;

namespace {

const QString kSpecExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}

QTreeWidgetItem* topLevel(QTreeWidget* tree, const QString& text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings away from the user's
    void showsTheModelsElementsInATree();
    void clickingAProblemSelectsItsElement();
    void droppingAModelFileOpensIt();
    void anUnreadableFileKeepsTheCurrentModel();
    void anEditReRanksAndUndoRestoresModelAndPick();
    void aSteadyHighTrafficPatternMovesTheComputePick();
    void theFormEditsTheSelectedElementThroughUndo();
    void aBadValueShowsAProblem();
    void aSliderMoveReScoresAsOneUndoStep();
    void renamingInTheTreeUpdatesReferences();
    void saveAndReopenGivesTheSameModel();
    void anAddedWorkloadWithAUsesEdgeAppearsInTheDiagram();
    void selectingABoxSelectsTheElementAndBack();
    void showTabFindsTabsAndPanelsWhateverTheirTitles();
    void aSliderMoveThatChangesPicksSaysWhich();
    void pinningKeepsThePlaceAndUndoComesBackToIt();
    void theDriftPanelFollowsEditsAndSelectsElements();
    void anImportIsPreviewedThenOpenedOrMergedAsOneStep();
    void aBareLaunchWelcomesWithTheStarterThatNewGives();
    void theWindowFitsASmallLaptopScreen();
    void theStatusCountsFitBesideAnExportNotice();
    void aRefusedValueHoldsThePlaceUntilEscape();
    void theChoiceMarksWhatTheAdviceVetoes();
    void aMeasureRunReportsAndExits();
};

namespace {

const QString kStorefront = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/app/storefront.yaml");

// The compute pick the recommendations panel shows for the selected workload ("Compute: Functions").
QString shownComputePick(MainWindow& w)
{
    const QListWidget* list = w.recommendations()->decisionList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Compute: ")))
            return list->item(i)->text().mid(9);
    }
    return {};
}

QString engineComputePick(const Model& model, const QString& workload)
{
    const Recommendations r = PricedScoring::score(model);
    const DecisionResult* d = r.decision(workload, DecisionKind::Compute);
    return d ? d->chosen.label : QString();
}

} // namespace

void TestMainWindow::showsTheModelsElementsInATree()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kSpecExample));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("spec-example.yaml")));
    QTreeWidgetItem* workloads = topLevel(w.modelTree(), QStringLiteral("Workloads"));
    QVERIFY(workloads);
    QCOMPARE(workloads->childCount(), 2);
    QCOMPARE(workloads->child(0)->text(0), QStringLiteral("storefront-api"));
    QCOMPARE(workloads->child(0)->text(1), QStringLiteral("api"));
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Data"))->child(0)->text(0), QStringLiteral("orders"));
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Channels"))->childCount(), 1);
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Decisions"))->child(0)->text(0),
             QStringLiteral("storefront-api/language"));
    QCOMPARE(w.problems()->topLevelItemCount(), 0);

    // Selecting an element shows its place in the source.
    w.modelTree()->selectElement({ElementRef::Section::DataStore, 0});
    auto* source = w.findChild<QPlainTextEdit*>();
    QCOMPARE(source->textCursor().blockNumber() + 1, 69);
}

void TestMainWindow::clickingAProblemSelectsItsElement()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.yaml"),
                                   "groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                   "workloads:\n  - id: a\n    kind: api\n    exposure: public\n"
                                   "  - id: b\n    kind: api\n    exposure: public\n    uses: [nowhere]\n");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    QCOMPARE(w.problems()->topLevelItemCount(), w.document()->diagnostics().size());
    QCOMPARE(w.problems()->topLevelItemCount(), 1);
    QTreeWidgetItem* problem = w.problems()->topLevelItem(0);
    QVERIFY(problem->text(0).contains(QStringLiteral("'nowhere' names no workload")));
    QCOMPARE(problem->text(1), QStringLiteral("11:12"));

    const QRect rect = w.problems()->visualItemRect(problem);
    QTest::mouseClick(w.problems()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.modelTree()->selectedElement(), (ElementRef{ElementRef::Section::Workload, 1}));
    QCOMPARE(w.modelTree()->currentItem()->text(0), QStringLiteral("b"));
    QCOMPARE(w.findChild<QPlainTextEdit*>()->textCursor().blockNumber() + 1, 11);
}

void TestMainWindow::droppingAModelFileOpensIt()
{
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(kSpecExample)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &drop);
    QCOMPARE(w.document()->model().system.name, QStringLiteral("Acme Shop"));

    // Anything but a model file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, {});
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::anUnreadableFileKeepsTheCurrentModel()
{
    Document doc;
    QVERIFY(doc.open(kSpecExample));
    QString error;
    QVERIFY(!doc.open(QStringLiteral("/nonexistent/model.yaml"), &error));
    QCOMPARE(error, QStringLiteral("no such file"));
    QCOMPARE(doc.model().system.name, QStringLiteral("Acme Shop"));
}

void TestMainWindow::anEditReRanksAndUndoRestoresModelAndPick()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    const Model before = w.document()->model();
    w.modelTree()->selectElement({ElementRef::Section::Workload, 0});
    const QString pickBefore = shownComputePick(w);
    QCOMPARE(pickBefore, engineComputePick(before, QStringLiteral("api")));

    // An hour-long request is past every functions platform's limit: the pick must move.
    w.document()->push(new ChangeElement(w.document(), {ElementRef::Section::Workload, 0},
                                         QStringLiteral("longest run"),
                                         [](Model& m) { m.workloads[0].maxDurationS = 3600; }));
    const QString pickAfter = shownComputePick(w);
    QCOMPARE(pickAfter, engineComputePick(w.document()->model(), QStringLiteral("api")));
    QVERIFY2(pickAfter != pickBefore, qPrintable(pickAfter));
    QVERIFY(w.windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(w.isWindowModified());

    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->model(), before);
    QCOMPARE(shownComputePick(w), pickBefore);
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::aSteadyHighTrafficPatternMovesTheComputePick()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    w.modelTree()->selectElement({ElementRef::Section::Workload, 0});
    const QString bursty = shownComputePick(w);
    w.document()->push(new ChangeElement(
        w.document(), {ElementRef::Section::Workload, 0}, QStringLiteral("traffic pattern"), [](Model& m) {
            m.workloads[0].traffic = {TrafficPattern::Steady, 2000.0, 1500.0};
        }));
    QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Change traffic pattern of workload api"));
    const QString steady = shownComputePick(w);
    QCOMPARE(steady, engineComputePick(w.document()->model(), QStringLiteral("api")));
    QVERIFY2(steady != bursty, qPrintable(steady));
    w.document()->undoStack()->undo();
    QCOMPARE(shownComputePick(w), bursty);
}

void TestMainWindow::theFormEditsTheSelectedElementThroughUndo()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    w.modelTree()->selectElement({ElementRef::Section::Workload, 0});
    ElementEditor* editor = w.properties()->editor(ElementRef::Section::Workload);
    QVERIFY(editor);
    auto* pattern = qobject_cast<QComboBox*>(editor->fieldWidget(QStringLiteral("traffic.pattern")));
    QVERIFY(pattern);
    QCOMPARE(pattern->currentText(), QStringLiteral("bursty"));
    pattern->setCurrentIndex(pattern->findText(QStringLiteral("steady")));
    QCOMPARE(w.document()->model().workloads[0].traffic.pattern, TrafficPattern::Steady);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Change traffic pattern of workload api"));
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->model().workloads[0].traffic.pattern, TrafficPattern::Bursty);
    QCOMPARE(pattern->currentText(), QStringLiteral("bursty"));
}

void TestMainWindow::aBadValueShowsAProblem()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    QCOMPARE(w.problems()->topLevelItemCount(), 0);
    w.document()->push(new ChangeElement(w.document(), {ElementRef::Section::Workload, 0},
                                         QStringLiteral("memory"),
                                         [](Model& m) { m.workloads[0].memoryMb = 0; }));
    QCOMPARE(w.problems()->topLevelItemCount(), 1);
    QCOMPARE(w.problems()->topLevelItem(0)->text(0),
             QStringLiteral("workloads[0].memory_mb: must be between 1 and 33554432, got 0"));
}

void TestMainWindow::aSliderMoveReScoresAsOneUndoStep()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    const QList<DecisionResult> before = w.advice()->recommendations().decisions;
    QSlider* cost = w.priorities()->slider(Quality::Cost);
    cost->setValue(5);
    cost->setValue(0);
    QCOMPARE(w.document()->model().priorities[Quality::Cost], 0);
    QCOMPARE(w.document()->undoStack()->count(), 1);
    QCOMPARE(w.document()->undoStack()->undoText(), QStringLiteral("Change cost priority to 0"));
    const QList<DecisionResult>& after = w.advice()->recommendations().decisions;
    QCOMPARE(after.size(), before.size());
    bool moved = false;
    for (int i = 0; i < after.size(); ++i)
        moved = moved || after[i].ranking.value(0).scoreTenths != before[i].ranking.value(0).scoreTenths;
    QVERIFY(moved);
    // The re-rank matches a full scoring of the edited model.
    const Recommendations fresh = PricedScoring::score(w.document()->model());
    QCOMPARE(after.first().ranking.first().scoreTenths, fresh.decisions.first().ranking.first().scoreTenths);
}

void TestMainWindow::renamingInTheTreeUpdatesReferences()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    Q_EMIT w.modelTree()->renameRequested({ElementRef::Section::Channel, 0}, QStringLiteral("order-queue"));
    const Model& m = w.document()->model();
    QCOMPARE(m.channels[0].id, QStringLiteral("order-queue"));
    QCOMPARE(m.workloads[0].uses[1].to, QStringLiteral("order-queue"));
    QCOMPARE(m.workloads[1].uses[0].to, QStringLiteral("order-queue"));
    QCOMPARE(w.problems()->topLevelItemCount(), 0);
    QCOMPARE(w.modelTree()->currentItem()->text(0), QStringLiteral("order-queue"));
}

void TestMainWindow::saveAndReopenGivesTheSameModel()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    w.priorities()->slider(Quality::Security)->setValue(5);
    const Model edited = w.document()->model();
    const QString path = dir.filePath(QStringLiteral("saved.yaml"));
    QVERIFY(w.document()->saveAs(path));
    QVERIFY(!w.isWindowModified());
    MainWindow other;
    QVERIFY(other.openFile(path));
    QCOMPARE(other.document()->model(), edited);
    QVERIFY(w.fileActions()->recentFiles().contains(
        QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/app/storefront.yaml")));
}

void TestMainWindow::anAddedWorkloadWithAUsesEdgeAppearsInTheDiagram()
{
    MainWindow w;
    w.show();
    QSignalSpy laidOut(w.diagram(), &DiagramTab::layoutFinished);
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(laidOut.wait(30'000));
    QVERIFY2(laidOut.last().first().toBool(), qPrintable(w.diagram()->lastError()));
    const int edgesBefore = w.diagram()->scene()->edgeCount();
    QVERIFY(!w.diagram()->scene()->elementIds().contains(QStringLiteral("reports")));

    w.document()->push(new ChangeElement(
        w.document(), {ElementRef::Section::Workload, 2}, QStringLiteral("workload"), [](Model& m) {
            Workload reports;
            reports.id = QStringLiteral("reports");
            reports.kind = WorkloadKind::Batch;
            reports.uses = {Use{QStringLiteral("carts"), UseMode::Sync, Access::Read}};
            m.workloads.append(reports);
        }));
    QVERIFY(laidOut.wait(30'000));
    QVERIFY(laidOut.last().first().toBool());
    QVERIFY(w.diagram()->scene()->elementIds().contains(QStringLiteral("reports")));
    QCOMPARE(w.diagram()->scene()->edgeCount(), edgesBefore + 1);

    if (qEnvironmentVariableIsSet("GROUNDWORK_SAVE_DIAGRAM")) {
        QGraphicsScene* scene = w.diagram()->scene();
        QImage image(scene->sceneRect().size().toSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene->render(&painter);
        painter.end();
        image.save(qEnvironmentVariable("GROUNDWORK_SAVE_DIAGRAM"));
    }
}

void TestMainWindow::selectingABoxSelectsTheElementAndBack()
{
    MainWindow w;
    w.show();
    QSignalSpy laidOut(w.diagram(), &DiagramTab::layoutFinished);
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(laidOut.wait(30'000));
    w.modelTree()->selectElement({ElementRef::Section::DataStore, 0});
    QCOMPARE(w.diagram()->scene()->selectedElement(), QStringLiteral("carts"));
    // And from the diagram to the tree.
    w.diagram()->scene()->clearSelection();
    for (QGraphicsItem* item : w.diagram()->scene()->items()) {
        if (item->data(0).toString() == QStringLiteral("fulfilment"))
            item->setSelected(true);
    }
    QCOMPARE(w.modelTree()->selectedElement(), (ElementRef{ElementRef::Section::Workload, 1}));
}

void TestMainWindow::showTabFindsTabsAndPanelsWhateverTheirTitles()
{
    MainWindow w;
    w.show();
    auto* source = w.findChild<QPlainTextEdit*>();
    QTabWidget* tabs = nullptr;
    for (QWidget* p = source->parentWidget(); p && !tabs; p = p->parentWidget())
        tabs = qobject_cast<QTabWidget*>(p);
    QVERIFY(tabs);
    // As a translation would: `--tab yaml` must still find the tab.
    for (int i = 0; i < tabs->count(); ++i)
        tabs->setTabText(i, QStringLiteral("Onglet %1").arg(i));
    QVERIFY(w.showTab(QStringLiteral("yaml")));
    QCOMPARE(tabs->currentWidget(), source);
    QVERIFY(w.showTab(QStringLiteral("Diagram")));
    QCOMPARE(tabs->currentWidget(), w.diagram());
    auto* history = w.findChild<QDockWidget*>(QStringLiteral("historyDock"));
    history->setWindowTitle(QStringLiteral("Historique"));
    history->hide();
    QVERIFY(w.showTab(QStringLiteral("history")));
    QVERIFY(history->isVisible());
    QVERIFY(!w.showTab(QStringLiteral("nothing-by-that-name")));
}

// A slider move that changes picks says which, each a link to its decision; undo says so again.
void TestMainWindow::aSliderMoveThatChangesPicksSaysWhich()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(!w.pickChanges()->isVisible());
    // The first priority value that changes a pick, as the engine scores it.
    const Model model = w.document()->model();
    const auto picks = [](const Model& m) {
        QHash<QString, QString> out;
        for (const DecisionResult& d : PricedScoring::score(m).decisions)
            out.insert(d.subject + u'/' + d.kind.name(), d.chosen.candidate);
        return out;
    };
    const QHash<QString, QString> before = picks(model);
    std::optional<std::pair<Quality, int>> move;
    QStringList expected;
    for (std::size_t q = 0; q < kQualityCount && !move; ++q) {
        for (int v = Priorities::kMin; v <= Priorities::kMax && !move; ++v) {
            Model changed = model;
            changed.priorities.weights[q] = v;
            const QHash<QString, QString> after = picks(changed);
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (before.contains(it.key()) && before[it.key()] != it.value())
                    expected.append(it.key() + u'=' + it.value());
            }
            if (!expected.isEmpty())
                move = std::pair{static_cast<Quality>(q), v};
        }
    }
    QVERIFY2(move, "no single priority move changes a pick of the storefront");
    expected.sort();

    w.priorities()->slider(move->first)->setValue(move->second);
    QVERIFY(w.pickChanges()->isVisible());
    QStringList shown;
    for (const PickChange& c : w.pickChanges()->changes()) {
        shown.append(c.subject + u'/' + c.kind.name() + u'=' + c.after);
        QCOMPARE(c.before, before.value(c.subject + u'/' + c.kind.name()));
    }
    shown.sort();
    QCOMPARE(shown, expected);
    QVERIFY2(w.pickChanges()->text()->text().contains(expected.size() == 1 ? QStringLiteral("1 pick changed")
                                                                           : QStringLiteral("picks changed")),
             qPrintable(w.pickChanges()->text()->text()));

    // Following a link shows that decision.
    const PickChange first = w.pickChanges()->changes().first();
    Q_EMIT w.pickChanges()->text()->linkActivated(QStringLiteral("0"));
    if (first.element.isValid())
        QCOMPARE(w.modelTree()->selectedElement(), first.element);
    QCOMPARE(w.recommendations()->decisionList()->currentItem()->text().section(u':', 1).trimmed(),
             w.advice()->recommendations().decision(first.subject, first.kind)->chosen.label);
    // ... and the changed decision stands out in the list for a moment.
    QVERIFY(w.recommendations()->isFlashed(w.recommendations()->decisionList()->currentRow()));

    // Undo moves the pick back, and says so.
    w.document()->undoStack()->undo();
    QVERIFY(w.pickChanges()->isVisible());
    QCOMPARE(w.pickChanges()->changes().first().after, first.before);
    // Opening a model starts afresh.
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(!w.pickChanges()->isVisible());
}

// "Pin this choice" asks why in a multi-line editor that names the candidate, keeps the element in view,
// and undo comes back to the same place.
void TestMainWindow::pinningKeepsThePlaceAndUndoComesBackToIt()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    const ElementRef api{ElementRef::Section::Workload, 0};
    w.modelTree()->selectElement(api);
    QString title;
    QTimer::singleShot(0, [&title] {
        auto* dialog = qobject_cast<PinDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        title = dialog->windowTitle();
        dialog->reasonEdit()->setPlainText(QStringLiteral("We run VMs already.\nThe ops team knows them."));
        dialog->accept();
    });
    Q_EMIT w.recommendations()->pinRequested(QStringLiteral("api/compute"), QStringLiteral("vm"));
    QCOMPARE(title, QStringLiteral("Pin Virtual machines"));
    const Model& m = w.document()->model();
    QCOMPARE(m.decisions.size(), 1);
    QCOMPARE(m.decisions[0].reason, QStringLiteral("We run VMs already.\nThe ops team knows them."));
    QCOMPARE(w.modelTree()->selectedElement(), api);
    QVERIFY(
        w.recommendations()->decisionList()->currentItem()->text().startsWith(QStringLiteral("Compute: ")));
    QVERIFY(w.recommendations()->decisionList()->currentItem()->text().endsWith(QStringLiteral("(pinned)")));

    w.document()->undoStack()->undo();
    QVERIFY(w.document()->model().decisions.isEmpty());
    QCOMPARE(w.modelTree()->selectedElement(), api);

    // Cancelled: nothing is pinned.
    QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
    Q_EMIT w.recommendations()->pinRequested(QStringLiteral("api/compute"), QStringLiteral("vm"));
    QVERIFY(w.document()->model().decisions.isEmpty());
}

// A value the form refuses is not lost unseen by clicking elsewhere: the selection stays, the field
// keeps it with the problem written under it, until it is fixed or Escape cancels it.
void TestMainWindow::aRefusedValueHoldsThePlaceUntilEscape()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    const ElementRef api{ElementRef::Section::Workload, 0};
    w.modelTree()->selectElement(api);
    auto* id =
        qobject_cast<QLineEdit*>(w.properties()->editor(api.section)->fieldWidget(QStringLiteral("id")));
    QVERIFY(id);
    const QString before = id->text();
    id->setFocus();
    id->selectAll();
    QTest::keyClicks(id, w.document()->model().data[0].id); // taken by a data store
    QVERIFY(w.properties()->invalidEdit() == id);

    w.modelTree()->selectElement({ElementRef::Section::DataStore, 0});
    QCOMPARE(w.modelTree()->selectedElement(), api);
    QCOMPARE(w.properties()->element(), api);
    QCOMPARE(id->text(), w.document()->model().data[0].id);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("press Escape")));
    QVERIFY(FieldMark::messageLabel(id));

    QTest::keyClick(id, Qt::Key_Escape);
    QCOMPARE(id->text(), before);
    QVERIFY(!w.properties()->invalidEdit());
    w.modelTree()->selectElement({ElementRef::Section::DataStore, 0});
    QCOMPARE(w.properties()->element(), (ElementRef{ElementRef::Section::DataStore, 0}));
    QCOMPARE(w.document()->undoStack()->count(), 0); // nothing of it reached the model
}

// The decision form offers every candidate of the kind, and says which the advice vetoes for the
// subject, with the vetoing rule, before one is picked.
void TestMainWindow::theChoiceMarksWhatTheAdviceVetoes()
{
    MainWindow w;
    QVERIFY(w.openFile(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")));
    const Model& m = w.document()->model();
    int index = -1;
    for (int i = 0; i < m.decisions.size(); ++i) {
        if (m.decisions[i].subject == QStringLiteral("buyer-api/api-style"))
            index = i;
    }
    QVERIFY(index >= 0);
    const DecisionResult* advised =
        w.advice()->recommendations().decision(QStringLiteral("buyer-api"), DecisionKind::ApiStyle);
    QVERIFY(advised && !advised->excluded.isEmpty());
    w.modelTree()->selectElement({ElementRef::Section::Decision, index});
    auto* choice = qobject_cast<QComboBox*>(
        w.properties()->editor(ElementRef::Section::Decision)->fieldWidget(QStringLiteral("choice")));
    QVERIFY(choice);
    for (const Exclusion& e : advised->excluded) {
        const int at = choice->findData(e.candidate);
        QVERIFY2(at >= 0, qPrintable(e.candidate));
        QVERIFY2(choice->itemText(at).contains(QStringLiteral("excluded by %1").arg(e.rule)),
                 qPrintable(choice->itemText(at)));
    }
    const int picked = choice->findData(m.decisions[index].choice);
    QVERIFY(!choice->itemText(picked).contains(QStringLiteral("excluded")));
}

// bench/app-timings.sh runs `groundwork --measure` once per figure: it must print them and exit, although
// its slider moves leave the document modified (a quit that asks to save would wait for ever).
void TestMainWindow::aMeasureRunReportsAndExits()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(
        qEnvironmentVariable("GROUNDWORK_APP"),
        {QStringLiteral("--measure"), QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml")});
    QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));
    const bool finished = app.waitForFinished(180'000);
    if (!finished)
        app.kill();
    QVERIFY2(finished, "groundwork --measure did not exit");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    const QByteArray out = app.readAllStandardOutput();
    QVERIFY2(out.startsWith("ready_ms=") && out.contains(" slider_median_ms="), out.constData());
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::theDriftPanelFollowsEditsAndSelectsElements()
{
    const QString data = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/import/");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(data + QStringLiteral("drift/chirp-design.yaml")));
    QVERIFY(w.compareWithDeployed({data + QStringLiteral("selfhosted")}));
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("driftDock"))->isVisible());
    QCOMPARE(w.drift()->differenceCount(), 8); // as `groundwork-cli drift` counts them (tst_drift)
    QTreeWidget* list = w.drift()->findings()->list();
    QCOMPARE(list->topLevelItemCount(), 8);

    // Bringing the model in line takes the difference off the list; undo puts it back.
    w.document()->push(new ChangeElement(w.document(), {ElementRef::Section::Workload, 0},
                                         QStringLiteral("exposure"),
                                         [](Model& m) { m.workloads[0].exposure = Exposure::Public; }));
    QCOMPARE(w.drift()->differenceCount(), 7);
    w.document()->undoStack()->undo();
    QCOMPARE(w.drift()->differenceCount(), 8);

    // A difference leads to its element.
    QTreeWidgetItem* mailer = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == QStringLiteral("mailer"))
            mailer = list->topLevelItem(i);
    }
    QVERIFY(mailer);
    Q_EMIT list->itemActivated(mailer, 0);
    QCOMPARE(w.modelTree()->selectedElement(), (ElementRef{ElementRef::Section::Workload, 3}));

    // Inputs that cannot be read leave the last comparison standing; another model starts afresh.
    QVERIFY(!w.compareWithDeployed({data + QStringLiteral("no-such-folder")}));
    QCOMPARE(w.drift()->differenceCount(), 8);
    QVERIFY(w.openFile(kStorefront));
    QCOMPARE(w.drift()->differenceCount(), 0);
    QVERIFY(w.drift()->inputs().isEmpty());
}

void TestMainWindow::anImportIsPreviewedThenOpenedOrMergedAsOneStep()
{
    const QString data = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/import/");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(data + QStringLiteral("drift/chirp-design.yaml")));
    const Model design = w.document()->model();

    ImportDialog dialog(w.document()->model(), w.document()->sources(), &w);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.read({data + QStringLiteral("selfhosted")});
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.result());
    const ImportResult& imported = *dialog.result();
    // The preview lists what the import makes and where each was read.
    QTreeWidget* preview = dialog.preview();
    QCOMPARE(preview->topLevelItem(0)->childCount(), int(imported.model.workloads.size()));
    QCOMPARE(preview->topLevelItem(0)->child(0)->text(0), imported.model.workloads[0].id);
    QVERIFY2(
        preview->topLevelItem(0)->child(0)->text(2).startsWith(QStringLiteral("docker-compose.yml:57")) ||
            preview->topLevelItem(0)->child(0)->text(2).contains(QStringLiteral("docker-compose.yml:57")),
        qPrintable(preview->topLevelItem(0)->child(0)->text(2)));
    QCOMPARE(preview->topLevelItem(4)->childCount(), int(imported.model.decisions.size()));

    // Merged: the design's values stand, what it lacks is added, and one undo takes it all back.
    dialog.setTarget(ImportDialog::Target::OpenModel);
    QVERIFY2(dialog.mergePreview().contains(QStringLiteral("choice mysql (the import says postgresql)")),
             qPrintable(dialog.mergePreview()));
    const int steps = w.document()->undoStack()->count();
    QVERIFY(w.applyImport(imported, true));
    QCOMPARE(w.document()->undoStack()->count(), steps + 1);
    const Model& merged = w.document()->model();
    QVERIFY(merged.findElement(QStringLiteral("scheduler")).isValid());
    QCOMPARE(merged.decisions.front().choice, QStringLiteral("mysql")); // the design's pin, not postgresql
    QCOMPARE(merged.workloads[4].exposure, Exposure::Public);           // translate: the design's
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->model(), design);

    // Opened as a new model: exactly what the import made, no file yet.
    QVERIFY(w.applyImport(imported, false));
    QCOMPARE(w.document()->model(), imported.model);
    QVERIFY(w.document()->filePath().isEmpty());

    // Inputs that make nothing cannot be imported.
    dialog.read({data + QStringLiteral("no-such-folder")});
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.result());
}

void TestMainWindow::aBareLaunchWelcomesWithTheStarterThatNewGives()
{
    MainWindow w;
    w.show();
    QVERIFY(w.isWelcomeShown());
    const Model bare = w.document()->model();
    QCOMPARE(bare, StarterModel::create());
    QCOMPARE(countOf(w.document()->diagnostics(), Severity::Error), 0); // nothing left blank
    QVERIFY(!w.isWindowModified());

    // Each example says what it is in a line; choosing one opens it and leaves the page.
    QListWidget* examples = w.welcome()->examples();
    QCOMPARE(examples->count(), int(FileActions::bundledExamples().size()));
    QListWidgetItem* marketplace = nullptr;
    for (int i = 0; i < examples->count(); ++i) {
        QVERIFY2(examples->item(i)->text().count(u'\n') == 1, qPrintable(examples->item(i)->text()));
        if (examples->item(i)->text().startsWith(QStringLiteral("marketplace\n")))
            marketplace = examples->item(i);
    }
    QVERIFY(marketplace);
    QVERIFY2(marketplace->text().contains(QStringLiteral("second-hand furniture")),
             qPrintable(marketplace->text()));
    Q_EMIT examples->itemActivated(marketplace);
    QVERIFY(!w.isWelcomeShown());
    QCOMPARE(w.document()->model().system.name, QStringLiteral("Loftly"));

    // File > New starts from the same model, with the guided start offered again.
    w.fileActions()->newModel();
    QVERIFY(w.isWelcomeShown());
    QCOMPARE(w.document()->model(), bare);
    w.welcome()->systemName()->setText(QStringLiteral("Ledger"));
    w.welcome()->startButton()->click();
    QVERIFY(!w.isWelcomeShown());
    QCOMPARE(w.document()->model().system.name, QStringLiteral("Ledger"));
    QCOMPARE(w.document()->model().workloads.size(), 1);
    QCOMPARE(w.document()->model().data.size(), 1);
    QCOMPARE(w.document()->model().workloads[0].uses.front().to, w.document()->model().data[0].id);
}

void TestMainWindow::theWindowFitsASmallLaptopScreen()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")));
    // The busiest selections: a workload's long form, the system's many decisions.
    for (const ElementRef& ref :
         {ElementRef{ElementRef::Section::Workload, 0}, ElementRef{ElementRef::Section::System, -1}}) {
        w.modelTree()->selectElement(ref);
        QApplication::processEvents();
        const QSize least = w.minimumSizeHint().expandedTo(w.minimumSize());
        QVERIFY2(least.width() <= 1024 && least.height() <= 640,
                 qPrintable(QStringLiteral("%1x%2").arg(least.width()).arg(least.height())));
    }
    // Made small, it stays small after another selection (it used to grow back to 797 pixels).
    w.resize(1024, 640);
    w.modelTree()->selectElement({ElementRef::Section::Workload, 1});
    QApplication::processEvents();
    QCOMPARE(w.size(), QSize(1024, 640));
}

// At 1280 pixels an export notice and the counts share the status bar: the counts say less rather than
// lose their beginning, and keep the whole message as their tooltip.
void TestMainWindow::theStatusCountsFitBesideAnExportNotice()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")));
    auto* counts = w.findChild<FittingLabel*>();
    QVERIFY(counts);
    const auto fits = [counts] {
        return counts->fontMetrics().horizontalAdvance(counts->text()) <= counts->contentsRect().width();
    };
    w.resize(1600, 1000);
    QApplication::processEvents();
    QCOMPARE(counts->text(), counts->fullText());
    QVERIFY2(counts->fullText().contains(QStringLiteral("USD a month on gcp")),
             qPrintable(counts->fullText()));
    QVERIFY(fits());

    w.resize(1280, 720);
    w.exportNotice()->showExport(QStringLiteral("Report"), QStringLiteral("/tmp/reviews/review.html"),
                                 ExportNotice::Target::File);
    QApplication::processEvents();
    QVERIFY(w.exportNotice()->isVisible());
    QVERIFY2(fits(), qPrintable(counts->text()));
    QVERIFY2(counts->text() != counts->fullText(), qPrintable(counts->text())); // it had to say less
    QVERIFY2(counts->text().startsWith(QStringLiteral("0 err")), qPrintable(counts->text()));
    QCOMPARE(counts->toolTip(), counts->fullText());
}

#include "tst_mainwindow.moc"
