// The scoring engine on small packs whose numbers can be checked by hand: weighting and normalisation,
// clamping, vetoes, candidate-relative rules, pinned choices, findings that follow the ranking,
// sensitivity, determinism, organisation packs, and packs that try to make it slow or deep.
#include "core/io/modelfile.h"
#include "core/rules/modelfacts.h"
#include "core/rules/recommendationformat.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/rulepackreader.h"
#include "core/rules/scoringengine.h"
#include "core/rules/sensitivity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

// Two architecture-style candidates with extreme scores, so that weights decide everything.
const QByteArray kTwoCandidates = R"(
groundwork-rules: 1
pack: test
candidates:
  - id: alpha
    kind: architecture-style
    family: modular-monolith
    label: Alpha
    summary: Cheap and slow.
    services: {aws: A1, gcp: G1, azure: Z1}
    source: "brief: Frameworks and Architectural Style"
    scores:
      cost: [10, "x"]
      performance: [0, "x"]
      scalability: [0, "x"]
      reliability: [0, "x"]
      security: [0, "x"]
      time_to_market: [0, "x"]
      operability: [0, "x"]
  - id: beta
    kind: architecture-style
    family: microservices
    label: Beta
    summary: Fast and dear.
    services: {aws: A2, gcp: G2, azure: Z2}
    source: "brief: Frameworks and Architectural Style"
    scores:
      cost: [0, "x"]
      performance: [10, "x"]
      scalability: [0, "x"]
      reliability: [0, "x"]
      security: [0, "x"]
      time_to_market: [0, "x"]
      operability: [0, "x"]
)";

// A decision kind of its own with three equal candidates, a simplicity order that names one candidate and
// one family, a rule that puts `alpha` a hair ahead in large teams, and findings that follow the choice.
const QByteArray kTies = R"(
groundwork-rules: 1
pack: ties
decision:
  kind: caching
  subject: system
  families: [simple, complex]
  simplicity: [zeta, simple]
candidates:
  - {id: alpha, kind: caching, family: complex, label: Alpha, summary: A., services: {aws: A, gcp: G, azure: Z},
     source: "brief: Compute",
     scores: {cost: [5, "a"], performance: [5, "a"], scalability: [5, "a"], reliability: [5, "a"],
              security: [5, "a"], time_to_market: [5, "a"], operability: [5, "a"]}}
  - {id: mid, kind: caching, family: simple, label: Mid, summary: M., services: {aws: A, gcp: G, azure: Z},
     source: "brief: Compute",
     scores: {cost: [5, "m"], performance: [5, "m"], scalability: [5, "m"], reliability: [5, "m"],
              security: [5, "m"], time_to_market: [5, "m"], operability: [5, "Mid is easy to run."]}}
  - {id: zeta, kind: caching, family: complex, label: Zeta, summary: Z., services: {aws: A, gcp: G, azure: Z},
     source: "brief: Compute",
     scores: {cost: [5, "z"], performance: [5, "z"], scalability: [5, "z"], reliability: [5, "z"],
              security: [5, "z"], time_to_market: [5, "z"], operability: [5, "z"]}}
rules:
  - id: ties.large-team
    kind: caching
    when: {team.size: {gte: 10}}
    effects: [{candidate: alpha, cost: 1}]
    rationale: Large teams get alpha a little cheaper.
    source: "brief: Compute"
  - id: ties.ops-team
    kind: caching
    when: {team.ops_maturity: high}
    effects: [{candidate: mid, operability: 5}]
    rationale: Mid suits an operations team.
    source: "brief: Compute"
findings:
  - id: ties.zeta-medium
    applies_to: system
    when: {choice.caching: zeta}
    severity: medium
    message: Zeta needs care.
    recommendation: Care for it.
    source: "brief: Compute"
  - id: ties.alpha-high
    applies_to: system
    when: {choice.caching: alpha}
    severity: high
    message: Alpha breaks {name}.
    recommendation: Pick another.
    source: "brief: Compute"
)";

// Two workload decisions of their own: a language and a framework that follows it. `fw-any` is made
// for both languages (a family), `fw-java` only for java (a candidate id).
const QByteArray kFollows = R"(
groundwork-rules: 1
pack: follows
decision:
  kind: acme-language
  subject: workload
  order: 1
  families: [py, jvm, native]
candidates:
  - id: lang-java
    kind: acme-language
    family: jvm
    label: Java
    summary: The JVM.
    services: {aws: x, gcp: x, azure: x}
    source: "brief: Language and Runtime"
    scores: {cost: [5, "x"], performance: [9, "x"], scalability: [5, "x"], reliability: [5, "x"], security: [5, "x"], time_to_market: [5, "x"], operability: [5, "x"]}
  - id: lang-python
    kind: acme-language
    family: py
    label: Python
    summary: CPython.
    services: {aws: x, gcp: x, azure: x}
    source: "brief: Language and Runtime"
    scores: {cost: [5, "x"], performance: [1, "x"], scalability: [5, "x"], reliability: [5, "x"], security: [5, "x"], time_to_market: [5, "x"], operability: [5, "x"]}
  - id: lang-cobol
    kind: acme-language
    family: native
    label: COBOL
    summary: Nothing is made for it.
    services: {aws: x, gcp: x, azure: x}
    source: "brief: Language and Runtime"
    scores: {cost: [0, "x"], performance: [0, "x"], scalability: [0, "x"], reliability: [0, "x"], security: [0, "x"], time_to_market: [0, "x"], operability: [0, "x"]}
)";
const QByteArray kFollowing = R"(
groundwork-rules: 1
pack: following
decision:
  kind: acme-framework
  subject: workload
  order: 2
  families: [web]
  follows: acme-language
candidates:
  - id: fw-java
    kind: acme-framework
    family: web
    label: Java Web
    summary: For Java.
    skills: [lang-java]
    services: {aws: x, gcp: x, azure: x}
    source: "brief: Language and Runtime"
    scores: {cost: [9, "x"], performance: [9, "x"], scalability: [9, "x"], reliability: [9, "x"], security: [9, "x"], time_to_market: [9, "x"], operability: [9, "x"]}
  - id: fw-any
    kind: acme-framework
    family: web
    label: Any Web
    summary: For Python and the JVM.
    skills: [py, jvm]
    services: {aws: x, gcp: x, azure: x}
    source: "brief: Language and Runtime"
    scores: {cost: [1, "x"], performance: [1, "x"], scalability: [1, "x"], reliability: [1, "x"], security: [1, "x"], time_to_market: [1, "x"], operability: [1, "x"]}
)";

std::shared_ptr<const Catalog> catalogOf(const QList<QByteArray>& packs)
{
    Diagnostics diagnostics;
    QList<RulePack> read;
    int i = 0;
    for (const QByteArray& text : packs)
        read.append(RulePackReader::read(text, QStringLiteral("pack%1.yaml").arg(++i), diagnostics));
    const CatalogLoad load = RulePackLoader::merge(read, diagnostics);
    for (const Diagnostic& d : load.diagnostics)
        qWarning().noquote() << d.toString();
    return load.hasErrors() ? nullptr : load.catalog;
}

Model baseModel()
{
    Model m;
    m.system.name = QStringLiteral("Test");
    m.team.size = 4;
    Workload w;
    w.id = QStringLiteral("api");
    m.workloads.append(w);
    return m;
}

Priorities weights(int cost, int performance)
{
    Priorities p;
    p.weights.fill(0);
    p[Quality::Cost] = cost;
    p[Quality::Performance] = performance;
    return p;
}

// A copy: callers pass the result of score() itself, which is gone at the end of their statement.
DecisionResult decision(const Recommendations& r, const QString& subject, DecisionKind kind)
{
    const DecisionResult* d = r.decision(subject, kind);
    if (!d)
        qFatal("no decision");
    return *d;
}

QStringList ids(const QList<RankedCandidate>& ranking)
{
    QStringList out;
    for (const RankedCandidate& c : ranking)
        out.append(c.candidate);
    return out;
}

QStringList findingRules(const Recommendations& r)
{
    QStringList out;
    for (const Finding& f : r.findings)
        out.append(f.rule + u'@' + f.subject);
    return out;
}

} // namespace

class TestScoringEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreIsTheWeightedAverageOnAHundredPointScale();
    void allPrioritiesZeroCountEverythingTheSame();
    void adjustmentsAddUpAndAreClamped();
    void aVetoExcludesWithItsRuleAndTheRestIsRanked();
    void candidateRelativeRulesApplyPerCandidate();
    void pinnedChoicesAreScoredAndFlagged();
    void aRejectedDecisionExcludesItsCandidate();
    void aPinnedFamilyMeansItsBestCandidate();
    void findingsThatReadChoicesFollowTheRanking();
    void exactTiesGoToTheSimplerCandidate();
    void aPickItsOwnHighFindingCondemnsIsWithdrawn();
    void theLeadsSayWhatDecidesThePick();
    void noLanguageBehindAManagedModelEndpoint();
    void aFollowingDecisionRanksOnlyWhatIsMadeForTheChoice();
    void rankAfterEvaluateEqualsScore();
    void aKeptEvaluationFollowsEverySliderOfTheExamples();
    void sensitivityFindsTheNearestFlip();
    void sensitivityAgreesWithWeighingEveryStep();
    void aCopysAddedLoadSensitivityStaysItsOwn();
    void outputIsDeterministicAndIndependentOfPackOrder();
    void jsonHasTheShapeOfTheContract();
    void organisationPacksOverrideDisableAndAdd();
    void hostilePacksAreRefusedOrStayFast();
    void modelFactsChainsAndResidency();
    void everyDeclaredFieldIsAFact();
    void aRuleTestsAFieldThatHasNoCodeOfItsOwn();
    void residencyCoversEveryRegionHoldingTheData();
};

void TestScoringEngine::scoreIsTheWeightedAverageOnAHundredPointScale()
{
    const auto catalog = catalogOf({kTwoCandidates});
    QVERIFY(catalog);
    const ScoringEngine engine(catalog);
    Model m = baseModel();
    m.priorities = weights(3, 1);
    const Recommendations r = engine.score(m);
    const DecisionResult& d = decision(r, QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QCOMPARE(ids(d.ranking), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QCOMPARE(d.ranking[0].scoreTenths, 750); // 3 x 10 / (3 + 1) -> 75.0
    QCOMPARE(d.ranking[1].scoreTenths, 250); // 1 x 10 / 4 -> 25.0
    QCOMPARE(d.ranking[0].breakdownTenths[std::size_t(Quality::Cost)], 750);
    QCOMPARE(d.ranking[1].breakdownTenths[std::size_t(Quality::Performance)], 250);
    QCOMPARE(d.marginTenths.value_or(-1), 500);
    QCOMPARE(d.top.candidate, QStringLiteral("alpha"));
    QCOMPARE(d.top.services.on(Cloud::Gcp), QStringLiteral("G1"));
    QCOMPARE(d.top.services.on(Cloud::Any), QStringLiteral("A1 / G1 / Z1"));
    QVERIFY(!d.pinned);
}

void TestScoringEngine::allPrioritiesZeroCountEverythingTheSame()
{
    const ScoringEngine engine(catalogOf({kTwoCandidates}));
    Model m = baseModel();
    m.priorities = weights(0, 0);
    const DecisionResult& d =
        decision(engine.score(m), QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QCOMPARE(d.ranking[0].scoreTenths, 143); // 10 / 7 -> 14.3
    QCOMPARE(d.ranking[1].scoreTenths, 143);
    QCOMPARE(d.ranking[0].candidate, QStringLiteral("alpha")); // a tie goes to the lower id
    QCOMPARE(d.marginTenths.value_or(-1), 0);
}

void TestScoringEngine::adjustmentsAddUpAndAreClamped()
{
    const QByteArray rules = R"(
groundwork-rules: 1
pack: rules
rules:
  - id: t.raise
    kind: architecture-style
    when: {team.size: {lte: 5}}
    effects:
      - {candidate: alpha, cost: 4, performance: 2.5}
      - {family: microservices, performance: -3}
    rationale: r
    source: "brief: Frameworks and Architectural Style"
  - id: t.silent
    kind: architecture-style
    when: {team.size: {gt: 5}}
    effects:
      - {candidate: beta, performance: 10}
    rationale: r
    source: "brief: Frameworks and Architectural Style"
)";
    const ScoringEngine engine(catalogOf({kTwoCandidates, rules}));
    Model m = baseModel();
    m.priorities = weights(1, 1);
    const Recommendations r = engine.score(m);
    const DecisionResult& d = decision(r, QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    const RankedCandidate& alpha = d.ranking[0];
    const RankedCandidate& beta = d.ranking[1];
    QCOMPARE(alpha.attributeTenths[std::size_t(Quality::Cost)], 100);       // 10 + 4, clamped
    QCOMPARE(alpha.attributeTenths[std::size_t(Quality::Performance)], 25); // 0 + 2.5
    QCOMPARE(beta.attributeTenths[std::size_t(Quality::Performance)], 70);  // 10 - 3
    QCOMPARE(alpha.scoreTenths, 625);                                       // (10 + 2.5) / 2
    QCOMPARE(alpha.reasons.size(), 1);
    QCOMPARE(alpha.reasons[0].rule, QStringLiteral("t.raise"));
    QCOMPARE(alpha.reasons[0].effect, QStringLiteral("+4 cost, +2.5 performance"));
    QCOMPARE(beta.reasons[0].effect, QStringLiteral("-3 performance"));
    QVERIFY(r.firedRules.contains(QStringLiteral("t.raise")));
    QVERIFY(!r.firedRules.contains(QStringLiteral("t.silent")));
}

void TestScoringEngine::aVetoExcludesWithItsRuleAndTheRestIsRanked()
{
    const QByteArray veto = R"(
groundwork-rules: 1
pack: veto
rules:
  - id: t.veto
    kind: architecture-style
    when: {model.workload_count: 1}
    effects:
      - {candidate: alpha, exclude: true}
    rationale: Alpha cannot do it.
    source: "brief: Frameworks and Architectural Style"
)";
    const ScoringEngine engine(catalogOf({kTwoCandidates, veto}));
    const DecisionResult& d =
        decision(engine.score(baseModel()), QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QCOMPARE(ids(d.ranking), QStringList{QStringLiteral("beta")});
    QCOMPARE(d.excluded.size(), 1);
    QCOMPARE(d.excluded[0].candidate, QStringLiteral("alpha"));
    QCOMPARE(d.excluded[0].rule, QStringLiteral("t.veto"));
    QCOMPARE(d.excluded[0].rationale, QStringLiteral("Alpha cannot do it."));
    QVERIFY(!d.marginTenths); // one candidate: no second to be ahead of
    QCOMPARE(d.top.candidate, QStringLiteral("beta"));
}

void TestScoringEngine::candidateRelativeRulesApplyPerCandidate()
{
    const ScoringEngine engine; // the built-in catalog
    Model m = baseModel();
    m.team.skills = {Skill{QStringLiteral("elixir"), 5}, Skill{QStringLiteral("go"), 1}};
    const Recommendations r = engine.score(m);
    const DecisionResult& d = decision(r, QStringLiteral("api"), DecisionKind::Language);
    const auto reasonsOf = [&](const QString& id) {
        QStringList rules;
        for (const RankedCandidate& c : d.ranking) {
            if (c.candidate == id) {
                for (const Reason& reason : c.reasons)
                    rules.append(reason.rule);
            }
        }
        return rules;
    };
    QVERIFY(reasonsOf(QStringLiteral("elixir")).contains(QStringLiteral("language.team.expert")));
    QVERIFY(!reasonsOf(QStringLiteral("go")).contains(QStringLiteral("language.team.expert")));
    QVERIFY(!reasonsOf(QStringLiteral("go")).contains(QStringLiteral("language.team.unknown")));
    QVERIFY(reasonsOf(QStringLiteral("java")).contains(QStringLiteral("language.team.unknown")));
    QCOMPARE(d.top.candidate, QStringLiteral("elixir")); // the team's expert language wins
}

void TestScoringEngine::pinnedChoicesAreScoredAndFlagged()
{
    const ScoringEngine engine;
    Model m = baseModel();
    m.system.cloud = Cloud::Aws;
    m.workloads[0].maxDurationS = 3600; // functions are vetoed (Lambda's 900 s on AWS)
    m.decisions = {
        Decision{QStringLiteral("api/compute"), QStringLiteral("functions"), DecisionStatus::Accepted, {}},
        Decision{QStringLiteral("api/language"), QStringLiteral("cpp"), DecisionStatus::Proposed, {}},
        Decision{QStringLiteral("system/edge"), QStringLiteral("nginx"), DecisionStatus::Accepted, {}}};
    const Recommendations r = engine.score(m);

    const DecisionResult& compute = decision(r, QStringLiteral("api"), DecisionKind::Compute);
    QVERIFY(compute.pinned);
    QCOMPARE(compute.pinned->state, PinnedChoice::State::Excluded);
    QCOMPARE(compute.pinned->excludedBy, QStringLiteral("compute.serverless.duration-limit"));
    QCOMPARE(compute.chosen.candidate, QStringLiteral("functions")); // the team's choice stands, flagged
    QVERIFY(compute.top.candidate != QStringLiteral("functions"));

    const DecisionResult& language = decision(r, QStringLiteral("api"), DecisionKind::Language);
    QCOMPARE(language.pinned->state, PinnedChoice::State::Ranked);
    QVERIFY(language.pinned->behindTenths > ScoringEngine::kFarBehindTenths);
    QCOMPARE(language.pinned->rank, static_cast<int>(language.ranking.size()));

    const DecisionResult& edge = decision(r, QStringLiteral("system"), DecisionKind::Edge);
    QCOMPARE(edge.pinned->state, PinnedChoice::State::Unknown);
    QCOMPARE(edge.chosen.candidate, edge.top.candidate);

    const QStringList found = findingRules(r);
    QVERIFY(found.contains(QStringLiteral("engine.pinned-vetoed@api")));
    QVERIFY(found.contains(QStringLiteral("engine.pinned-far-behind@api")));
    QVERIFY(found.contains(QStringLiteral("engine.pinned-unknown@system")));
    for (const Finding& f : r.findings) {
        if (f.rule == QStringLiteral("engine.pinned-vetoed")) {
            QCOMPARE(f.severity, FindingSeverity::High);
            QVERIFY(f.message.contains(QStringLiteral("900 s")));
        }
    }
}

void TestScoringEngine::aRejectedDecisionExcludesItsCandidate()
{
    const ScoringEngine engine;
    Model m = baseModel();
    m.decisions = {Decision{QStringLiteral("system/edge"), QStringLiteral("api-gateway"),
                            DecisionStatus::Rejected, QStringLiteral("Too expensive for us.")}};
    const DecisionResult& edge = decision(engine.score(m), QStringLiteral("system"), DecisionKind::Edge);
    QVERIFY(!edge.pinned);
    const auto x = std::find_if(edge.excluded.begin(), edge.excluded.end(), [](const Exclusion& e) {
        return e.candidate == QStringLiteral("api-gateway");
    });
    QVERIFY(x != edge.excluded.end());
    QCOMPARE(x->rule, QStringLiteral("pinned.rejected"));
    QCOMPARE(x->rationale, QStringLiteral("Too expensive for us."));
}

void TestScoringEngine::aPinnedFamilyMeansItsBestCandidate()
{
    // The model format lists families (edge: none | api-gateway | api-gateway-with-waf); users pin them.
    const ScoringEngine engine;
    Model m = baseModel();
    m.workloads[0].exposure = Exposure::Public;
    m.decisions = {Decision{QStringLiteral("system/edge"),
                            QStringLiteral("api-gateway-with-waf"),
                            DecisionStatus::Accepted,
                            {}},
                   Decision{QStringLiteral("system/observability"),
                            QStringLiteral("logs-only"),
                            DecisionStatus::Rejected,
                            {}},
                   Decision{QStringLiteral("system/region-strategy"),
                            QStringLiteral("active-passive"),
                            DecisionStatus::Rejected,
                            {}}};
    const Recommendations r = engine.score(m);
    const DecisionResult& edge = decision(r, QStringLiteral("system"), DecisionKind::Edge);
    QVERIFY(edge.pinned);
    QCOMPARE(edge.pinned->state, PinnedChoice::State::Ranked);
    QCOMPARE(edge.pinned->pinnedAs, QStringLiteral("api-gateway-with-waf"));
    QCOMPARE(edge.chosen.family, QStringLiteral("api-gateway-with-waf"));
    const auto best = std::find_if(edge.ranking.begin(), edge.ranking.end(), [](const RankedCandidate& c) {
        return c.family == QStringLiteral("api-gateway-with-waf");
    });
    QCOMPARE(edge.pinned->candidate, best->candidate);
    QVERIFY(!findingRules(r).contains(QStringLiteral("engine.pinned-unknown@system")));
    QVERIFY(RecommendationFormat::toJson(r).contains("\"pinned_as\": \"api-gateway-with-waf\""));
    // Rejecting a family rules out all of its candidates.
    const DecisionResult& region = decision(r, QStringLiteral("system"), DecisionKind::RegionStrategy);
    for (const RankedCandidate& c : region.ranking)
        QVERIFY(c.family != QStringLiteral("active-passive"));
    QCOMPARE(std::count_if(region.excluded.begin(), region.excluded.end(),
                           [](const Exclusion& x) { return x.rule == QStringLiteral("pinned.rejected"); }),
             3); // pilot light, warm standby, backup and restore
}

void TestScoringEngine::findingsThatReadChoicesFollowTheRanking()
{
    const ScoringEngine engine;
    Model m = baseModel();
    m.workloads[0].exposure = Exposure::Public;
    const Evaluation e = engine.evaluate(m);
    // Security first: a gateway wins, and the public workload is not reported unprotected.
    Priorities secure;
    secure[Quality::Security] = 5;
    const Recommendations safe = engine.rank(e, secure);
    QVERIFY(decision(safe, QStringLiteral("system"), DecisionKind::Edge).chosen.family !=
            QStringLiteral("none"));
    QVERIFY(!findingRules(safe).contains(QStringLiteral("edge.public-without-rate-limit@api")));
    // Only cost and performance matter: the bare load balancer would win on scores, but its own high finding
    // condemns it while a gateway avoids it, so it is withdrawn with the finding as the reason (coherence).
    const Recommendations cheap = engine.rank(e, weights(5, 5));
    const DecisionResult& edge = decision(cheap, QStringLiteral("system"), DecisionKind::Edge);
    QVERIFY(edge.chosen.family != QStringLiteral("none"));
    const auto withdrawn = std::find_if(edge.excluded.begin(), edge.excluded.end(), [](const Exclusion& x) {
        return x.candidate == QStringLiteral("load-balancer-only");
    });
    QVERIFY(withdrawn != edge.excluded.end());
    QVERIFY(withdrawn->byFinding);
    QCOMPARE(withdrawn->rule, QStringLiteral("edge.public-without-rate-limit"));
    QVERIFY(withdrawn->rationale.contains(QStringLiteral("api")));
    QVERIFY(!findingRules(cheap).contains(QStringLiteral("edge.public-without-rate-limit@api")));
    QVERIFY(RecommendationFormat::toJson(cheap).contains("\"by_finding\": true"));
    // Pinning the bare load balancer raises it whatever the priorities.
    m.decisions = {Decision{
        QStringLiteral("system/edge"), QStringLiteral("load-balancer-only"), DecisionStatus::Accepted, {}}};
    QVERIFY(findingRules(engine.rank(engine.evaluate(m), secure))
                .contains(QStringLiteral("edge.public-without-rate-limit@api")));
}

void TestScoringEngine::exactTiesGoToTheSimplerCandidate()
{
    const auto catalog = catalogOf({kTies});
    QVERIFY(catalog);
    const ScoringEngine engine(catalog);
    const Recommendations r = engine.score(baseModel());
    const DecisionResult& d =
        decision(r, QStringLiteral("system"), DecisionKind::fromId(QStringLiteral("caching")));
    // zeta by id, then mid by family, then alpha, which the order does not name: never the alphabet.
    QCOMPARE(ids(d.ranking),
             (QStringList{QStringLiteral("zeta"), QStringLiteral("mid"), QStringLiteral("alpha")}));
    QVERIFY(d.tieBroken);
    QVERIFY(!d.clearWinner());
    QVERIFY(RecommendationFormat::toJson(r).contains("\"tie_broken\": true"));
    QVERIFY(RecommendationFormat::toTable(r, 100).contains(QStringLiteral("tie: simplest first")));
    // zeta raises a medium finding that mid would not: the decision says it is picked despite it.
    QCOMPARE(d.despite.size(), 1);
    QCOMPARE(d.despite.front().rule, QStringLiteral("ties.zeta-medium"));
    QVERIFY(
        RecommendationFormat::toMarkdown(r).contains(QStringLiteral("Picked despite `ties.zeta-medium`")));
}

void TestScoringEngine::aPickItsOwnHighFindingCondemnsIsWithdrawn()
{
    const auto catalog = catalogOf({kTies});
    QVERIFY(catalog);
    const ScoringEngine engine(catalog);
    Model m = baseModel();
    m.team.size = 12; // alpha is now a tenth of a point ahead, and its choice raises a high finding
    const Recommendations r = engine.score(m);
    const DecisionResult& d =
        decision(r, QStringLiteral("system"), DecisionKind::fromId(QStringLiteral("caching")));
    QCOMPARE(d.top.candidate, QStringLiteral("zeta"));
    QVERIFY(!ids(d.ranking).contains(QStringLiteral("alpha")));
    QCOMPARE(d.excluded.size(), 1);
    QCOMPARE(d.excluded.front().candidate, QStringLiteral("alpha"));
    QVERIFY(d.excluded.front().byFinding);
    QCOMPARE(d.excluded.front().rule, QStringLiteral("ties.alpha-high"));
    QCOMPARE(d.excluded.front().rationale, QStringLiteral("Alpha breaks Test."));
    QVERIFY(!findingRules(r).contains(QStringLiteral("ties.alpha-high@system")));
    QVERIFY(RecommendationFormat::toTable(r, 100).contains(
        QStringLiteral("excluded by finding ties.alpha-high")));
    // Pinned, alpha is the team's call: the finding is raised, and the pin is reported as excluded.
    m.decisions = {
        Decision{QStringLiteral("system/caching"), QStringLiteral("alpha"), DecisionStatus::Accepted, {}}};
    const Recommendations pinned = engine.score(m);
    QVERIFY(findingRules(pinned).contains(QStringLiteral("ties.alpha-high@system")));
    QVERIFY(findingRules(pinned).contains(QStringLiteral("engine.pinned-vetoed@system")));
}

void TestScoringEngine::theLeadsSayWhatDecidesThePick()
{
    const auto catalog = catalogOf({kTies});
    QVERIFY(catalog);
    const ScoringEngine engine(catalog);
    Model m = baseModel();
    m.team.opsMaturity = OpsMaturity::High;
    const Recommendations r = engine.score(m);
    const DecisionResult& d =
        decision(r, QStringLiteral("system"), DecisionKind::fromId(QStringLiteral("caching")));
    QCOMPARE(d.top.candidate, QStringLiteral("mid"));
    QVERIFY(d.clearWinner());
    QVERIFY(!d.tieBroken);
    QCOMPARE(d.leads().size(), 1);
    QCOMPARE(d.leads().front().quality, Quality::Operability);
    QCOMPARE(d.leads().front().topTenths, 100);
    QCOMPARE(d.leads().front().runnerUpTenths, 50);
    // The base scores are equal (5 each): the rule made the lead, so the lead gives the rule's why, not
    // the base score's.
    QCOMPARE(d.leads().front().rationale, QStringLiteral("Mid suits an operations team."));
    QCOMPARE(d.leads().front().source, QStringLiteral("brief: Compute"));
    QCOMPARE(d.leads().front().rules, QStringList{QStringLiteral("ties.ops-team")});
    QCOMPARE(d.leads().front().pointsTenths, *d.marginTenths);
    QVERIFY(RecommendationFormat::toTable(r, 100).contains(QStringLiteral("leads on: operability +")));
}

// A managed model endpoint runs the team's model in the provider's serving container: there is no
// language to pick. The language pack drops the decision (`moot_when`) when compute comes to it.
void TestScoringEngine::noLanguageBehindAManagedModelEndpoint()
{
    const ScoringEngine engine;
    Model m = baseModel();
    m.workloads[0].kind = WorkloadKind::MlInference;
    const DecisionKind language = DecisionKind::fromId(QStringLiteral("language"));
    m.decisions = {Decision{
        QStringLiteral("api/compute"), QStringLiteral("managed-ml-endpoint"), DecisionStatus::Accepted, {}}};
    const Recommendations endpoint = engine.score(m);
    QVERIFY(endpoint.decision(QStringLiteral("api"), DecisionKind::fromId(QStringLiteral("compute"))));
    QVERIFY(!endpoint.decision(QStringLiteral("api"), language));
    QVERIFY(!RecommendationFormat::toJson(endpoint).contains("\"kind\": \"language\""));
    m.decisions = {Decision{
        QStringLiteral("api/compute"), QStringLiteral("gpu-instances"), DecisionStatus::Accepted, {}}};
    QVERIFY(engine.score(m).decision(QStringLiteral("api"), language));
    // A pinned language is the team's statement and stays, whatever compute comes to.
    m.decisions = {
        Decision{QStringLiteral("api/compute"),
                 QStringLiteral("managed-ml-endpoint"),
                 DecisionStatus::Accepted,
                 {}},
        Decision{QStringLiteral("api/language"), QStringLiteral("python"), DecisionStatus::Accepted, {}}};
    QVERIFY(engine.score(m).decision(QStringLiteral("api"), language));
}

// A decision that follows another (`follows:`, a web framework and its language) ranks only the
// candidates made for that decision's choice, drops itself when nothing is, and flags a pin made for
// another choice.
void TestScoringEngine::aFollowingDecisionRanksOnlyWhatIsMadeForTheChoice()
{
    // Two files loaded together: a decision may follow a kind another pack declares.
    QTemporaryDir dir;
    for (const auto& [name, text] :
         {std::pair{"language.yaml", kFollows}, std::pair{"framework.yaml", kFollowing}}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
    }
    const CatalogLoad load = RulePackLoader::load({dir.path()}, false);
    QVERIFY2(!load.hasErrors(), qPrintable(load.diagnostics.value(0).toString()));
    const ScoringEngine engine(load.catalog);
    const DecisionKind language = DecisionKind::fromId(QStringLiteral("acme-language"));
    const DecisionKind framework = DecisionKind::fromId(QStringLiteral("acme-framework"));
    const auto pin = [](const QString& kind, const QString& choice) {
        return Decision{QStringLiteral("api/") + kind, choice, DecisionStatus::Accepted, {}};
    };
    Model m = baseModel();

    // Java wins on performance; both frameworks are made for it, and the better one wins.
    Recommendations r = engine.score(m);
    QCOMPARE(decision(r, QStringLiteral("api"), language).top.candidate, QStringLiteral("lang-java"));
    QCOMPARE(ids(decision(r, QStringLiteral("api"), framework).ranking),
             (QStringList{QStringLiteral("fw-java"), QStringLiteral("fw-any")}));

    // Python: the Java framework is excluded, named, for the language picked.
    m.decisions = {pin(QStringLiteral("acme-language"), QStringLiteral("lang-python"))};
    r = engine.score(m);
    const DecisionResult forPython = decision(r, QStringLiteral("api"), framework);
    QCOMPARE(ids(forPython.ranking), QStringList{QStringLiteral("fw-any")});
    QCOMPARE(forPython.excluded.size(), 1);
    QCOMPARE(forPython.excluded.front().candidate, QStringLiteral("fw-java"));
    QCOMPARE(forPython.excluded.front().rule, QStringLiteral("engine.made-for-another-choice"));
    QCOMPARE(
        forPython.excluded.front().rationale,
        QStringLiteral("Java Web is for lang-java; the acme-language decision for api picked lang-python."));

    // Nothing is made for COBOL: no framework decision rather than one with no candidate left.
    m.decisions = {pin(QStringLiteral("acme-language"), QStringLiteral("lang-cobol"))};
    r = engine.score(m);
    QVERIFY(!r.decision(QStringLiteral("api"), framework));
    QVERIFY(!findingRules(r).contains(QStringLiteral("engine.no-candidate-left@api")));

    // A pinned framework stays, and one made for another language is reported as vetoed.
    m.decisions = {pin(QStringLiteral("acme-language"), QStringLiteral("lang-python")),
                   pin(QStringLiteral("acme-framework"), QStringLiteral("fw-java"))};
    r = engine.score(m);
    const DecisionResult pinned = decision(r, QStringLiteral("api"), framework);
    QCOMPARE(pinned.chosen.candidate, QStringLiteral("fw-java"));
    QCOMPARE(pinned.pinned->state, PinnedChoice::State::Excluded);
    QVERIFY(findingRules(r).contains(QStringLiteral("engine.pinned-vetoed@api")));
}

void TestScoringEngine::rankAfterEvaluateEqualsScore()
{
    const ScoringEngine engine;
    const LoadResult loaded =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml"));
    QVERIFY(!loaded.hasErrors());
    const Evaluation e = engine.evaluate(loaded.model);
    for (int cost = 0; cost <= 5; ++cost) {
        Model changed = loaded.model;
        changed.priorities[Quality::Cost] = cost;
        QCOMPARE(RecommendationFormat::toJson(engine.rank(e, changed.priorities)),
                 RecommendationFormat::toJson(engine.score(changed)));
    }
}

// What the app does on slider moves: rank one kept evaluation under priorities that change one at a time
// and come back. rank() keeps what its coherence pass and following decisions found with the evaluation;
// whatever it reuses, each result must be what scoring the changed model from scratch gives.
void TestScoringEngine::aKeptEvaluationFollowsEverySliderOfTheExamples()
{
    const ScoringEngine engine;
#ifdef GROUNDWORK_SANITIZED
    const QList<int> values{0, 5, 3};
#else
    const QList<int> values{0, 5, 1, 4, 2, 3};
#endif
    for (const char* example : {"early-saas", "fintech", "marketplace"}) {
        const LoadResult loaded = ModelFile::load(
            QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(QLatin1StringView(example)));
        QVERIFY(!loaded.hasErrors());
        const Evaluation e = engine.evaluate(loaded.model);
        Model changed = loaded.model;
        for (std::size_t q = 0; q < kQualityCount; ++q) {
            for (int value : values) {
                changed.priorities.weights[q] = value;
                QCOMPARE(RecommendationFormat::toJson(engine.rank(e, changed.priorities)),
                         RecommendationFormat::toJson(engine.score(changed)));
            }
        }
    }
}

void TestScoringEngine::sensitivityFindsTheNearestFlip()
{
    const ScoringEngine engine(catalogOf({kTwoCandidates}));
    Model m = baseModel();
    m.priorities = weights(3, 2); // alpha 300 vs beta 200
    const DecisionResult& d =
        decision(engine.score(m), QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QCOMPARE(d.top.candidate, QStringLiteral("alpha"));
    QVERIFY(!d.sensitivity().stable);
    // performance 3 ties (alpha keeps first place by id); 4 flips. cost 2 ties; 1 flips.
    QCOMPARE(d.sensitivity().flips.size(), 2);
    QCOMPARE(d.sensitivity().flips[0], (SensitivityFlip{Quality::Cost, 3, 1, QStringLiteral("beta")}));
    QCOMPARE(d.sensitivity().flips[1], (SensitivityFlip{Quality::Performance, 2, 4, QStringLiteral("beta")}));
    QCOMPARE(
        d.sensitivity().summary,
        QStringLiteral(
            "alpha stays first unless cost drops to 1 (then beta) or performance rises to 4 (then beta)"));

    // cost 5 against performance 0: performance at 5 only ties (first place stays with alpha by id), and
    // cost at 0 makes every priority 0, which counts all qualities alike: a tie again. Nothing flips.
    m.priorities = weights(5, 0);
    const DecisionResult& stable =
        decision(engine.score(m), QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QVERIFY(stable.sensitivity().stable);
    QVERIFY(stable.sensitivity().flips.isEmpty());
    QCOMPARE(stable.sensitivity().summary,
             QStringLiteral("stable: no change of a single priority moves alpha from first place"));
}

// The sensitivity is worked out on first read and shared by copies; the app's Sensitivity tab adds the
// load crossovers to a copy, which must not reach the advice it copied (nor the exports made from it).
void TestScoringEngine::aCopysAddedLoadSensitivityStaysItsOwn()
{
    const ScoringEngine engine(catalogOf({kTwoCandidates}));
    Model m = baseModel();
    m.priorities = weights(3, 2);
    const Recommendations advice = engine.score(m);
    Recommendations shown = advice;
    DecisionResult& mine = shown.decisions[0];
    const QString summary = mine.sensitivity().summary; // read first through the copy
    QVERIFY(summary.startsWith(QStringLiteral("alpha stays first unless")));
    mine.sensitivityToEdit().loadSummary = QStringLiteral("alpha stays first until the load doubles");
    QCOMPARE(mine.sensitivity().loadSummary, QStringLiteral("alpha stays first until the load doubles"));
    QCOMPARE(mine.sensitivity().summary, summary);
    QCOMPARE(mine.sensitivity().flips.size(), 2);
    QVERIFY(advice.decisions[0].sensitivity().loadSummary.isEmpty());
    QCOMPARE(advice.decisions[0].sensitivity().summary, summary);
    QCOMPARE(advice.decisions[0].sensitivity().flips, mine.sensitivity().flips);
    QCOMPARE(advice.decisions[0].leads().size(), mine.leads().size());
}

// The analysis moves one weight at a time by arithmetic on the sums; on random decisions and priorities
// (zeros included, where all-zero weights count every quality alike) it finds what weighing each step
// anew finds.
void TestScoringEngine::sensitivityAgreesWithWeighingEveryStep()
{
    QRandomGenerator random(20261208);
    for (int round = 0; round < 2000; ++round) {
        QList<ScoredCandidate> candidates(random.bounded(2, 7));
        for (int i = 0; i < candidates.size(); ++i) {
            candidates[i].id = QStringLiteral("c%1").arg(i);
            for (int& score : candidates[i].scores)
                score = int(random.bounded(11)) * 10;
        }
        Priorities p;
        for (int& w : p.weights)
            w = random.bounded(4) == 0 ? 0 : int(random.bounded(Priorities::kMax + 1));
        const int top = bestCandidate(candidates, effectiveWeights(p));
        QList<SensitivityFlip> expected;
        for (std::size_t q = 0; q < kQualityCount; ++q) {
            for (int step : {1, -1}) {
                for (int to = p.weights[q] + step; to >= Priorities::kMin && to <= Priorities::kMax;
                     to += step) {
                    Priorities changed = p;
                    changed.weights[q] = to;
                    const int best = bestCandidate(candidates, effectiveWeights(changed));
                    if (best != top) {
                        expected.append(SensitivityFlip{Quality(q), p.weights[q], to, candidates[best].id});
                        break;
                    }
                }
            }
        }
        std::stable_sort(expected.begin(), expected.end(),
                         [](const SensitivityFlip& a, const SensitivityFlip& b) {
                             return std::abs(a.to - a.from) < std::abs(b.to - b.from);
                         });
        QCOMPARE(analyseSensitivity(candidates, p).flips, expected);
    }
}

void TestScoringEngine::outputIsDeterministicAndIndependentOfPackOrder()
{
    const LoadResult loaded =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml"));
    QVERIFY(!loaded.hasErrors());
    Diagnostics diagnostics;
    QList<RulePack> packs;
    for (const QString& file : RulePackLoader::builtInFiles())
        packs.append(RulePackLoader::readFile(file, true, diagnostics));
    QList<RulePack> reversed(packs.rbegin(), packs.rend());
    const ScoringEngine forward(RulePackLoader::merge(packs).catalog);
    const ScoringEngine backward(RulePackLoader::merge(reversed).catalog);
    const QByteArray first = RecommendationFormat::toJson(forward.score(loaded.model));
    QCOMPARE(RecommendationFormat::toJson(forward.score(loaded.model)), first);
    QCOMPARE(RecommendationFormat::toJson(backward.score(loaded.model)), first);
    QCOMPARE(RecommendationFormat::toMarkdown(backward.score(loaded.model)),
             RecommendationFormat::toMarkdown(forward.score(loaded.model)));
}

void TestScoringEngine::jsonHasTheShapeOfTheContract()
{
    const ScoringEngine engine;
    const LoadResult loaded =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml"));
    const QByteArray json = RecommendationFormat::toJson(engine.score(loaded.model));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject top = doc.object();
    // The contract's keys, and `candidates`: each named candidate's base scores and why, once.
    QCOMPARE(top.keys(), (QStringList{QStringLiteral("candidates"), QStringLiteral("decisions"),
                                      QStringLiteral("findings"), QStringLiteral("model")}));
    const QJsonObject postgres = top[QStringLiteral("candidates")][QStringLiteral("postgresql")].toObject();
    QCOMPARE(postgres[QStringLiteral("family")].toString(), QStringLiteral("relational"));
    QVERIFY(!postgres[QStringLiteral("base")][QStringLiteral("cost")][QStringLiteral("rationale")]
                 .toString()
                 .isEmpty());
    QCOMPARE(top[QStringLiteral("model")].toString(), QStringLiteral("Acme Shop"));
    bool sawPinned = false;
    for (const QJsonValue& v : top[QStringLiteral("decisions")].toArray()) {
        const QJsonObject d = v.toObject();
        QCOMPARE(d.keys(),
                 (QStringList{QStringLiteral("clear_winner"), QStringLiteral("despite"),
                              QStringLiteral("excluded"), QStringLiteral("kind"), QStringLiteral("leads"),
                              QStringLiteral("margin"), QStringLiteral("pinned"), QStringLiteral("ranking"),
                              QStringLiteral("sensitivity"), QStringLiteral("subject"),
                              QStringLiteral("tie_broken")}));
        double previous = 101;
        for (const QJsonValue& c : d[QStringLiteral("ranking")].toArray()) {
            const QJsonObject o = c.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("breakdown"), QStringLiteral("candidate"),
                                            QStringLiteral("family"), QStringLiteral("reasons"),
                                            QStringLiteral("score")}));
            QCOMPARE(o[QStringLiteral("breakdown")].toObject().size(), 7);
            const double score = o[QStringLiteral("score")].toDouble();
            QVERIFY(score >= 0 && score <= 100 && score <= previous); // best first
            previous = score;
            for (const QJsonValue& reason : o[QStringLiteral("reasons")].toArray()) {
                QCOMPARE(reason.toObject().keys(),
                         (QStringList{QStringLiteral("effect"), QStringLiteral("rationale"),
                                      QStringLiteral("rule"), QStringLiteral("source")}));
            }
        }
        for (const QJsonValue& x : d[QStringLiteral("excluded")].toArray())
            QCOMPARE(x.toObject().keys(),
                     (QStringList{QStringLiteral("candidate"), QStringLiteral("rationale"),
                                  QStringLiteral("rule"), QStringLiteral("source")}));
        if (d[QStringLiteral("pinned")].isObject()) {
            sawPinned = true;
            QCOMPARE(d[QStringLiteral("pinned")].toObject()[QStringLiteral("candidate")].toString(),
                     QStringLiteral("typescript"));
        }
    }
    QVERIFY(sawPinned);
    // Every number is written with exactly one decimal, in the order of the contract.
    const QString text = QString::fromUtf8(json);
    QVERIFY(text.indexOf(QStringLiteral("\"subject\"")) < text.indexOf(QStringLiteral("\"kind\"")));
    static const QRegularExpression number(
        QStringLiteral("\"(score|margin|cost|performance|behind)\": ([0-9.]+)"));
    int numbers = 0;
    for (auto it = number.globalMatch(text); it.hasNext(); ++numbers)
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d$")).match(it.next().captured(2)).hasMatch(),
                 "one decimal");
    QVERIFY(numbers > 50);
}

void TestScoringEngine::organisationPacksOverrideDisableAndAdd()
{
    const CatalogLoad load =
        RulePackLoader::load({QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rulepacks/org")});
    QVERIFY2(!load.hasErrors(), qPrintable(load.diagnostics.value(0).toString()));
    const Catalog& c = *load.catalog;
    QCOMPARE(c.candidate(QStringLiteral("functions"))->score(Quality::Cost).tenths, 20);
    QCOMPARE(c.candidate(QStringLiteral("functions"))->score(Quality::Cost).source,
             QStringLiteral("https://wiki.acme.example/finops"));
    QCOMPARE(c.candidate(QStringLiteral("functions"))->score(Quality::Performance).tenths,
             RulePackLoader::builtIn()
                 ->candidate(QStringLiteral("functions"))
                 ->score(Quality::Performance)
                 .tenths);
    QVERIFY(!c.rule(QStringLiteral("compute.small-team")));
    QVERIFY(c.candidate(QStringLiteral("acme-platform")));
    QCOMPARE(c.finding(QStringLiteral("edge.public-without-rate-limit"))->source,
             QStringLiteral("https://wiki.acme.example/gateway"));

    Model m = baseModel();
    const ScoringEngine engine(load.catalog);
    const DecisionResult& compute = decision(engine.score(m), QStringLiteral("api"), DecisionKind::Compute);
    QCOMPARE(compute.top.candidate, QStringLiteral("acme-platform"));
    QCOMPARE(compute.top.services.on(Cloud::Aws), QStringLiteral("Acme platform on EKS"));
    for (const RankedCandidate& rc : compute.ranking) {
        for (const Reason& reason : rc.reasons)
            QVERIFY(reason.rule != QStringLiteral("compute.small-team"));
    }
}

void TestScoringEngine::hostilePacksAreRefusedOrStayFast()
{
    // More tests in one condition than allowed.
    QByteArray wide =
        "groundwork-rules: 1\npack: wide\nrules:\n  - id: w.wide\n    kind: compute\n    when: {any: [";
    for (int i = 0; i < 300; ++i)
        wide += (i ? ", " : "") + QByteArray("{memory_mb: ") + QByteArray::number(i + 1) + "}";
    wide += "]}\n    effects: [{family: vm, cost: 1}]\n    rationale: r\n    source: \"brief: Compute\"\n";
    Diagnostics diagnostics;
    const RulePack pack = RulePackReader::read(wide, QStringLiteral("wide.yaml"), diagnostics);
    QVERIFY(hasErrors(diagnostics));
    QVERIFY(diagnostics.front().message.contains(QStringLiteral("more than 256 tests")));
    QVERIFY(pack.rules.isEmpty());

    // An 'in' list longer than allowed.
    QByteArray longIn = "groundwork-rules: 1\npack: long\nrules:\n  - id: l.long\n    kind: compute\n    "
                        "when: {memory_mb: {in: [";
    for (int i = 0; i < 300; ++i)
        longIn += (i ? ", " : "") + QByteArray::number(i);
    longIn += "]}}\n    effects: [{family: vm, cost: 1}]\n    rationale: r\n    source: \"brief: Compute\"\n";
    diagnostics.clear();
    RulePackReader::read(longIn, QStringLiteral("long.yaml"), diagnostics);
    QVERIFY(hasErrors(diagnostics));

    // Thousands of legal rules load and score; their effects add up and are clamped. (How fast is a
    // benchmark's business: bench_scoring.)
    QByteArray many = "groundwork-rules: 1\npack: many\nrules:\n";
    for (int i = 0; i < 5000; ++i) {
        many += "  - id: m.r" + QByteArray::number(i) +
                "\n    kind: compute\n    when: {all: [{memory_mb: {gte: " + QByteArray::number(i) +
                "}}, {not: {gpu: true}}]}\n    effects: [{all_candidates: true, cost: 0.1}]\n"
                "    rationale: r\n    source: \"brief: Compute\"\n";
    }
    QList<RulePack> packs;
    diagnostics.clear();
    for (const QString& file : RulePackLoader::builtInFiles())
        packs.append(RulePackLoader::readFile(file, true, diagnostics));
    packs.append(RulePackReader::read(many, QStringLiteral("many.yaml"), diagnostics));
    const CatalogLoad load = RulePackLoader::merge(packs, diagnostics);
    QVERIFY(!load.hasErrors());
    const Recommendations r = ScoringEngine(load.catalog).score(baseModel());
    const DecisionResult& compute = decision(r, QStringLiteral("api"), DecisionKind::Compute);
    QCOMPARE(compute.ranking.front().attributeTenths[std::size_t(Quality::Cost)], 100); // clamped at 10
}

void TestScoringEngine::modelFactsChainsAndResidency()
{
    QVERIFY(ModelFacts::residencyMatches(QStringLiteral("eu"),
                                         {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1")}));
    QVERIFY(ModelFacts::residencyMatches(QStringLiteral("eu"), {QStringLiteral("europe-west1")}));
    QVERIFY(ModelFacts::residencyMatches(QStringLiteral("eu"), {QStringLiteral("westeurope")}));
    QVERIFY(ModelFacts::residencyMatches(QStringLiteral("us"), {QStringLiteral("eastus2")}));
    QVERIFY(!ModelFacts::residencyMatches(QStringLiteral("eu"), {QStringLiteral("us-east-1")}));
    QVERIFY(!ModelFacts::residencyMatches(QStringLiteral("eu"), {}));

    // a -> b -> c -> a (a cycle) and d -> a: chains are counted without looping.
    Model m = baseModel();
    m.workloads.clear();
    for (const char* id : {"a", "b", "c", "d"}) {
        Workload w;
        w.id = QString::fromLatin1(id);
        m.workloads.append(w);
    }
    const auto call = [&](int from, const char* to) {
        m.workloads[from].uses.append(Use{QString::fromLatin1(to), UseMode::Sync, Access::ReadWrite});
    };
    call(0, "b");
    call(1, "c");
    call(2, "a");
    call(3, "a");
    const ModelFacts facts(m);
    QCOMPARE(facts.value(FactId::WorkloadSyncChainDepth, SubjectRef{SubjectKind::Workload, 3}).number, 4.0);
    QCOMPARE(facts.value(FactId::WorkloadSyncCallers, SubjectRef{SubjectKind::Workload, 0}).number, 2.0);
    QCOMPARE(facts.value(FactId::ModelSyncEdgeCount, SubjectRef{}).number, 4.0);
}

namespace {

// Sets each declared field of `T` in `element` to a value unlike its default and checks that the fact of
// the same name reads it back, typed as the field is.
template<typename T>
void checkFieldFacts(T& element, const Model& model, SubjectKind subject, const SubjectRef& ref,
                     const char* prefix)
{
    const DecisionKinds& kinds = RulePackLoader::builtIn()->kinds();
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (d.type == FieldType::Custom)
            continue;
        const QString name = QString::fromLatin1(prefix) + d.keyText();
        const std::optional<FactPath> path = resolveFact(name, subject, false, kinds);
        QVERIFY2(path, qPrintable(name));
        FieldData value;
        switch (d.type) {
        case FieldType::Bool:
            value = true;
            break;
        case FieldType::Int:
        case FieldType::Enum:
            value = 1;
            break;
        case FieldType::Number:
            value = d.info.range.isLimited() && d.info.range.max < 1000 ? d.info.range.max : 42.5;
            break;
        case FieldType::Text:
            value = QStringLiteral("x-") + d.keyText();
            break;
        case FieldType::TextList:
            value = QStringList{QStringLiteral("a"), QStringLiteral("b")};
            break;
        case FieldType::EnumList:
            value = QStringList{enumText(d, 0), enumText(d, 2)};
            break;
        case FieldType::Custom:
            break;
        }
        d.set(element, value);
        const FactInfo info = factInfo(*path);
        QCOMPARE(info.name, name);
        const FactValue fact = ModelFacts(model).value(*path, ref);
        QVERIFY2(fact.present, qPrintable(name));
        switch (d.type) {
        case FieldType::Bool:
            QCOMPARE(info.type, FactType::Bool);
            QCOMPARE(fact.number, 1.0);
            break;
        case FieldType::Int:
            QCOMPARE(info.type, FactType::Number);
            QCOMPARE(fact.number, 1.0);
            break;
        case FieldType::Number:
            QCOMPARE(info.type, FactType::Number);
            QCOMPARE(fact.number, std::get<double>(value));
            break;
        case FieldType::Enum:
            QCOMPARE(info.type, FactType::Enum);
            QCOMPARE(info.domain.value(1), enumText(d, 1));
            QCOMPARE(fact.bits, quint64(1) << 1);
            break;
        case FieldType::Text:
            QCOMPARE(info.type, FactType::Text);
            QCOMPARE(fact.text, std::get<QString>(value));
            break;
        case FieldType::TextList:
            QCOMPARE(info.type, FactType::TextList);
            QCOMPARE(fact.texts, std::get<QStringList>(value));
            break;
        case FieldType::EnumList:
            QCOMPARE(info.type, FactType::EnumSet);
            QCOMPARE(fact.bits, (quint64(1) << 0) | (quint64(1) << 2));
            break;
        case FieldType::Custom:
            break;
        }
    }
}

} // namespace

// A field declared once (model/fielddescriptor.h) is a fact under its format key, with no fact code of
// its own: every field of the system, the team, a workload, a data store and a channel.
void TestScoringEngine::everyDeclaredFieldIsAFact()
{
    Model m = baseModel();
    m.data.append(DataStore{});
    m.channels.append(Channel{});
    checkFieldFacts(m.system, m, SubjectKind::System, SubjectRef{}, "system.");
    checkFieldFacts(m.team, m, SubjectKind::System, SubjectRef{}, "team.");
    checkFieldFacts(m.workloads[0], m, SubjectKind::Workload, SubjectRef{SubjectKind::Workload, 0}, "");
    checkFieldFacts(m.data[0], m, SubjectKind::DataStore, SubjectRef{SubjectKind::DataStore, 0}, "");
    checkFieldFacts(m.channels[0], m, SubjectKind::Channel, SubjectRef{SubjectKind::Channel, 0}, "");

    // An optional number that is not set is absent, as `exists: false` expects.
    const DecisionKinds& kinds = RulePackLoader::builtIn()->kinds();
    m.workloads[0].durationMs.reset();
    const auto duration = resolveFact(QStringLiteral("duration_ms"), SubjectKind::Workload, false, kinds);
    QVERIFY(duration);
    QVERIFY(!ModelFacts(m).value(*duration, SubjectRef{SubjectKind::Workload, 0}).present);
    // A workload's field is not a fact of a data store's rule.
    QVERIFY(!resolveFact(QStringLiteral("duration_ms"), SubjectKind::DataStore, false, kinds));
    QVERIFY(resolveFact(QStringLiteral("system.compliance"), SubjectKind::Workload, false, kinds));
}

// `duration_ms` and `system.tenants` were declared as fields only; a pack's rule and finding test them.
void TestScoringEngine::aRuleTestsAFieldThatHasNoCodeOfItsOwn()
{
    const QByteArray rules = R"(
groundwork-rules: 1
pack: fields
rules:
  - id: fields.tenants
    kind: architecture-style
    when: {system.tenants: {gte: 2}}
    effects: [{candidate: alpha, cost: -8}]
    rationale: Many tenants make the cheap one dear.
    source: "brief: Frameworks and Architectural Style"
findings:
  - id: fields.slow-handler
    applies_to: workload
    when: {duration_ms: {gt: 1000}}
    severity: medium
    message: "{name} takes {duration_ms} ms a request."
    recommendation: Make it faster.
    source: "brief: Compute"
)";
    const auto catalog = catalogOf({kTwoCandidates, rules});
    QVERIFY(catalog);
    const ScoringEngine engine(catalog);
    Model m = baseModel();
    m.priorities = weights(3, 2);
    QCOMPARE(
        decision(engine.score(m), QStringLiteral("system"), DecisionKind::ArchitectureStyle).top.candidate,
        QStringLiteral("alpha"));
    QVERIFY(!findingRules(engine.score(m)).contains(QStringLiteral("fields.slow-handler@api")));

    m.system.tenants = 40;
    m.workloads[0].durationMs = 2500;
    const Recommendations r = engine.score(m);
    QCOMPARE(decision(r, QStringLiteral("system"), DecisionKind::ArchitectureStyle).top.candidate,
             QStringLiteral("beta"));
    QVERIFY(findingRules(r).contains(QStringLiteral("fields.slow-handler@api")));
    for (const Finding& f : r.findings) {
        if (f.rule == QStringLiteral("fields.slow-handler"))
            QCOMPARE(f.message, QStringLiteral("api takes 2500 ms a request."));
    }
}

// Residency holds only when every region that keeps the data lies in it: the primary region, each
// environment's region and, for a multi-region store, every system region; not just "some region".
void TestScoringEngine::residencyCoversEveryRegionHoldingTheData()
{
    Model m = baseModel();
    m.system.regions = {QStringLiteral("eu-central-1"), QStringLiteral("us-east-1")};
    m.data.clear();
    DataStore store;
    store.id = QStringLiteral("people");
    store.residency = QStringLiteral("eu");
    m.data.append(store);
    m.environments.clear();
    const SubjectRef people{SubjectKind::DataStore, 0};

    const ModelFacts primaryOnly(m);
    QCOMPARE(primaryOnly.value(FactId::DataResidencyMatched, people).number, 1.0);
    QVERIFY(!primaryOnly.value(FactId::DataResidencyOutside, people).present);
    // A second region outside the residency rules out replicating into it, whatever the store says.
    QCOMPARE(primaryOnly.value(FactId::ModelResidencyConflictCount, SubjectRef{}).number, 1.0);

    Environment staging;
    staging.name = QStringLiteral("staging");
    staging.region = QStringLiteral("us-east-1");
    m.environments.append(staging);
    const ModelFacts stagingAbroad(m);
    QCOMPARE(stagingAbroad.value(FactId::DataResidencyMatched, people).number, 0.0);
    QCOMPARE(stagingAbroad.value(FactId::DataResidencyOutside, people).text, QStringLiteral("us-east-1"));

    m.environments.clear();
    m.data[0].multiRegion = true;
    const ModelFacts replicated(m);
    QCOMPARE(replicated.value(FactId::DataResidencyMatched, people).number, 0.0);
    QCOMPARE(replicated.value(FactId::DataResidencyOutside, people).text, QStringLiteral("us-east-1"));

    m.system.regions = {QStringLiteral("eu-central-1"), QStringLiteral("eu-west-1")};
    const ModelFacts bothInEurope(m);
    QCOMPARE(bothInEurope.value(FactId::DataResidencyMatched, people).number, 1.0);
    QCOMPARE(bothInEurope.value(FactId::ModelResidencyConflictCount, SubjectRef{}).number, 0.0);
}

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "tst_scoringengine.moc"
