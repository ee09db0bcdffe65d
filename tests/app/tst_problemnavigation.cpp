// What needs attention, readable and within reach: counts on the panels' tabs that follow every edit,
// error badges on the tree's elements, F8 / Shift+F8 through the problems, and findings and problems
// that read whole instead of cut at a column's edge.
#include "core/model/model.h"
#include "document/advice.h"
#include "document/commands/changeelement.h"
#include "document/document.h"
#include "mainwindow.h"
#include "panels/findingspanel.h"
#include "panels/modeltreepanel.h"
#include "panels/problemspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

namespace {

const QString kStorefront = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/app/storefront.yaml");
const QString kMarketplace = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml");
using S = ElementRef::Section;

QString dockTitle(MainWindow& w, const QString& name)
{
    auto* dock = w.findChild<QDockWidget*>(name);
    return dock ? dock->windowTitle() : QStringLiteral("(no dock %1)").arg(name);
}

// Both workloads without memory: two errors, one on each.
void breakBothWorkloads(MainWindow& w)
{
    w.document()->push(
        new ChangeElement(w.document(), {S::Workload, 0}, QStringLiteral("memory"), [](Model& m) {
            m.workloads[0].memoryMb = 0;
            m.workloads[1].memoryMb = 0;
        }));
}

QTreeWidgetItem* treeItem(MainWindow& w, const ElementRef& ref)
{
    w.modelTree()->selectElement(ref);
    return w.modelTree()->currentItem();
}

} // namespace

class TestProblemNavigation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings away from the user's
    void theDockTitlesCountAndFollowEdits();
    void anElementWithAnErrorWearsItsBadge();
    void f8WalksTheProblemsAndWrapsAround();
    void f8SaysSoWhenThereAreNone();
    void aFindingReadsInFullWithItsRuleAndSource();
    void changedFindingsKeepTheOneBeingRead();
    void aLongProblemWrapsInsteadOfBeingCut();
};

void TestProblemNavigation::theDockTitlesCountAndFollowEdits()
{
    MainWindow w;
    QVERIFY(w.openFile(kMarketplace));
    const QList<Finding>& findings = w.advice()->recommendations().findings;
    const auto high = std::count_if(findings.begin(), findings.end(),
                                    [](const Finding& f) { return f.severity == FindingSeverity::High; });
    QVERIFY(!findings.isEmpty());
    QCOMPARE(dockTitle(w, QStringLiteral("findingsDock")),
             high > 0 ? QStringLiteral("Findings %1 (%2 high)").arg(findings.size()).arg(high)
                      : QStringLiteral("Findings %1").arg(findings.size()));

    QVERIFY(w.openFile(kStorefront));
    QCOMPARE(dockTitle(w, QStringLiteral("problemsDock")), QStringLiteral("Problems"));
    QCOMPARE(dockTitle(w, QStringLiteral("driftDock")), QStringLiteral("Drift"));

    breakBothWorkloads(w);
    QCOMPARE(w.document()->diagnostics().size(), 2);
    QCOMPARE(dockTitle(w, QStringLiteral("problemsDock")), QStringLiteral("Problems 2"));
    w.document()->undoStack()->undo();
    QCOMPARE(dockTitle(w, QStringLiteral("problemsDock")), QStringLiteral("Problems"));
    w.document()->undoStack()->redo();
    QCOMPARE(dockTitle(w, QStringLiteral("problemsDock")), QStringLiteral("Problems 2"));

    // The differences from what is deployed, once compared, as `groundwork-cli drift` counts them.
    const QString data = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/import/");
    QVERIFY(w.openFile(data + QStringLiteral("drift/chirp-design.yaml")));
    QVERIFY(w.compareWithDeployed({data + QStringLiteral("selfhosted")}));
    QCOMPARE(dockTitle(w, QStringLiteral("driftDock")), QStringLiteral("Drift 8"));
    w.document()->push(new ChangeElement(w.document(), {S::Workload, 0}, QStringLiteral("exposure"),
                                         [](Model& m) { m.workloads[0].exposure = Exposure::Public; }));
    QCOMPARE(dockTitle(w, QStringLiteral("driftDock")), QStringLiteral("Drift 7"));
}

void TestProblemNavigation::anElementWithAnErrorWearsItsBadge()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(treeItem(w, {S::Workload, 0})->icon(0).isNull());

    w.document()->push(new ChangeElement(w.document(), {S::Workload, 0}, QStringLiteral("memory"),
                                         [](Model& m) { m.workloads[0].memoryMb = 0; }));
    QTreeWidgetItem* api = treeItem(w, {S::Workload, 0});
    QVERIFY(!api->icon(0).isNull());
    QCOMPARE(api->toolTip(0), w.document()->diagnostics().first().message);
    QVERIFY(api->toolTip(0).contains(QStringLiteral("memory_mb")));
    // Only the element at fault.
    QVERIFY(treeItem(w, {S::Workload, 1})->icon(0).isNull());
    QVERIFY(treeItem(w, {S::DataStore, 0})->icon(0).isNull());
    // The badge is not a rename: the id is unchanged and nothing was pushed.
    QCOMPARE(w.document()->undoStack()->count(), 1);

    w.document()->undoStack()->undo();
    QVERIFY(treeItem(w, {S::Workload, 0})->icon(0).isNull());
    QVERIFY(treeItem(w, {S::Workload, 0})->toolTip(0).isEmpty());
}

void TestProblemNavigation::f8WalksTheProblemsAndWrapsAround()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    breakBothWorkloads(w);
    w.modelTree()->selectElement({S::DataStore, 0});

    auto* next = w.findChild<QAction*>(QStringLiteral("nextProblemAction"));
    auto* previous = w.findChild<QAction*>(QStringLiteral("previousProblemAction"));
    QVERIFY(next && previous);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));

    const Diagnostics problems = w.document()->diagnostics();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].element, (ElementRef{S::Workload, 0}));
    QCOMPARE(problems[1].element, (ElementRef{S::Workload, 1}));

    next->trigger(); // from no problem selected: the first
    QCOMPARE(w.modelTree()->selectedElement(), problems[0].element);
    QCOMPARE(w.problems()->indexOfTopLevelItem(w.problems()->currentItem()), 0);
    next->trigger();
    QCOMPARE(w.modelTree()->selectedElement(), problems[1].element);
    next->trigger(); // past the last: the first again
    QCOMPARE(w.modelTree()->selectedElement(), problems[0].element);
    previous->trigger(); // before the first: the last
    QCOMPARE(w.modelTree()->selectedElement(), problems[1].element);
    previous->trigger();
    QCOMPARE(w.modelTree()->selectedElement(), problems[0].element);
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("problemsDock"))->isVisible());
}

void TestProblemNavigation::f8SaysSoWhenThereAreNone()
{
    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    w.modelTree()->selectElement({S::DataStore, 0});
    QVERIFY(!w.goToProblem(1));
    QCOMPARE(w.modelTree()->selectedElement(), (ElementRef{S::DataStore, 0}));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("No problems")));
}

void TestProblemNavigation::aFindingReadsInFullWithItsRuleAndSource()
{
    Finding linked;
    linked.rule = QStringLiteral("api.partner-without-contract");
    linked.severity = FindingSeverity::High;
    linked.subject = QStringLiteral("webhooks");
    linked.message =
        QStringLiteral("webhooks serves partners, but no API style is decided for it. ").repeated(4);
    linked.recommendation = QStringLiteral("Decide the API style and write the contract first.");
    linked.source = QStringLiteral("https://example.org/well-architected/contracts");
    Finding briefed = linked;
    briefed.severity = FindingSeverity::Low;
    briefed.source = QStringLiteral("brief: Matching Stack Choices");

    FindingsPanel panel;
    panel.showFindings({linked, briefed});
    // The first finding reads at once, whole, with what to do, the rule and its source as a link.
    const QString shown = panel.detail()->toPlainText();
    QVERIFY2(shown.contains(linked.message.trimmed()), qPrintable(shown));
    QVERIFY(shown.contains(linked.recommendation));
    QVERIFY(shown.contains(linked.rule));
    QVERIFY(panel.detail()->toHtml().contains(
        QStringLiteral("href=\"https://example.org/well-architected/contracts\"")));

    // A source that is not a web address is text, not a link.
    panel.list()->setCurrentItem(panel.list()->topLevelItem(1));
    QVERIFY(panel.detail()->toPlainText().contains(briefed.source));
    QVERIFY(!panel.detail()->toHtml().contains(QStringLiteral("href=")));

    // A refill (after an edit) keeps the finding being read.
    panel.showFindings({linked, briefed});
    QCOMPARE(panel.list()->currentItem(), panel.list()->topLevelItem(1));
    panel.showFindings({});
    QVERIFY(panel.detail()->toPlainText().isEmpty());
}

void TestProblemNavigation::changedFindingsKeepTheOneBeingRead()
{
    const auto finding = [](FindingSeverity severity, const QString& subject, const QString& message) {
        Finding f;
        f.rule = QStringLiteral("rule.") + subject;
        f.severity = severity;
        f.subject = subject;
        f.message = message;
        return f;
    };
    const auto rows = [](const FindingsPanel& panel) {
        QStringList out;
        for (int i = 0; i < panel.list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = panel.list()->topLevelItem(i);
            out << item->text(0) + u'|' + item->text(1) + u'|' + item->text(2);
        }
        return out;
    };
    const auto iconOf = [](const QTreeWidgetItem* item) { return item->icon(0).pixmap(16).toImage(); };
    FindingsPanel panel;
    const Finding api =
        finding(FindingSeverity::High, QStringLiteral("api"), QStringLiteral("No API style."));
    const Finding db = finding(FindingSeverity::Medium, QStringLiteral("db"), QStringLiteral("One zone."));
    const Finding bus = finding(FindingSeverity::Low, QStringLiteral("bus"), QStringLiteral("No schema."));
    panel.showFindings({api, db, bus});
    const QImage high = iconOf(panel.list()->topLevelItem(0));
    const QImage low = iconOf(panel.list()->topLevelItem(2));
    QVERIFY(high != low);
    panel.list()->setCurrentItem(panel.list()->topLevelItem(1));

    // A priority move: the first finding changes severity and wording, the last goes, one comes.
    const Finding apiLow =
        finding(FindingSeverity::Low, QStringLiteral("api"), QStringLiteral("Style unclear."));
    const Finding web = finding(FindingSeverity::High, QStringLiteral("web"), QStringLiteral("No edge."));
    panel.showFindings({apiLow, db, web, bus});
    QCOMPARE(rows(panel),
             (QStringList{QStringLiteral("Low|api|Style unclear."), QStringLiteral("Medium|db|One zone."),
                          QStringLiteral("High|web|No edge."), QStringLiteral("Low|bus|No schema.")}));
    QCOMPARE(iconOf(panel.list()->topLevelItem(0)), low);
    QCOMPARE(iconOf(panel.list()->topLevelItem(2)), high);
    QCOMPARE(panel.list()->currentItem(), panel.list()->topLevelItem(1)); // the finding being read stays
    QVERIFY(panel.detail()->toPlainText().contains(db.message));
    QCOMPARE(panel.list()->topLevelItem(2)->toolTip(2), QStringLiteral("No edge.\n\nrule.web: "));

    // Fewer findings: the rows left over go; the one read went, so the first reads.
    panel.showFindings({web});
    QCOMPARE(rows(panel), QStringList{QStringLiteral("High|web|No edge.")});
    QCOMPARE(panel.list()->currentItem(), panel.list()->topLevelItem(0));
    QVERIFY(panel.detail()->toPlainText().contains(web.message));
}

void TestProblemNavigation::aLongProblemWrapsInsteadOfBeingCut()
{
    ProblemsPanel panel;
    panel.resize(260, 400);
    panel.show();
    Diagnostic d;
    d.message = QStringLiteral("workloads[0].memory_mb: must be between 1 and 33554432, got 0; ").repeated(3);
    panel.showDiagnostics({d, d});
    const int line = panel.fontMetrics().height();
    const QRect first = panel.visualItemRect(panel.topLevelItem(0));
    QVERIFY2(first.height() >= 3 * line,
             qPrintable(QStringLiteral("%1 < 3 x %2").arg(first.height()).arg(line)));
    // The second row starts below the whole of the first.
    QVERIFY(panel.visualItemRect(panel.topLevelItem(1)).top() >= first.bottom());
}

QTEST_MAIN(TestProblemNavigation)
#include "tst_problemnavigation.moc"
