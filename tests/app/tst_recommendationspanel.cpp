// The recommendations panel shows a decision kind an organisation's pack declares (tests/data/rules/
// caching.yaml) like a built-in one: titled by the pack's label, ranked, with no code naming it.
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "panels/recommendationspanel.h"

#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace gw;

class TestRecommendationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsADecisionKindAPackDeclares();
};

void TestRecommendationsPanel::showsADecisionKindAPackDeclares()
{
    const CatalogLoad load =
        RulePackLoader::load({QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rules")});
    QVERIFY(!load.hasErrors());
    const LoadResult model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml"));
    QVERIFY(!model.hasErrors());
    const Recommendations r = ScoringEngine(load.catalog).score(model.model);
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

QTEST_MAIN(TestRecommendationsPanel)
#include "tst_recommendationspanel.moc"
