// The Cost tab: the estimate `groundwork-cli cost` prints, as a chart of the largest lines and a list of
// every line, with the totals against the budget; activating a line selects its element.
#include "core/cost/costestimator.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "panels/costpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace gw;
using namespace Qt::StringLiterals;

class TestCostPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLargestLinesEveryLineAndTheTotals()
    {
        const Model model =
            ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")).model;
        const Recommendations r = PricedScoring::score(model);
        CostPanel panel;
        panel.showEstimate(model, r);
        const CostEstimate expected = CostEstimator(model).estimate(r, Cloud::Gcp);
        QCOMPARE(panel.estimate().total.expected, expected.total.expected);

        // Every line, priced or not, in model order; an unpriced one says why.
        auto* lines = panel.findChild<QTreeWidget*>();
        QVERIFY(lines);
        QCOMPARE(lines->topLevelItemCount(), expected.lines.size());
        QCOMPARE(lines->topLevelItem(0)->text(0), u"web"_s);
        bool saysWhy = false;
        for (int i = 0; i < lines->topLevelItemCount(); ++i)
            saysWhy = saysWhy || lines->topLevelItem(i)->text(5).startsWith(u"not priced: no gcp price"_s);
        QVERIFY(saysWhy);

        // The chart: the largest lines, largest at the top (listed last), each with its figure.
        auto* view = panel.findChild<QChartView*>();
        QVERIFY(view);
        const QList<QAbstractSeries*> series = view->chart()->series();
        QCOMPARE(series.size(), 1);
        auto* bars = qobject_cast<QHorizontalBarSeries*>(series.front());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().front()->count(), CostPanel::kChartedLines);
        auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).front());
        QVERIFY(axis);
        QVERIFY2(axis->categories().last().startsWith(u"buyer-api "_s),
                 qPrintable(axis->categories().last()));
        QVERIFY(bars->barSets().front()->at(CostPanel::kChartedLines - 1) >= bars->barSets().front()->at(0));

        // The totals, the second region and the budget.
        const QString totals = panel.findChild<QLabel*>()->text();
        QVERIFY2(totals.contains(u"second region (pilot-light)"_s), qPrintable(totals));
        QVERIFY(totals.contains(u"% of the budget of 40,000 USD"_s));

        // Activating a line names its element.
        QSignalSpy activated(&panel, &CostPanel::elementActivated);
        Q_EMIT lines->itemActivated(lines->topLevelItem(1), 0);
        QCOMPARE(activated.size(), 1);
        const ElementRef ref = activated.front().front().value<ElementRef>();
        QCOMPARE(ref.section, ElementRef::Section::Workload);
        QCOMPARE(model.workloads[ref.index].id, u"buyer-api"_s);
    }

    // A model nothing of which can be priced says so instead of showing an empty chart.
    void saysWhenNothingCanBePriced()
    {
        Model model;
        model.system.cloud = Cloud::Aws;
        Workload w;
        w.id = u"api"_s;
        model.workloads.append(w);
        CostPanel panel;
        panel.showEstimate(model, PricedScoring::score(model));
        QVERIFY2(panel.findChild<QLabel*>()->text().contains(u"Nothing in this model can be priced"_s),
                 qPrintable(panel.findChild<QLabel*>()->text()));
        QVERIFY(panel.findChild<QChartView*>()->chart()->series().isEmpty());
    }
};

QTEST_MAIN(TestCostPanel)
#include "tst_costpanel.moc"
