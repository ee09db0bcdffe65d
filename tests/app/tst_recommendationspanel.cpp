// The recommendations panel shows a decision kind an organisation's pack declares (tests/data/rules/
// caching.yaml) like a built-in one: titled by the pack's label, ranked, with no code naming it; and
// what each candidate would cost.
#include "core/cost/costformat.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "palettecolors.h"
#include "panels/recommendationspanel.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QListWidget>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace gw;

class TestRecommendationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsADecisionKindAPackDeclares();
    void showsWhatEachCandidateWouldCost();
    void aCandidateKeepsItsColourWhicheverIsSelected();
    void coloursFollowADarkPalette();
};

void TestRecommendationsPanel::showsADecisionKindAPackDeclares()
{
    const CatalogLoad load =
        RulePackLoader::load({QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rules")});
    QVERIFY(!load.hasErrors());
    const LoadResult model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml"));
    QVERIFY(!model.hasErrors());
    const Recommendations r = PricedScoring::score(model.model, load.catalog);
    QList<const DecisionResult*> ofStore;
    for (const DecisionResult& d : r.decisions) {
        if (d.subject == QStringLiteral("session-cache"))
            ofStore.append(&d);
    }

    RecommendationsPanel panel;
    panel.setCatalog(load.catalog.get(), model.model.system.cloud);
    panel.showDecisions(QStringLiteral("Sessions and rate-limit counters"), ofStore);
    QStringList rows;
    for (int i = 0; i < panel.decisionList()->count(); ++i)
        rows.append(panel.decisionList()->item(i)->text());
    QVERIFY2(rows.contains(QStringLiteral("Caching: No cache")), qPrintable(rows.join(u'|')));
    // The pack's kind comes after the built-in ones, as its (absent) order says.
    QVERIFY2(rows.last().startsWith(QStringLiteral("Caching: ")), qPrintable(rows.join(u'|')));

    panel.decisionList()->setCurrentRow(int(rows.size() - 1));
    QCOMPARE(panel.ranking()->topLevelItemCount(), 3); // its three candidates
}

// The candidate table's cost column: what each candidate would cost a month for the element, with its
// range and cloud in the tooltip, and "-" where it cannot be priced.
void TestRecommendationsPanel::showsWhatEachCandidateWouldCost()
{
    const LoadResult model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml"));
    QVERIFY(!model.hasErrors());
    const Recommendations r = PricedScoring::score(model.model);
    const DecisionResult* compute = r.decision(QStringLiteral("web"), DecisionKind::Compute);
    QVERIFY(compute);

    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.showDecisions(QStringLiteral("Website"), {compute});
    QTreeWidget* ranking = panel.ranking();
    QCOMPARE(ranking->headerItem()->text(3), QStringLiteral("Cost a month"));
    int priced = 0, unpriced = 0;
    for (int i = 0; i < ranking->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = ranking->topLevelItem(i);
        const RankedCandidate& c = compute->ranking[i];
        if (c.monthlyUsd) {
            ++priced;
            QCOMPARE(item->text(3), CostFormat::usd(c.monthlyUsd->expected) + QStringLiteral(" USD"));
            QVERIFY2(item->toolTip(3).contains(enumName(c.costCloud)), qPrintable(item->toolTip(3)));
        } else {
            ++unpriced;
            QCOMPARE(item->text(3), QStringLiteral("-"));
        }
    }
    QVERIFY(priced >= 2); // functions and managed containers
    QVERIFY(unpriced >= 1);
}

namespace {

// The colour of each candidate's bars in the chart, by label.
QHash<QString, QColor> barColours(RecommendationsPanel& panel)
{
    QHash<QString, QColor> out;
    for (QAbstractSeries* series : panel.chartView()->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                out.insert(set->label(), set->color());
        }
    }
    return out;
}

} // namespace

// The chart put the selected candidate first and coloured by position, so a candidate changed colour
// when it was selected; now its colour is its rank's.
void TestRecommendationsPanel::aCandidateKeepsItsColourWhicheverIsSelected()
{
    const LoadResult model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml"));
    QVERIFY(!model.hasErrors());
    const Recommendations r = PricedScoring::score(model.model);
    const DecisionResult* compute = r.decision(QStringLiteral("web"), DecisionKind::Compute);
    QVERIFY(compute && compute->ranking.size() >= 2);
    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.showDecisions(QStringLiteral("Website"), {compute});
    panel.ranking()->setCurrentItem(panel.ranking()->topLevelItem(0));
    const QHash<QString, QColor> first = barColours(panel);
    panel.ranking()->setCurrentItem(panel.ranking()->topLevelItem(1));
    const QHash<QString, QColor> second = barColours(panel);
    const QString runnerUp = compute->ranking[1].label;
    QVERIFY(first.contains(runnerUp) && second.contains(runnerUp));
    QCOMPARE(second.value(runnerUp), first.value(runnerUp));
    QCOMPARE(first.value(compute->ranking[0].label), palettecolors::candidateColour(0));
    QVERIFY(first.value(compute->ranking[0].label) != first.value(runnerUp));
}

// Under a dark palette the app's colours turn: pale fills deep, dark text light, contrast kept.
void TestRecommendationsPanel::coloursFollowADarkPalette()
{
    const QColor fill(0xE8, 0xF1, 0xFB); // a workload's box
    const QColor text(0x22, 0x22, 0x22);
    QCOMPARE(palettecolors::themed(fill, QApplication::style()->standardPalette()), fill);
    const QPalette dark = palettecolors::darkPalette();
    QVERIFY(palettecolors::isDark(dark));
    const QColor darkFill = palettecolors::themed(fill, dark);
    const QColor lightText = palettecolors::themed(text, dark);
    QVERIFY2(darkFill.lightnessF() < 0.3, qPrintable(darkFill.name()));
    QVERIFY2(lightText.lightnessF() > 0.7, qPrintable(lightText.name()));
    QCOMPARE(darkFill.hslHue(), fill.hslHue());
    // The chart takes the dark theme with the palette.
    QApplication::setPalette(dark);
    RecommendationsPanel panel;
    QCOMPARE(panel.chartView()->chart()->theme(), QChart::ChartThemeDark);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestRecommendationsPanel)
#include "tst_recommendationspanel.moc"
