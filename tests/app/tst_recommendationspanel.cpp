// The recommendations panel shows a decision kind an organisation's pack declares (tests/data/rules/
// caching.yaml) like a built-in one: titled by the pack's label, ranked, with no code naming it; and
// what each candidate would cost.
#include "core/cost/costformat.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/rules/recommendationformat.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "palettecolors.h"
#include "panels/candidatecomparison.h"
#include "panels/candidateexplanation.h"
#include "panels/recommendationspanel.h"
#include "panels/sensitivitypanel.h"

#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace gw;
using namespace Qt::StringLiterals;

class TestRecommendationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsADecisionKindAPackDeclares();
    void showsWhatEachCandidateWouldCost();
    void aCandidateKeepsItsColourWhicheverIsSelected();
    void coloursFollowADarkPalette();
    void theComparisonAddsUpAsScoreJsonDoes();
    void theReasonsOrderRulesByWeightAndExpand();
    void theSensitivityFollowsTheSelectionInPlainWords();
    void aChangedPickIsTintedBriefly();

private:
    // The marketplace example and its advice, scored once: most functions look at its decisions.
    LoadResult m_marketplace;
    Recommendations m_scored;
};

void TestRecommendationsPanel::initTestCase()
{
    m_marketplace = ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml"));
    QVERIFY(!m_marketplace.hasErrors());
    m_scored = PricedScoring::score(m_marketplace.model);
}

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
    const LoadResult& model = m_marketplace;
    const Recommendations& r = m_scored;
    const DecisionResult* compute = r.decision(QStringLiteral("web"), DecisionKind::Compute);
    QVERIFY(compute);

    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.showDecisions(QStringLiteral("Website"), {compute});
    QTreeWidget* ranking = panel.ranking();
    QCOMPARE(ranking->headerItem()->text(3), QStringLiteral("Per month"));
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

// The colour of each candidate's bars in the chart, by candidate id.
QHash<QString, QColor> barColours(RecommendationsPanel& panel)
{
    QHash<QString, QColor> out;
    for (QAbstractSeries* series : panel.chartView()->chart()->series()) {
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                out.insert(set->objectName(), set->color());
        }
    }
    return out;
}

} // namespace

// The chart put the selected candidate first and coloured by position, so a candidate changed colour
// when it was selected; now its colour is its rank's.
void TestRecommendationsPanel::aCandidateKeepsItsColourWhicheverIsSelected()
{
    const LoadResult& model = m_marketplace;
    const Recommendations& r = m_scored;
    const DecisionResult* compute = r.decision(QStringLiteral("web"), DecisionKind::Compute);
    QVERIFY(compute && compute->ranking.size() >= 2);
    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.showDecisions(QStringLiteral("Website"), {compute});
    QVERIFY(panel.chartView()->chart()->series().isEmpty()); // drawn only when its tab is shown
    QVERIFY(panel.showDetail(QStringLiteral("chart")));
    panel.ranking()->setCurrentItem(panel.ranking()->topLevelItem(0));
    const QHash<QString, QColor> first = barColours(panel);
    panel.ranking()->setCurrentItem(panel.ranking()->topLevelItem(1));
    const QHash<QString, QColor> second = barColours(panel);
    const QString runnerUp = compute->ranking[1].candidate;
    QVERIFY(first.contains(runnerUp) && second.contains(runnerUp));
    QCOMPARE(second.value(runnerUp), first.value(runnerUp));
    QCOMPARE(first.value(compute->ranking[0].candidate), palettecolors::candidateColour(0));
    QVERIFY(first.value(compute->ranking[0].candidate) != first.value(runnerUp));
    // The ranking's rows wear the same colours as their bars.
    for (int i = 0; i < 2; ++i) {
        const QImage swatch = panel.ranking()->topLevelItem(i)->icon(0).pixmap(12, 12).toImage();
        QCOMPARE(swatch.pixelColor(6, 6), palettecolors::candidateColour(i));
    }
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

// Two candidates side by side: every number the comparison shows is the one `score --format json`
// gives (the same function writes it), and the points of the qualities add up to the total.
void TestRecommendationsPanel::theComparisonAddsUpAsScoreJsonDoes()
{
    const LoadResult& model = m_marketplace;
    const Recommendations& r = m_scored;
    const DecisionResult* compute = r.decision(QStringLiteral("web"), DecisionKind::Compute);
    QVERIFY(compute && compute->ranking.size() >= 3);
    const QJsonObject json = QJsonDocument::fromJson(RecommendationFormat::toJson(r)).object();
    QJsonObject decision;
    for (const QJsonValue& d : json.value(u"decisions"_s).toArray()) {
        if (d[u"subject"_s] == u"web"_s && d[u"kind"_s] == u"compute"_s)
            decision = d.toObject();
    }
    QVERIFY(!decision.isEmpty());

    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.setPriorities(model.model.priorities);
    panel.showDecisions(QStringLiteral("Website"), {compute});
    QVERIFY(panel.showDetail(QStringLiteral("compare")));
    // Ctrl+click on the first and the third candidate.
    panel.ranking()->topLevelItem(0)->setSelected(true);
    panel.ranking()->topLevelItem(2)->setSelected(true);
    const QTableWidget* table = panel.comparison()->table();
    QCOMPARE(table->columnCount(), 4); // quality, weight and the two
    const QJsonArray ranking = decision.value(u"ranking"_s).toArray();
    const QJsonObject candidates = json.value(u"candidates"_s).toObject();
    const QStringList qualities = enumNames<Quality>();
    for (int column = 0; column < 2; ++column) {
        const QJsonObject ranked = ranking.at(column == 0 ? 0 : 2).toObject();
        const QString id = ranked.value(u"candidate"_s).toString();
        QCOMPARE(
            table->horizontalHeaderItem(2 + column)->data(CandidateComparison::kCandidateRole).toString(),
            id);
        double added = 0;
        for (int q = 0; q < qualities.size(); ++q) {
            const QString key = QString(qualities[q]).replace(u'-', u'_');
            const QTableWidgetItem* cell = table->item(q, 2 + column);
            QVERIFY(cell);
            QCOMPARE(cell->data(CandidateComparison::kPointsRole).toDouble(),
                     ranked.value(u"breakdown"_s)[key].toDouble());
            QCOMPARE(cell->data(CandidateComparison::kBaseRole).toDouble(),
                     candidates.value(id)[u"base"_s][key][u"score"_s].toDouble());
            QCOMPARE(table->item(q, 1)->text().toInt(), model.model.priorities.weights[std::size_t(q)]);
            added += cell->data(CandidateComparison::kPointsRole).toDouble();
        }
        const QTableWidgetItem* total = table->item(int(qualities.size()), 2 + column);
        QCOMPARE(total->data(CandidateComparison::kTotalRole).toDouble(),
                 ranked.value(u"score"_s).toDouble());
        // The second says how far behind the first it is.
        const QString score = QString::number(ranked.value(u"score"_s).toDouble(), 'f', 1);
        const double behind = ranking.at(0)[u"score"_s].toDouble() - ranked.value(u"score"_s).toDouble();
        QCOMPARE(total->text(),
                 column == 0 ? score : score + u"\n\u2212"_s + QString::number(behind, 'f', 1));
        // Each share is rounded to a tenth on its own: seven of them stay within 0.35 of the total.
        QVERIFY2(std::abs(added - ranked.value(u"score"_s).toDouble()) <= 0.35,
                 qPrintable(QString::number(added)));
        // Each rule's effect on the candidate, as the JSON spells it.
        for (const QJsonValue& reason : ranked.value(u"reasons"_s).toArray()) {
            bool found = false;
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == reason[u"rule"_s].toString()) {
                    QCOMPARE(table->item(row, 2 + column)->text(), reason[u"effect"_s].toString());
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(reason[u"rule"_s].toString()));
        }
    }
    QCOMPARE(panel.detailTabs()->tabText(panel.detailTabs()->indexOf(panel.comparison())), u"C&ompare (2)"_s);
}

// The reasons start with what decides the pick, list the rules weightiest first, and show the base
// scores with their sources only when asked.
void TestRecommendationsPanel::theReasonsOrderRulesByWeightAndExpand()
{
    const LoadResult& model = m_marketplace;
    const Recommendations& r = m_scored;
    // A decision whose top pick leads on something and has several rules to order.
    const DecisionResult* compute = nullptr;
    for (const DecisionResult& d : r.decisions) {
        if (!compute && !d.leads().isEmpty() && !d.ranking.isEmpty() && d.ranking.front().reasons.size() >= 3)
            compute = &d;
    }
    QVERIFY(compute);
    const RankedCandidate& top = compute->ranking.front();
    const QualityScores weights = effectiveWeights(model.model.priorities);
    QList<qint64> effects;
    for (const Reason& reason : top.reasons)
        effects.append(std::abs(candidateexplanation::weightedEffect(reason, weights)));

    const QString html =
        candidateexplanation::html(*compute, top, weights, RulePackLoader::builtIn().get(), false);
    QVERIFY(html.indexOf(u"What decides it"_s) < html.indexOf(u"Rules, the weightiest first"_s));
    // The weightiest rule comes first.
    const qsizetype heaviest = std::max_element(effects.begin(), effects.end()) - effects.begin();
    const qsizetype rulesAt = html.indexOf(u"Rules, the weightiest first"_s);
    for (const Reason& reason : top.reasons)
        QVERIFY(html.indexOf(reason.rule, rulesAt) >= html.indexOf(top.reasons[heaviest].rule, rulesAt));
    QVERIFY(html.contains(QLatin1String(candidateexplanation::kToggleLink)));
    QVERIFY(!html.contains(u"Base scores"_s));
    const QString expanded =
        candidateexplanation::html(*compute, top, weights, RulePackLoader::builtIn().get(), true);
    QVERIFY(expanded.contains(u"Base scores"_s));
    const Candidate* known = RulePackLoader::builtIn()->candidate(top.candidate);
    QVERIFY(expanded.contains(known->scores[0].rationale.toHtmlEscaped()));

    // In the panel, the switch is a link in the reasons.
    RecommendationsPanel panel;
    panel.setCatalog(RulePackLoader::builtIn().get(), model.model.system.cloud);
    panel.showDecisions(compute->subject, {compute});
    QVERIFY(!panel.reasons()->toHtml().contains(u"Base scores"_s));
    Q_EMIT panel.reasons()->anchorClicked(QUrl(QLatin1String(candidateexplanation::kToggleLink)));
    QVERIFY(panel.reasons()->toHtml().contains(u"Base scores"_s));
}

// The Sensitivity tab shows the selected element's decisions (all of them on request), each sentence
// whole and with candidates by name, not by id.
void TestRecommendationsPanel::theSensitivityFollowsTheSelectionInPlainWords()
{
    const Recommendations& r = m_scored;
    SensitivityPanel panel;
    panel.showRecommendations(r, QStringLiteral("system"));
    QTreeWidget* list = panel.list();
    QCOMPARE(list->topLevelItemCount(), int(r.decisions.size()));
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!list->topLevelItem(i)->isHidden()) {
            QCOMPARE(list->topLevelItem(i)->text(0), u"system"_s);
            ++shown;
        }
    }
    QVERIFY(shown > 1 && shown < list->topLevelItemCount());
    panel.onlySelected()->setChecked(false);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY(!list->topLevelItem(i)->isHidden());

    // A flip names the candidate that would take over by its label.
    const DecisionResult* flipping = nullptr;
    for (const DecisionResult& d : r.decisions) {
        for (const SensitivityFlip& f : d.sensitivity().flips) {
            const Candidate* next = r.catalog->candidate(f.newTop);
            if (!flipping && next && next->label != f.newTop)
                flipping = &d;
        }
    }
    QVERIFY(flipping);
    const QString sentence = SensitivityPanel::sentence(*flipping, r);
    const SensitivityFlip& flip = flipping->sensitivity().flips.front();
    QVERIFY2(sentence.contains(u"(then "_s + r.catalog->candidate(flip.newTop)->label + u')'),
             qPrintable(sentence));
    QVERIFY2(sentence.startsWith(flipping->top.label + u" stays first unless "_s), qPrintable(sentence));
    QVERIFY(list->wordWrap());
    bool listed = false;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        if (item->text(0) == flipping->subject && item->text(list->columnCount() - 1) == sentence)
            listed = true;
    }
    QVERIFY(listed);
}

// After a change of picks the changed decisions stand out in the list, also when it is shown again
// (the re-rank that follows), and only for a moment.
void TestRecommendationsPanel::aChangedPickIsTintedBriefly()
{
    const Recommendations& r = m_scored;
    QList<const DecisionResult*> ofSystem;
    for (const DecisionResult& d : r.decisions) {
        if (d.subject == u"system"_s)
            ofSystem.append(&d);
    }
    QVERIFY(ofSystem.size() > 2);
    RecommendationsPanel panel;
    panel.showDecisions(u"the system"_s, ofSystem);
    const QString changed = u"system/"_s + enumName(ofSystem[1]->kind);
    panel.flashChanged({changed}, 50);
    QVERIFY(!panel.isFlashed(0));
    QVERIFY(panel.isFlashed(1));
    QVERIFY(panel.decisionList()->item(1)->background() != QBrush());
    QCOMPARE(panel.decisionList()->item(0)->background(), QBrush());
    panel.showDecisions(u"the system"_s, ofSystem);
    QVERIFY(panel.decisionList()->item(1)->background() != QBrush());
    QTRY_COMPARE(panel.decisionList()->item(1)->background(), QBrush());
}

QTEST_MAIN(TestRecommendationsPanel)
#include "tst_recommendationspanel.moc"
