// The diagram tab on a model above the overview limit: it draws the collapsed overview and says so,
// and "Every element" draws each element's box (and the overview again when unticked).
#include "core/rules/scoringengine.h"
#include "core/topology/topologybuilder.h"
#include "generatedmodel.h"
#include "views/diagramscene.h"
#include "views/diagramtab.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
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

} // namespace

class TestDiagramTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overviewAndEveryElement();
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

    full->setChecked(false);
    QVERIFY(finished.wait(60'000));
    QVERIFY(tab.scene()->elementIds().isEmpty());
    QVERIFY(!visibleMessage(&tab).isEmpty());
}

QTEST_MAIN(TestDiagramTab)
#include "tst_diagramtab.moc"
