// The coherence invariant (docs/rules.md): no top pick raises a high finding caused by that pick while
// another candidate left in the ranking would not, and a medium one only with the decision saying so
// (`despite`). Checked independently of the engine's own coherence pass: each alternative is pinned in a
// copy of the model, and the findings that follow the decision are compared. Over every scenario, every
// example and a generated corpus of 500 varied models (seeded, so the same models every run).
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/model/model.h"
#include "core/rules/scoringengine.h"

#include <QDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace gw;

namespace {

const QString kSource = QStringLiteral(GROUNDWORK_SOURCE_DIR);
constexpr int kGeneratedModels = 500;
constexpr unsigned kSeed = 20261205;

// Every how many-th model to check: 1 by default. The sanitizer run (scripts/test-sanitizers) sets
// GROUNDWORK_COHERENCE_STRIDE, because there each model costs fifty times as much and that run looks
// for memory errors, which a sample finds as well as the whole corpus.
int stride()
{
    return std::max(1, qEnvironmentVariableIntValue("GROUNDWORK_COHERENCE_STRIDE"));
}

// A varied model as YAML: what a user could write, drawn from the format's values. std::mt19937's
// output is fixed by the standard, and `pick` maps it without the library's distributions, which are not.
class ModelGenerator
{
public:
    explicit ModelGenerator(unsigned seed) : m_rng(seed) {}

    QByteArray next(int n)
    {
        QStringList y;
        y << QStringLiteral("groundwork: 1");
        y << QStringLiteral("system:");
        y << QStringLiteral("  name: Generated %1").arg(n);
        y << QStringLiteral("  stage: %1").arg(pick({"early", "growth", "established"}));
        y << QStringLiteral("  cloud: %1").arg(pick({"aws", "gcp", "azure", "any"}));
        const bool twoRegions = chance(40);
        y << (twoRegions ? QStringLiteral("  regions: [eu-west-1, eu-central-1]")
                         : QStringLiteral("  regions: [us-east-1]"));
        y << QStringLiteral("  availability_target: %1").arg(pick({"99", "99.5", "99.9", "99.95", "99.99"}));
        if (chance(60))
            y << QStringLiteral("  rto_minutes: %1").arg(pick({"5", "15", "60", "240", "1440"}));
        if (chance(60))
            y << QStringLiteral("  rpo_minutes: %1").arg(pick({"0", "1", "5", "60", "1440"}));
        if (chance(35)) {
            y << QStringLiteral("  tenants: %1").arg(pick({"1", "12", "250", "4000"}));
            y << QStringLiteral("  tenant_isolation: %1").arg(pick({"standard", "tiered", "strict"}));
        }
        y << QStringLiteral("priorities:");
        for (const char* q : {"cost", "performance", "scalability", "reliability", "security",
                              "time_to_market", "operability"})
            y << QStringLiteral("  %1: %2").arg(QLatin1StringView(q)).arg(number(0, 5));
        const int size = pick({2, 4, 8, 15, 40, 120});
        y << QStringLiteral("team:");
        y << QStringLiteral("  size: %1").arg(size);
        y << QStringLiteral("  teams: %1").arg(std::max(1, size / number(4, 10)));
        y << QStringLiteral("  ops_maturity: %1").arg(pick({"low", "medium", "high"}));
        QStringList skills;
        for (const char* l : {"go", "java", "python", "typescript", "rust", "ruby", "csharp", "kotlin"}) {
            if (chance(30))
                skills << QStringLiteral("%1: %2").arg(QLatin1StringView(l)).arg(number(1, 5));
        }
        y << QStringLiteral("  skills: {%1}").arg(skills.join(QStringLiteral(", ")));
        if (chance(50))
            y << QStringLiteral("  hiring: [%1]").arg(pick({"python", "typescript", "java", "go"}));
        QStringList compliance;
        for (const char* c : {"pci-dss", "hipaa", "gdpr", "soc2", "fedramp"}) {
            if (chance(15))
                compliance << QLatin1StringView(c);
        }
        y << QStringLiteral("  compliance: [%1]").arg(compliance.join(QStringLiteral(", ")));
        if (chance(60))
            y << QStringLiteral("  budget_usd_month: %1").arg(pick({"300", "2000", "20000", "400000"}));
        y << QStringLiteral("  release_cadence: %1").arg(pick({"daily", "weekly", "monthly", "quarterly"}));

        const int workloads = number(1, 4);
        const int stores = number(1, 3);
        const int channels = number(0, 2);
        y << QStringLiteral("workloads:");
        for (int w = 0; w < workloads; ++w) {
            const QString kind = pick(
                {"api", "web", "worker", "batch", "stream", "event-handler", "scheduled", "ml-inference"});
            y << QStringLiteral("  - id: w%1").arg(w);
            y << QStringLiteral("    kind: %1").arg(kind);
            y << QStringLiteral("    exposure: %1").arg(pick({"public", "partner", "internal", "internal"}));
            const QString pattern = pick({"steady", "bursty", "unpredictable", "scheduled"});
            const int peak = pick({1, 20, 300, 3000, 30000});
            y << QStringLiteral("    traffic: {pattern: %1, peak_rps: %2, average_rps: %3}")
                     .arg(pattern)
                     .arg(peak)
                     .arg(std::max(1, peak / number(1, 20)));
            if (chance(60))
                y << QStringLiteral("    latency_p99_ms: %1").arg(pick({"10", "50", "200", "1000"}));
            y << QStringLiteral("    max_duration_s: %1").arg(pick({"1", "30", "600", "3600", "14400"}));
            y << QStringLiteral("    cpu: %1").arg(pick({"low", "medium", "high"}));
            y << QStringLiteral("    memory_mb: %1").arg(pick({"256", "2048", "16384", "65536"}));
            if (kind == QStringLiteral("ml-inference") && chance(50))
                y << QStringLiteral("    gpu: true");
            if (chance(15))
                y << QStringLiteral("    stateful: true");
            if (kind == QStringLiteral("web") && chance(40))
                y << QStringLiteral("    static_site: true");
            if (kind == QStringLiteral("ml-inference") && chance(50))
                y << QStringLiteral("    foundation_model: true");
            if (chance(25))
                y << QStringLiteral("    workflow_steps: %1").arg(pick({"2", "4", "9"}));
            y << QStringLiteral("    criticality: %1").arg(pick({"low", "medium", "high", "critical"}));
            if (chance(30))
                y << QStringLiteral("    handles: [%1]").arg(pick({"pii", "payment", "health"}));
            QStringList uses;
            for (int d = 0; d < stores; ++d) {
                if (chance(60))
                    uses << QStringLiteral("d%1").arg(d);
            }
            for (int c = 0; c < channels; ++c) {
                if (chance(50))
                    uses << QStringLiteral("{to: c%1, mode: %2}").arg(c).arg(pick({"publish", "consume"}));
            }
            if (w > 0 && chance(40))
                uses << QStringLiteral("w%1").arg(number(0, w - 1));
            y << QStringLiteral("    uses: [%1]").arg(uses.join(QStringLiteral(", ")));
        }
        y << QStringLiteral("data:");
        for (int d = 0; d < stores; ++d) {
            y << QStringLiteral("  - id: d%1").arg(d);
            y << QStringLiteral("    shape: %1")
                     .arg(pick({"relational", "relational", "document", "key-value", "wide-column",
                                "time-series", "blob", "search", "graph", "cache", "analytical", "vector"}));
            y << QStringLiteral("    consistency: %1").arg(pick({"strong", "read-your-writes", "eventual"}));
            y << QStringLiteral("    transactions: %1").arg(pick({"none", "single-record", "multi-record"}));
            y << QStringLiteral("    read_write_ratio: %1").arg(pick({"0.5", "1", "4", "20", "200"}));
            y << QStringLiteral("    tolerates_stale_reads: %1")
                     .arg(chance(50) ? QStringLiteral("true") : QStringLiteral("false"));
            y << QStringLiteral("    size_gb: %1").arg(pick({"1", "50", "2000", "80000"}));
            y << QStringLiteral("    peak_ops: %1").arg(pick({"10", "500", "5000", "80000"}));
            if (chance(20))
                y << QStringLiteral("    multi_region: true");
            if (chance(20))
                y << QStringLiteral("    residency: eu");
            y << QStringLiteral("    sensitivity: %1")
                     .arg(pick({"public", "internal", "pii", "payment", "health"}));
        }
        if (channels > 0)
            y << QStringLiteral("channels:");
        for (int c = 0; c < channels; ++c) {
            y << QStringLiteral("  - id: c%1").arg(c);
            y << QStringLiteral("    kind: %1").arg(pick({"queue", "topic", "stream"}));
            y << QStringLiteral("    ordering: %1").arg(pick({"none", "per-key", "total"}));
            y << QStringLiteral("    delivery: %1")
                     .arg(pick({"at-most-once", "at-least-once", "exactly-once"}));
            y << QStringLiteral("    peak_msgs_s: %1").arg(pick({"5", "500", "50000"}));
            y << QStringLiteral("    retention_hours: %1").arg(pick({"24", "168", "2000"}));
            if (chance(30))
                y << QStringLiteral("    replay: true");
        }
        return y.join(u'\n').toUtf8() + '\n';
    }

private:
    int number(int low, int high) { return low + static_cast<int>(m_rng() % unsigned(high - low + 1)); }
    bool chance(int percent) { return number(1, 100) <= percent; }
    QString pick(std::initializer_list<const char*> values)
    {
        return QString::fromLatin1(*(values.begin() + number(0, int(values.size()) - 1)));
    }
    int pick(std::initializer_list<int> values)
    {
        return *(values.begin() + number(0, int(values.size()) - 1));
    }

    std::mt19937 m_rng;
};

QList<QPair<QString, Model>> fileModels()
{
    QList<QPair<QString, Model>> out;
    for (const QString& folder : {QStringLiteral("/examples"), QStringLiteral("/tests/data/scenarios")}) {
        const QDir dir(kSource + folder);
        int n = 0;
        for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            if (name.endsWith(QStringLiteral(".expect.yaml")) || n++ % stride() != 0)
                continue;
            const LoadResult loaded = ModelFile::load(dir.filePath(name));
            if (!loaded.hasErrors())
                out.append({name, loaded.model});
        }
    }
    return out;
}

// "rule@subject" of the findings of `r` whose rule follows `kind`, at `severity`.
QSet<QString> following(const Recommendations& r, const Catalog& catalog, DecisionKind kind,
                        FindingSeverity severity)
{
    QSet<QString> out;
    for (const Finding& f : r.findings) {
        const FindingRule* rule = catalog.finding(f.rule);
        if (f.severity == severity && rule && rule->followsChoiceOf(kind))
            out.insert(f.rule + u'@' + f.subject);
    }
    return out;
}

// The violations of one model: each names the model, the decision, the finding and the candidate that
// would have avoided it.
QStringList violations(const QString& name, const Model& model, const ScoringEngine& engine)
{
    QStringList out;
    const Catalog& catalog = engine.catalog();
    const Recommendations r = engine.score(model);
    for (const DecisionResult& d : r.decisions) {
        if (d.pinned || d.ranking.size() < 2)
            continue;
        bool followed = false;
        for (const FindingRule& rule : catalog.findings())
            followed = followed || (rule.severity != FindingSeverity::Low && rule.followsChoiceOf(d.kind));
        if (!followed)
            continue;
        const QSet<QString> high = following(r, catalog, d.kind, FindingSeverity::High);
        const QSet<QString> medium = following(r, catalog, d.kind, FindingSeverity::Medium);
        QSet<QString> despite;
        for (const Finding& f : d.despite)
            despite.insert(f.rule + u'@' + f.subject);
        // What each alternative would raise, pinned in a copy of the model.
        QList<QSet<QString>> alternativesHigh;
        QSet<QString> avoidableHigh, avoidableMedium;
        for (qsizetype i = 1; i < d.ranking.size(); ++i) {
            Model pinned = model;
            Decision pin;
            pin.subject = d.subject + u'/' + d.kind.name();
            pin.choice = d.ranking[i].candidate;
            pin.status = DecisionStatus::Accepted;
            pinned.decisions.append(pin);
            const Recommendations alternative = engine.score(pinned);
            const QSet<QString> h = following(alternative, catalog, d.kind, FindingSeverity::High);
            const QSet<QString> m = following(alternative, catalog, d.kind, FindingSeverity::Medium);
            alternativesHigh.append(h);
            for (const QString& f : high) {
                if (!h.contains(f))
                    avoidableHigh.insert(f);
            }
            for (const QString& f : medium) {
                if (!m.contains(f))
                    avoidableMedium.insert(f);
            }
        }
        // High: a violation when some alternative raises none of the high findings it causes itself.
        if (!avoidableHigh.isEmpty()) {
            const bool someAlternativeClean =
                std::any_of(alternativesHigh.begin(), alternativesHigh.end(), [&](const QSet<QString>& h) {
                    return std::none_of(h.begin(), h.end(),
                                        [&](const QString& f) { return !high.contains(f); });
                });
            if (someAlternativeClean) {
                for (const QString& f : avoidableHigh) {
                    if (!despite.contains(f))
                        out << QStringLiteral("%1: %2/%3 picks %4, which raises high %5")
                                   .arg(name, d.subject, d.kind.name(), d.top.candidate, f);
                }
            }
        }
        for (const QString& f : avoidableMedium) {
            if (!despite.contains(f))
                out << QStringLiteral("%1: %2/%3 picks %4, which raises medium %5 without saying so")
                           .arg(name, d.subject, d.kind.name(), d.top.candidate, f);
        }
    }
    return out;
}

} // namespace

class TestCoherence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesAndScenarios();
    void generatedCorpus();
    void generatorIsDeterministic();
    void aWithdrawnCandidateNamesTheFinding();
};

void TestCoherence::examplesAndScenarios()
{
    const ScoringEngine engine = PricedScoring::engine();
    const auto models = fileModels();
    QVERIFY(models.size() >= 40 / stride());
    QStringList all;
    for (const auto& [name, model] : models)
        all << violations(name, model, engine);
    QVERIFY2(all.isEmpty(), qPrintable(all.join(u'\n')));
}

void TestCoherence::generatedCorpus()
{
    const ScoringEngine engine = PricedScoring::engine();
    ModelGenerator generator(kSeed);
    QStringList all;
    int valid = 0;
    for (int n = 0; n < kGeneratedModels; ++n) {
        const QByteArray yaml = generator.next(n);
        if (n % stride() != 0)
            continue;
        const LoadResult loaded = ModelFile::loadText(yaml, QStringLiteral("generated-%1.yaml").arg(n));
        if (loaded.hasErrors()) {
            for (const Diagnostic& d : loaded.diagnostics)
                qWarning().noquote() << d.toString();
            QFAIL(qPrintable(
                QStringLiteral("generated model %1 is invalid:\n%2").arg(n).arg(QString::fromUtf8(yaml))));
        }
        ++valid;
        all << violations(QStringLiteral("generated-%1").arg(n), loaded.model, engine);
    }
    QCOMPARE(valid, (kGeneratedModels + stride() - 1) / stride());
    QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("%1 violations:\n").arg(all.size()) + all.join(u'\n')));
}

void TestCoherence::generatorIsDeterministic()
{
    ModelGenerator a(kSeed), b(kSeed), c(kSeed + 1);
    const QByteArray first = a.next(0);
    QCOMPARE(b.next(0), first);
    QVERIFY(c.next(0) != first);
}

// Marketplace's recovery targets (RPO 5 min, two regions) condemn a one-region strategy: whatever the
// soft scores say, the strategy the finding flags leaves the ranking and says why.
void TestCoherence::aWithdrawnCandidateNamesTheFinding()
{
    const LoadResult loaded = ModelFile::load(kSource + QStringLiteral("/examples/marketplace.yaml"));
    QVERIFY(!loaded.hasErrors());
    const Recommendations r = PricedScoring::score(loaded.model);
    const DecisionResult* d =
        r.decision(QStringLiteral("system"), DecisionKind::fromId(QStringLiteral("region-strategy")));
    QVERIFY(d);
    QVERIFY(d->top.isValid());
    for (const Finding& f : r.findings)
        QVERIFY2(f.rule != QStringLiteral("region.tight-recovery-in-one-region"), qPrintable(f.message));
    for (const Exclusion& x : d->excluded) {
        if (x.byFinding) {
            QVERIFY(!x.rationale.isEmpty());
            QVERIFY(r.catalog->finding(x.rule));
        }
    }
}

QTEST_GUILESS_MAIN(TestCoherence)
#include "tst_coherence.moc"
