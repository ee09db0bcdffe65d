// The diagram tab: on a model above the overview limit it draws the collapsed overview and says so,
// and "Every element" draws each element's box (and the overview again when unticked); a fit never
// makes text unreadably small; a drag from one box to another adds one undoable dependency; the
// diagram goes to a window of its own and back.
#include "core/io/modelfile.h"
#include "core/io/modelreader.h"
#include "core/io/modelwriter.h"
#include "core/rules/scoringengine.h"
#include "core/topology/topologybuilder.h"
#include "document/commands/adddependency.h"
#include "document/document.h"
#include "generatedmodel.h"
#include "views/diagramscene.h"
#include "views/diagramtab.h"
#include "views/diagramwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QGraphicsView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace gw;

namespace {

QString visibleMessage(const QWidget* tab)
{
    for (const QLabel* label : tab->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("overview"), Qt::CaseInsensitive))
            return label->text();
    }
    return {};
}

// A mouse drag in `tab`'s view from the middle of one element's box to the middle of another's (or
// to a point `offset` from the first's, for a drag that stays in its box).
void drag(DiagramTab& tab, const QString& from, const QString& to, QPoint offset = {})
{
    // The whole diagram in view, whatever the fit's floor: the drag is the same at any zoom.
    tab.view()->fitInView(tab.scene()->sceneRect(), Qt::KeepAspectRatio);
    QWidget* viewport = tab.view()->viewport();
    const QPoint start = tab.view()->mapFromScene(tab.scene()->boxOf(from).center());
    const QPoint end =
        to.isEmpty() ? start + offset : tab.view()->mapFromScene(tab.scene()->boxOf(to).center());
    QVERIFY(viewport->rect().contains(start));
    QVERIFY(viewport->rect().contains(end));
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + (end - start) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
}

const Workload* workload(const Model& model, const QString& id)
{
    const ElementRef ref = model.findElement(id);
    return ref.section == ElementRef::Section::Workload ? &model.workloads[ref.index] : nullptr;
}

bool usesIn(const Model& model, const QString& from, const QString& to)
{
    const Workload* w = workload(model, from);
    return w && std::any_of(w->uses.begin(), w->uses.end(), [&to](const Use& u) { return u.to == to; });
}

} // namespace

class TestDiagramTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overviewAndEveryElement();
    void dragAddsOneUndoableDependency();
    void detachShowsTheDiagramInItsOwnWindow();
    void aNewerModelSupersedesALayoutWithoutSayingCancelled();
    void aModelOpenedBehindAnotherPageIsLaidOutWhenShown();
};

void TestDiagramTab::overviewAndEveryElement()
{
    // 160 elements: above the limit, and quick to draw in full.
    static_assert(TopologyBuilder::kCollapseAbove < 160);
    const Model model = testsupport::generateModel({96, 48, 16});
    const Recommendations recommendations = ScoringEngine().score(model);
    DiagramTab tab;
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy finished(&tab, &DiagramTab::layoutFinished);
    tab.showModel(model, recommendations);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(tab.lastError()));
    QVERIFY2(visibleMessage(&tab).contains(QStringLiteral("collapsed overview: 160 elements"),
                                           Qt::CaseInsensitive),
             qPrintable(visibleMessage(&tab)));
    QVERIFY(tab.scene()->elementIds().isEmpty()); // group boxes stand for several elements each

    auto* full = tab.findChild<QCheckBox*>();
    QVERIFY(full);
    QVERIFY(!full->isChecked());
    full->setChecked(true);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(tab.lastError()));
    QCOMPARE(tab.scene()->elementIds().size(), 160);
    QVERIFY(visibleMessage(&tab).isEmpty());
    // Every element at 1000x700 would be a blur: the fit stops at readable text and scrolls instead.
    QVERIFY2(tab.smallestTextPixels() >= 9, qPrintable(QString::number(tab.smallestTextPixels())));
    QVERIFY(tab.view()->horizontalScrollBar()->maximum() > 0 ||
            tab.view()->verticalScrollBar()->maximum() > 0);

    full->setChecked(false);
    QVERIFY(finished.wait(60'000));
    QVERIFY(tab.scene()->elementIds().isEmpty());
    QVERIFY(!visibleMessage(&tab).isEmpty());
}

void TestDiagramTab::dragAddsOneUndoableDependency()
{
    Document document;
    document.reset(
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/topology/small.yaml")).model);
    QVERIFY(!usesIn(document.model(), QStringLiteral("web"), QStringLiteral("events")));
    DiagramTab tab;
    // The main window's path from a drag to the undo stack.
    connect(&tab, &DiagramTab::dependencyRequested, &document,
            [&document](const QString& from, const QString& to) {
                document.push(new AddDependency(&document, from, to));
            });
    connect(&document, &Document::modelChanged, &tab,
            [&document, &tab] { tab.showModel(document.model(), {}); });
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy finished(&tab, &DiagramTab::layoutFinished);
    tab.showModel(document.model(), {});
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.last().first().toBool(), qPrintable(tab.lastError()));
    QVERIFY2(tab.smallestTextPixels() >= 9, qPrintable(QString::number(tab.smallestTextPixels())));

    QSignalSpy messages(&tab, &DiagramTab::statusMessage);
    drag(tab, QStringLiteral("web"), QStringLiteral("events"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Connect web to events"));
    const Workload* web = workload(document.model(), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->uses.last().to, QStringLiteral("events"));
    QCOMPARE(web->uses.last().mode, UseMode::Publish); // as the workload form's new row to a channel
    const LoadResult saved =
        ModelReader::read(ModelWriter::toYaml(document.model()), QStringLiteral("m.yaml"));
    QVERIFY(usesIn(saved.model, QStringLiteral("web"), QStringLiteral("events")));

    document.undoStack()->undo();
    QVERIFY(!usesIn(document.model(), QStringLiteral("web"), QStringLiteral("events")));
    document.undoStack()->redo();
    QVERIFY(usesIn(document.model(), QStringLiteral("web"), QStringLiteral("events")));
    QVERIFY(messages.isEmpty());

    // Drags that cannot be a dependency add none and say why.
    QVERIFY(finished.wait(60'000)); // the edit's new layout, so that the boxes are where they are drawn
    drag(tab, QStringLiteral("db"), QStringLiteral("web"));
    drag(tab, QStringLiteral("api"), QString(), QPoint(14, 0));
    drag(tab, QStringLiteral("api"), QStringLiteral("db"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(messages.size(), 3);
    QVERIFY(messages[0].first().toString().contains(QStringLiteral("Only a workload")));
    QVERIFY(messages[1].first().toString().contains(QStringLiteral("itself")));
    QVERIFY(messages[2].first().toString().contains(QStringLiteral("already uses")));
}

// Opening another model while a layout runs drops that layout quietly: "cancelled" is for the user's
// Cancel, and only the newer layout finishes.
void TestDiagramTab::aNewerModelSupersedesALayoutWithoutSayingCancelled()
{
    const Model first = testsupport::generateModel({96, 48, 16});
    const Model second = testsupport::generateModel({3, 2, 1});
    DiagramTab tab;
    tab.resize(1000, 700);
    tab.show();
    QSignalSpy finished(&tab, &DiagramTab::layoutFinished);
    QSignalSpy started(&tab, &DiagramTab::layoutStarted);
    tab.showModel(first, ScoringEngine().score(first), QStringLiteral("first.yaml"));
    QCOMPARE(started.size(), 1); // a model opened in a shown tab is laid out at once
    tab.showModel(second, ScoringEngine().score(second), QStringLiteral("second.yaml"));
    QCOMPARE(started.size(), 2);
    QVERIFY(!visibleMessage(&tab).contains(QStringLiteral("cancelled"), Qt::CaseInsensitive));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(finished.first().first().toBool(), qPrintable(tab.lastError()));
    QCOMPARE(tab.scene()->elementIds().size(), 6);
    QVERIFY(!finished.wait(500)); // the first layout's answer, if any, is dropped
}

void TestDiagramTab::detachShowsTheDiagramInItsOwnWindow()
{
    QWidget main;
    auto* tabs = new QTabWidget(&main);
    tabs->addTab(new QWidget, QStringLiteral("Recommendations"));
    auto* diagram = new DiagramTab;
    tabs->addTab(diagram, QStringLiteral("Diagram"));
    tabs->addTab(new QWidget, QStringLiteral("Cost"));
    auto* window = new DiagramWindow(diagram, tabs, &main);
    main.show();

    diagram->detachAction()->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(window->isDetached());
    QCOMPARE(tabs->count(), 2);
    QVERIFY(diagram->window() == window);

    window->close(); // as the window's close button
    QVERIFY(!window->isVisible());
    QVERIFY(!diagram->detachAction()->isChecked());
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->indexOf(diagram), 1);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Diagram"));
    QVERIFY(diagram->window() == &main);
}

void TestDiagramTab::aModelOpenedBehindAnotherPageIsLaidOutWhenShown()
{
    // As in the window: a model is opened while the welcome page covers the work area, which turns to
    // the diagram just after. Its layout starts then, not when the edit debounce runs out.
    QTabWidget pages;
    pages.resize(1000, 700);
    pages.addTab(new QWidget, QStringLiteral("welcome"));
    auto* tab = new DiagramTab;
    pages.addTab(tab, QStringLiteral("diagram"));
    pages.show();
    QSignalSpy started(tab, &DiagramTab::layoutStarted);
    QSignalSpy finished(tab, &DiagramTab::layoutFinished);
    const Model model = testsupport::generateModel({3, 2, 1});
    tab->showModel(model, ScoringEngine().score(model), QStringLiteral("opened.yaml"));
    QCOMPARE(started.size(), 0); // hidden: nobody is waiting for it yet
    pages.setCurrentWidget(tab);
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(tab->lastError()));
    QCOMPARE(tab->scene()->elementIds().size(), 6);

    // Shown again later with nothing new, it is not laid out again.
    pages.setCurrentIndex(0);
    pages.setCurrentWidget(tab);
    QCOMPARE(started.size(), 1);
}

QTEST_MAIN(TestDiagramTab)
#include "tst_diagramtab.moc"
