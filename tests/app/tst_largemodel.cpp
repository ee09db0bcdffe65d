// A 5,000-element model through the app's own code path: it opens, is scored, and its diagram is laid
// out off the UI thread with a progress indicator, can be cancelled, and is then drawn (as the
// collapsed overview a model of this size gets), while the window keeps answering.
#include "core/io/modelfile.h"
#include "document/advice.h"
#include "document/document.h"
#include "generatedmodel.h"
#include "mainwindow.h"
#include "views/diagramscene.h"
#include "views/diagramtab.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gw;

class TestLargeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveThousandElementsOpenScoreAndDrawWithCancel();
};

namespace {

bool visibleLabelSays(const QWidget* parent, const QString& text)
{
    const auto labels = parent->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->isVisible() && label->text().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

void TestLargeModel::fiveThousandElementsOpenScoreAndDrawWithCancel()
{
    const Model generated = testsupport::generateModel({3000, 1500, 500});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.yaml"));
    QVERIFY(ModelFile::save(generated, path));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.showTab(QStringLiteral("diagram"));
    QVERIFY(window.openFile(path));
    QCOMPARE(window.document()->model().workloads.size(), 3000);
    QVERIFY(!hasErrors(window.document()->diagnostics()));
    QVERIFY(window.advice()->recommendations().decisions.size() >= 5000);

    // Cancel, as soon as the layout has started: it stops at once, and says so.
    DiagramTab* diagram = window.diagram();
    QSignalSpy finished(diagram, &DiagramTab::layoutFinished);
    bool busyWithProgress = false;
    const auto cancelOnStart = connect(diagram, &DiagramTab::layoutStarted, diagram, [&] {
        const auto* progress = diagram->findChild<QProgressBar*>();
        busyWithProgress = diagram->isBusy() && progress && progress->isVisible();
        diagram->cancelLayout();
    });
    diagram->showModel(window.document()->model(), window.advice()->recommendations());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    disconnect(cancelOnStart);
    QVERIFY(busyWithProgress);
    QVERIFY(!diagram->isBusy());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(visibleLabelSays(diagram, QStringLiteral("cancelled")));
    QVERIFY(!diagram->findChild<QProgressBar*>()->isVisible());

    // Asked again, it finishes while the window answers (a timer on the UI thread keeps firing), and
    // the overview is drawn with a note that says it is one.
    finished.clear();
    int ticks = 0;
    int ticksAtStart = -1;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    connect(diagram, &DiagramTab::layoutStarted, diagram, [&] { ticksAtStart = ticks; });
    ticker.start(1);
    diagram->showModel(window.document()->model(), window.advice()->recommendations());
    QVERIFY(finished.wait(120000));
    QVERIFY(ticksAtStart >= 0);
    QVERIFY(ticks > ticksAtStart);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(diagram->lastError().isEmpty(), qPrintable(diagram->lastError()));
    QVERIFY(!diagram->scene()->items().isEmpty());
    QVERIFY(visibleLabelSays(diagram, QStringLiteral("collapsed overview: 5000 elements")));
}

QTEST_MAIN(TestLargeModel)
#include "tst_largemodel.moc"
