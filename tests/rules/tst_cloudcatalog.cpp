// The catalog knows which cloud it is on: limits and features are each service's own, a service its
// provider no longer takes new customers for is never recommended and is flagged when pinned, and lint
// asks for claims checked more than a year ago to be checked again.
#include "core/io/modelfile.h"
#include "core/rules/rulelint.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/rulepackreader.h"
#include "core/rules/scoringengine.h"

#include <QTest>

#include <optional>

using namespace gw;

namespace {

Model modelOf(const QByteArray& yaml)
{
    const LoadResult loaded = ModelFile::loadText(yaml, QStringLiteral("model.yaml"));
    for (const Diagnostic& d : loaded.diagnostics)
        qWarning().noquote() << d.toString();
    if (loaded.hasErrors())
        qFatal("a test model does not load");
    return loaded.model;
}

// One workload (or channel) on each cloud: the YAML with `{cloud}` replaced.
Model onCloud(const char* yaml, const char* cloud)
{
    return modelOf(QByteArray(yaml).replace("{cloud}", cloud));
}

// By value: the recommendations are often a temporary of the same expression.
DecisionResult decision(const Recommendations& r, const QString& subject, DecisionKind kind)
{
    for (const DecisionResult& d : r.decisions) {
        if (d.subject == subject && d.kind == kind)
            return d;
    }
    return {};
}

std::optional<Exclusion> exclusionOf(const DecisionResult& d, const QString& candidate)
{
    for (const Exclusion& x : d.excluded) {
        if (x.candidate == candidate)
            return x;
    }
    return std::nullopt;
}

std::shared_ptr<const Catalog> catalogOf(const QByteArray& pack, Diagnostics& diagnostics)
{
    QList<RulePack> read{RulePackReader::read(pack, QStringLiteral("pack.yaml"), diagnostics)};
    const CatalogLoad load = RulePackLoader::merge(read, diagnostics);
    diagnostics = load.diagnostics;
    return load.catalog;
}

const char* kLongWorker = R"(
groundwork: 1
team: {size: 6}
system: {name: Jobs, cloud: {cloud}, regions: [eu-west-1]}
workloads:
  - {id: crunch, kind: worker, exposure: public, max_duration_s: 1200, memory_mb: 16384}
)";

const char* kLongApi = R"(
groundwork: 1
team: {size: 6}
system: {name: Api, cloud: {cloud}, regions: [eu-west-1]}
workloads:
  - {id: report-api, kind: api, exposure: public, max_duration_s: 1200}
)";

const char* kReplayChannel = R"(
groundwork: 1
team: {size: 6}
system: {name: Events, cloud: {cloud}, regions: [eu-west-1]}
workloads:
  - {id: producer, kind: api, exposure: public, uses: [{to: events, mode: publish, access: write}]}
  - {id: consumer, kind: worker, uses: [{to: events, mode: consume}]}
channels:
  - {id: events, kind: topic, replay: true}
)";

// Two candidates of one kind; `legacy` is closed to new customers on AWS only. (moc reads "//" in a raw
// string as a comment, hence YAML's escape for the slash in the URL.)
const QByteArray kLifecyclePack = R"(
groundwork-rules: 1
pack: lifecycle
candidates:
  - id: legacy
    kind: architecture-style
    family: modular-monolith
    label: Legacy
    summary: The old way.
    services:
      aws: {name: Old Service, status: closed-to-new, date: 2025-06-20, successor: New Service, checked: 2026-12-05, source: "https:\x2f/example.com/old"}
      gcp: Old on GCP
      azure: {name: Old on Azure, status: retiring, date: 2028-09-30, successor: Newer on Azure, checked: 2025-01-01}
    source: "brief: Compute"
    scores: {cost: [9, "x"], performance: [9, "x"], scalability: [9, "x"], reliability: [9, "x"],
             security: [9, "x"], time_to_market: [9, "x"], operability: [9, "x"]}
  - id: current
    kind: architecture-style
    family: microservices
    label: Current
    summary: The new way.
    services: {aws: New Service, gcp: New on GCP, azure: Newer on Azure}
    source: "brief: Compute"
    scores: {cost: [5, "x"], performance: [5, "x"], scalability: [5, "x"], reliability: [5, "x"],
             security: [5, "x"], time_to_market: [5, "x"], operability: [5, "x"]}
)";

const char* kPinsLegacy = R"(
groundwork: 1
team: {size: 6}
system: {name: Old, cloud: {cloud}, regions: [eu-west-1]}
workloads:
  - {id: app, kind: api, exposure: public}
decisions:
  - {subject: system/architecture-style, choice: legacy, reason: Chosen years ago.}
)";

} // namespace

class TestCloudCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationLimitsAreEachServicesOwn();
    void memoryLimitsAreEachServicesOwn();
    void replayIsAFeatureOfTheService();
    void closedServicesAreNeverRecommended();
    void aPinnedClosedServiceIsFlaggedWithItsSuccessor();
    void noRecommendedServiceIsClosedOrRetiring();
    void lintAsksForStaleChecksAgain();
    void badServiceEntriesAreRefused();
    void sourcesAreCounted();
};

void TestCloudCatalog::durationLimitsAreEachServicesOwn()
{
    const ScoringEngine engine;
    const QString crunch = QStringLiteral("crunch");
    // A 20-minute background run: past Lambda's 900 s and event-driven Cloud Run functions' 540 s;
    // Flex Consumption has no execution limit.
    const std::optional<Exclusion> aws =
        exclusionOf(decision(engine.score(onCloud(kLongWorker, "aws")), crunch, DecisionKind::Compute),
                    QStringLiteral("functions"));
    QVERIFY(aws);
    QCOMPARE(aws->rule, QStringLiteral("compute.serverless.duration-limit"));
    QVERIFY2(aws->rationale.contains(QStringLiteral("AWS Lambda")) &&
                 aws->rationale.contains(QStringLiteral("900 s")),
             qPrintable(aws->rationale));
    const std::optional<Exclusion> gcp =
        exclusionOf(decision(engine.score(onCloud(kLongWorker, "gcp")), crunch, DecisionKind::Compute),
                    QStringLiteral("functions"));
    QVERIFY(gcp);
    QVERIFY2(gcp->rationale.contains(QStringLiteral("Cloud Run functions")) &&
                 gcp->rationale.contains(QStringLiteral("540 s")),
             qPrintable(gcp->rationale));
    // Each cites the page its cloud's limit was read from, not one cloud's page for all three.
    QCOMPARE(aws->source,
             QStringLiteral("https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"));
    QCOMPARE(gcp->source, QStringLiteral("https://cloud.google.com/functions/docs/configuring/timeout"));
    const DecisionResult azure = decision(engine.score(onCloud(kLongApi, "azure")),
                                          QStringLiteral("report-api"), DecisionKind::Compute);
    // An HTTP response on Azure Functions must start within 230 s on every plan...
    const std::optional<Exclusion> azureApi = exclusionOf(azure, QStringLiteral("functions"));
    QVERIFY(azureApi);
    QVERIFY2(azureApi->rationale.contains(QStringLiteral("230 s")), qPrintable(azureApi->rationale));
    QVERIFY2(azureApi->source.startsWith(QStringLiteral("https://learn.microsoft.com/")),
             qPrintable(azureApi->source));
    // ... while HTTP functions on Google Cloud run for up to an hour.
    const DecisionResult gcpApi =
        decision(engine.score(onCloud(kLongApi, "gcp")), QStringLiteral("report-api"), DecisionKind::Compute);
    QVERIFY(!exclusionOf(gcpApi, QStringLiteral("functions")) ||
            exclusionOf(gcpApi, QStringLiteral("functions"))->rule !=
                QStringLiteral("compute.serverless.duration-limit"));
    // With no cloud chosen, a candidate is vetoed only when no cloud can run the work.
    const DecisionResult any =
        decision(engine.score(onCloud(kLongApi, "any")), QStringLiteral("report-api"), DecisionKind::Compute);
    const std::optional<Exclusion> anyX = exclusionOf(any, QStringLiteral("functions"));
    QVERIFY(!anyX || anyX->rule != QStringLiteral("compute.serverless.duration-limit"));
}

void TestCloudCatalog::memoryLimitsAreEachServicesOwn()
{
    const ScoringEngine engine;
    const QString crunch = QStringLiteral("crunch");
    const auto memoryVeto = [&](const char* cloud) {
        const DecisionResult d =
            decision(engine.score(onCloud(kLongWorker, cloud)), crunch, DecisionKind::Compute);
        const std::optional<Exclusion> x = exclusionOf(d, QStringLiteral("functions"));
        if (!x)
            return QString();
        return x->rule == QStringLiteral("compute.serverless.memory-limit") ||
                       x->alsoExcludedBy.contains(QStringLiteral("compute.serverless.memory-limit"))
                   ? x->rationale
                   : QStringLiteral("other");
    };
    // 16 GB: more than Lambda's 10,240 MB and Flex Consumption's 4,096 MB, within Cloud Run functions' 32
    // GiB.
    QVERIFY(!memoryVeto("aws").isEmpty());
    QVERIFY(!memoryVeto("azure").isEmpty());
    const DecisionResult gcp =
        decision(engine.score(onCloud(kLongWorker, "gcp")), crunch, DecisionKind::Compute);
    const std::optional<Exclusion> x = exclusionOf(gcp, QStringLiteral("functions"));
    QVERIFY(x); // by the event-driven duration limit
    QVERIFY(x->rule != QStringLiteral("compute.serverless.memory-limit"));
    QVERIFY(!x->alsoExcludedBy.contains(QStringLiteral("compute.serverless.memory-limit")));
}

void TestCloudCatalog::replayIsAFeatureOfTheService()
{
    const ScoringEngine engine;
    const QString events = QStringLiteral("events");
    const QString rule = QStringLiteral("messaging.replay.not-offered");
    const auto vetoed = [&](const char* cloud, const char* candidate) {
        const DecisionResult d =
            decision(engine.score(onCloud(kReplayChannel, cloud)), events, DecisionKind::Messaging);
        const std::optional<Exclusion> x = exclusionOf(d, QString::fromLatin1(candidate));
        return x && (x->rule == rule || x->alsoExcludedBy.contains(rule));
    };
    // Only EventBridge archives and replays; Pub/Sub seeks back; SQS, SNS and Service Bus keep nothing.
    QVERIFY(!vetoed("aws", "event-bus"));
    QVERIFY(vetoed("gcp", "event-bus"));
    QVERIFY(vetoed("azure", "event-bus"));
    QVERIFY(vetoed("aws", "notification-topic"));
    QVERIFY(!vetoed("gcp", "notification-topic"));
    QVERIFY(vetoed("azure", "notification-topic"));
    QVERIFY(!vetoed("any", "event-bus"));
    QVERIFY(!vetoed("aws", "managed-kafka"));
    const DecisionResult azure =
        decision(engine.score(onCloud(kReplayChannel, "azure")), events, DecisionKind::Messaging);
    QVERIFY2(exclusionOf(azure, QStringLiteral("event-bus"))
                 ->rationale.contains(QStringLiteral("Azure Event Grid")),
             qPrintable(exclusionOf(azure, QStringLiteral("event-bus"))->rationale));
}

void TestCloudCatalog::closedServicesAreNeverRecommended()
{
    Diagnostics diagnostics;
    const auto catalog = catalogOf(kLifecyclePack, diagnostics);
    QVERIFY(diagnostics.isEmpty());
    const ScoringEngine engine(catalog);
    const QByteArray plain = R"(
groundwork: 1
team: {size: 6}
system: {name: New, cloud: {cloud}, regions: [eu-west-1]}
workloads:
  - {id: app, kind: api, exposure: public}
)";
    const Recommendations aws = engine.score(onCloud(plain.constData(), "aws"));
    const DecisionResult d = decision(aws, QStringLiteral("system"), DecisionKind::ArchitectureStyle);
    QCOMPARE(d.top.candidate, QStringLiteral("current"));
    const std::optional<Exclusion> x = exclusionOf(d, QStringLiteral("legacy"));
    QVERIFY(x);
    QCOMPARE(x->rule, QStringLiteral("catalog.service-not-offered"));
    QVERIFY2(
        x->rationale.contains(QStringLiteral("Old Service is closed to new customers since 2025-06-20")) &&
            x->rationale.contains(QStringLiteral("New Service")),
        qPrintable(x->rationale));
    QCOMPARE(x->source, QStringLiteral("https://example.com/old"));
    // On Google Cloud the same candidate is still offered, and its better scores win.
    const Recommendations gcp = engine.score(onCloud(plain.constData(), "gcp"));
    QCOMPARE(decision(gcp, QStringLiteral("system"), DecisionKind::ArchitectureStyle).top.candidate,
             QStringLiteral("legacy"));
    // With no cloud chosen it stays a candidate: some cloud offers it; the services it names say which
    // no longer take new customers.
    const Recommendations any = engine.score(onCloud(plain.constData(), "any"));
    const Pick top = decision(any, QStringLiteral("system"), DecisionKind::ArchitectureStyle).top;
    QCOMPARE(top.candidate, QStringLiteral("legacy"));
    QCOMPARE(top.services.on(Cloud::Any),
             QStringLiteral(
                 "Old Service (closed to new customers 2025-06-20; successor: New Service) / Old on GCP / "
                 "Old on Azure (retiring 2028-09-30; successor: Newer on Azure)"));
}

void TestCloudCatalog::aPinnedClosedServiceIsFlaggedWithItsSuccessor()
{
    Diagnostics diagnostics;
    const ScoringEngine engine(catalogOf(kLifecyclePack, diagnostics));
    const auto flagged = [&](const char* cloud) -> const Finding* {
        static Recommendations r;
        r = engine.score(onCloud(kPinsLegacy, cloud));
        for (const Finding& f : r.findings) {
            if (f.rule == QStringLiteral("engine.pinned-service-closed"))
                return &f;
        }
        return nullptr;
    };
    const Finding* aws = flagged("aws");
    QVERIFY(aws);
    QCOMPARE(aws->severity,
             FindingSeverity::High); // retiring on Azure: the same candidate will stop somewhere
    QVERIFY2(aws->message.contains(QStringLiteral("New Service")), qPrintable(aws->message));
    QVERIFY2(aws->recommendation.contains(QStringLiteral("current")), qPrintable(aws->recommendation));
    const Finding* azure = flagged("azure");
    QVERIFY(azure);
    QVERIFY2(azure->message.contains(QStringLiteral("retires on 2028-09-30")) &&
                 azure->message.contains(QStringLiteral("Newer on Azure")),
             qPrintable(azure->message));
    QVERIFY(!flagged("gcp"));
    // The pin still stands: the team decided, the finding tells them what changed.
    const Recommendations r = engine.score(onCloud(kPinsLegacy, "aws"));
    QCOMPARE(decision(r, QStringLiteral("system"), DecisionKind::ArchitectureStyle).chosen.candidate,
             QStringLiteral("legacy"));
}

void TestCloudCatalog::noRecommendedServiceIsClosedOrRetiring()
{
    const auto catalog = RulePackLoader::builtIn();
    // The catalog may know a service is retiring (so that a pin of it is flagged), but names its successor.
    for (const Candidate& c : catalog->candidates()) {
        for (std::size_t i = 0; i < c.offerings.size(); ++i) {
            const CloudOffering& o = c.offerings[i];
            QVERIFY2(o.openForNewWork() || (!o.successor.isEmpty() && o.effective.isValid()),
                     qPrintable(c.id));
        }
        // The four services the providers closed or retire are not the catalog's names for anything.
        for (const char* gone : {"Timestream for LiveAnalytics", "Cosmos DB for PostgreSQL", "App Runner",
                                 "Azure Cache for Redis"})
            QVERIFY2(!c.services.on(Cloud::Any).contains(QLatin1String(gone)),
                     qPrintable(c.id + u' ' + QLatin1String(gone)));
        QVERIFY2(c.services.aws != QStringLiteral("Amazon Timestream"), qPrintable(c.id));
    }
    // No top pick of any example, on any cloud, is a service its provider no longer offers.
    const ScoringEngine engine(catalog);
    int picks = 0;
    for (const char* example : {"early-saas", "fintech", "marketplace"}) {
        const LoadResult loaded = ModelFile::load(
            QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(QLatin1String(example)));
        QVERIFY(!loaded.hasErrors());
        for (const Cloud cloud : kConcreteClouds) {
            Model m = loaded.model;
            m.system.cloud = cloud;
            const Recommendations r = engine.score(m);
            for (const DecisionResult& d : r.decisions) {
                if (!d.top.isValid())
                    continue;
                const Candidate* top = catalog->candidate(d.top.candidate);
                QVERIFY(top);
                QVERIFY2(top->offering(cloud)->openForNewWork(),
                         qPrintable(QStringLiteral("%1 %2 %3/%4: %5")
                                        .arg(QLatin1String(example), enumName(cloud), d.subject,
                                             d.kind.name(), top->id)));
                ++picks;
            }
        }
    }
    QVERIFY(picks > 100);
}

void TestCloudCatalog::lintAsksForStaleChecksAgain()
{
    Diagnostics diagnostics;
    const auto catalog = catalogOf(kLifecyclePack, diagnostics);
    // The Azure entry was checked on 2025-01-01: stale 12 months later, not before.
    const auto stale = [&](QDate today) {
        QStringList messages;
        for (const Diagnostic& d : RuleLint::check(*catalog, today)) {
            if (d.message.contains(QStringLiteral("was checked on")))
                messages.append(d.message);
        }
        return messages;
    };
    QCOMPARE(stale(QDate(2025, 12, 31)).size(), 0);
    const QStringList later = stale(QDate(2026, 1, 2));
    QCOMPARE(later.size(), 1);
    QVERIFY2(later.front().contains(QStringLiteral("'legacy'")) &&
                 later.front().contains(QStringLiteral("azure")) &&
                 later.front().contains(QStringLiteral("2025-01-01")),
             qPrintable(later.front()));
    QCOMPARE(stale(QDate(2028, 1, 1)).size(), 2);
}

namespace {

// What reading `pack` reports, one diagnostic a line.
QString problemsOf(const QByteArray& pack)
{
    Diagnostics diagnostics;
    RulePackReader::read(pack, QStringLiteral("pack.yaml"), diagnostics);
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out.append(d.toString());
    return out.join(u'\n');
}

} // namespace

void TestCloudCatalog::badServiceEntriesAreRefused()
{
    const auto errorsOf = [](const QByteArray& services) {
        QByteArray pack = kLifecyclePack;
        const qsizetype from = pack.indexOf("    services:\n      aws: {name: Old");
        const qsizetype to = pack.indexOf("    source:", from);
        pack.replace(from, to - from, services);
        return problemsOf(pack);
    };
    QVERIFY(errorsOf("    services: {aws: A, gcp: G, azure: Z}\n").isEmpty());
    QVERIFY(errorsOf("    services: {aws: {name: A, status: retiring}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("needs its `date` and its `successor`")));
    QVERIFY(errorsOf("    services: {aws: {name: A, checked: 2026-13-01}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("is not a date")));
    QVERIFY(errorsOf("    services: {aws: {name: A, limits: {max_duration: 9}}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("max_duration_s")));
    QVERIFY(errorsOf("    services: {aws: {name: A, limits: {max_memory_mb: -1}}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("positive")));
    QVERIFY(errorsOf("    services: {aws: {name: A, features: [replays]}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("replay")));
    QVERIFY(errorsOf("    services: {aws: {name: A, status: sunset}, gcp: G, azure: Z}\n")
                .contains(QStringLiteral("closed-to-new")));

    // A rule may cite its candidate's service page only when it reads the candidate.
    const auto ruleErrors = [](const QByteArray& when) {
        QByteArray pack = kLifecyclePack;
        pack += "rules:\n  - id: cites.service\n    kind: compute\n    when: " + when +
                "\n    effects:\n      - {all_candidates: true, exclude: true}\n    rationale: Too long.\n"
                "    source: \"{candidate.service_source}\"\n";
        return problemsOf(pack);
    };
    QVERIFY2(ruleErrors("{max_duration_s: {gt: {fact: candidate.max_duration_s}}}").isEmpty(),
             qPrintable(ruleErrors("{max_duration_s: {gt: {fact: candidate.max_duration_s}}}")));
    QVERIFY2(ruleErrors("{max_duration_s: {gt: 900}}").contains(QStringLiteral("must read the candidate")),
             qPrintable(ruleErrors("{max_duration_s: {gt: 900}}")));
}

void TestCloudCatalog::sourcesAreCounted()
{
    Diagnostics diagnostics;
    const auto catalog = catalogOf(kLifecyclePack, diagnostics);
    const SourceCounts n = RuleLint::sources(*catalog);
    QCOMPARE(n.claims, 14); // seven scores of two candidates
    QCOMPARE(n.withUrl, 0);
    QCOMPARE(n.services, 6);
    QCOMPARE(n.servicesChecked, 2);
    const SourceCounts builtIn = RuleLint::sources(*RulePackLoader::builtIn());
    QVERIFY(builtIn.claims > 700);
    QVERIFY(builtIn.withUrl > 0 && builtIn.figuresWithUrl <= builtIn.figures);
}

QTEST_GUILESS_MAIN(TestCloudCatalog)
#include "tst_cloudcatalog.moc"
