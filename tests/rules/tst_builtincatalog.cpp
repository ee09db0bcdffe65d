// The built-in catalog as shipped: it loads without a single problem, covers every decision kind and
// family of the model format, maps every candidate to all three clouds, and explains every score and rule
// with a rationale and a source that is either a section of the product brief or a URL cited in the
// project's reference facts.
#include "core/model/team.h"
#include "core/rules/factpath.h"
#include "core/rules/rulelint.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/rulepackreader.h"

#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace gw;

namespace {

// The URLs of ../shared/reference/facts.md (and the pages it names), the only web sources rules may cite.
const QStringList& factUrls()
{
    static const QStringList urls{
        QStringLiteral("https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"),
        QStringLiteral("https://docs.aws.amazon.com/lambda/latest/dg/API_Invoke.html"),
        QStringLiteral("https://cloud.google.com/run/docs/configuring/request-timeout"),
        QStringLiteral("https://cloud.google.com/run/docs/configuring/jobs/memory-limits"),
        QStringLiteral("https://cloud.google.com/functions/1stgendocs/configuring/timeout"),
        QStringLiteral(
            "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html"),
        QStringLiteral("https://kubernetes.io/docs/setup/best-practices/cluster-large/"),
        QStringLiteral("https://github.com/maxday/lambda-perf"),
        QStringLiteral("https://docs.python.org/3.13/howto/free-threading-python.html"),
        QStringLiteral("https://docs.libuv.org/en/stable/threadpool.html"),
        QStringLiteral("https://doc.rust-lang.org/std/keyword.await.html"),
        QStringLiteral("https://www.techempower.com/benchmarks/#section=data-r23&test=plaintext&hw=ph"),
        QStringLiteral("https://survey.stackoverflow.co/2024"),
        QStringLiteral("https://survey.stackoverflow.co/2025/technology"),
        QStringLiteral("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html"),
        QStringLiteral("https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/"
                       "HowItWorks.ReadConsistency.html"),
        QStringLiteral("https://docs.scylladb.com/manual"),
        QStringLiteral("https://www.mongodb.com/docs/v4.4/core/transactions/"),
        QStringLiteral("https://dev.mysql.com/doc/refman/9.7/en/replication.html"),
        QStringLiteral("https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md"),
        QStringLiteral("https://github.com/grpc/grpc-web"),
        QStringLiteral("https://www.rfc-editor.org/rfc/rfc9111"),
    };
    return urls;
}

// Beyond the reference facts, primary sources only: the providers' and projects' own documentation and
// the standards bodies' pages, never a secondary blog.
bool isPrimarySource(const QString& source)
{
    static const QStringList hosts{
        QStringLiteral("docs.aws.amazon.com"),
        QStringLiteral("aws.amazon.com"),
        QStringLiteral("cloud.google.com"),
        QStringLiteral("docs.cloud.google.com"), // where Google's documentation is moving
        QStringLiteral("firebase.google.com"),
        QStringLiteral("learn.microsoft.com"),
        QStringLiteral("kubernetes.io"),
        QStringLiteral("www.postgresql.org"),
        QStringLiteral("dev.mysql.com"),
        QStringLiteral("www.mongodb.com"),
        QStringLiteral("kafka.apache.org"),
        QStringLiteral("cassandra.apache.org"),
        QStringLiteral("redis.io"),
        QStringLiteral("opentelemetry.io"),
        QStringLiteral("www.rfc-editor.org"),
        QStringLiteral("www.pcisecuritystandards.org"),
        QStringLiteral("www.fedramp.gov"),
        QStringLiteral("csrc.nist.gov"),
        QStringLiteral("eur-lex.europa.eu"),
        QStringLiteral("survey.stackoverflow.co"),
        QStringLiteral("docs.python.org"),
        QStringLiteral("go.dev"),
        QStringLiteral("docs.oracle.com"),
        QStringLiteral("www.rabbitmq.com"),
        QStringLiteral("docs.nats.io"),
        QStringLiteral("graphql.org"),
        QStringLiteral("spec.graphql.org"),
        QStringLiteral("grpc.io"),
        QStringLiteral("istio.io"),
        QStringLiteral("linkerd.io"),
        QStringLiteral("www.elastic.co"),
        QStringLiteral("opensearch.org"),
        QStringLiteral("docs.opensearch.org"),
        QStringLiteral("valkey.io"),
        QStringLiteral("postgis.net"),
        QStringLiteral("docs.temporal.io"),
        QStringLiteral("www.cisa.gov"),
        QStringLiteral("spec.openapis.org"),
        QStringLiteral("docs.pact.io"),
        // the languages' and tools' own documentation, and the standards they implement
        QStringLiteral("kotlinlang.org"),
        QStringLiteral("nodejs.org"),
        QStringLiteral("docs.scala-lang.org"),
        QStringLiteral("www.erlang.org"),
        QStringLiteral("www.oracle.com"), // Oracle's Java SE support roadmap
        QStringLiteral("www.ruby-lang.org"),
        QStringLiteral("www.php.net"),
        QStringLiteral("hexdocs.pm"),
        QStringLiteral("www.typescriptlang.org"),
        QStringLiteral("peps.python.org"),
        QStringLiteral("doc.rust-lang.org"),
        QStringLiteral("sre.google"),
        QStringLiteral("developer.hashicorp.com"),
        QStringLiteral("opentofu.org"),
        QStringLiteral("www.pulumi.com"),
        QStringLiteral("openid.net"),
        QStringLiteral("www.keycloak.org"),
        // web frameworks' own documentation
        QStringLiteral("docs.spring.io"),
        QStringLiteral("quarkus.io"),
        QStringLiteral("docs.djangoproject.com"),
        QStringLiteral("fastapi.tiangolo.com"),
        QStringLiteral("flask.palletsprojects.com"),
        QStringLiteral("expressjs.com"),
        QStringLiteral("fastify.dev"),
        QStringLiteral("docs.nestjs.com"),
        QStringLiteral("gin-gonic.com"),
        QStringLiteral("docs.rs"),
        QStringLiteral("ktor.io"),
        QStringLiteral("www.playframework.com"),
        QStringLiteral("guides.rubyonrails.org"),
        QStringLiteral("rubyonrails.org"),
        QStringLiteral("sinatrarb.com"),
        QStringLiteral("laravel.com"),
        // database vendors' own documentation
        QStringLiteral("www.cockroachlabs.com"),
        QStringLiteral("clickhouse.com"),
        QStringLiteral("docs.snowflake.com"),
        QStringLiteral("www.tigerdata.com"),
    };
    // Projects whose own documentation is their repository.
    static const QStringList repositories{
        QStringLiteral("https://github.com/drogonframework/drogon"),
    };
    return hosts.contains(QUrl(source).host()) ||
           std::any_of(repositories.begin(), repositories.end(),
                       [&](const QString& r) { return source == r || source.startsWith(r + u'/'); });
}

QString checkCited(const QString& source)
{
    const QString problem = checkSource(source);
    if (!problem.isEmpty())
        return problem;
    if (source.startsWith(QStringLiteral("http")) && !factUrls().contains(source) && !isPrimarySource(source))
        return QStringLiteral("'%1' is neither a URL of the reference facts nor a primary source's")
            .arg(source);
    return {};
}

} // namespace

class TestBuiltInCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutProblems();
    void isLargeEnough();
    void coversEveryDecisionKindAndFamily();
    void candidatesAreComplete();
    void everyScoreAndRuleIsExplainedAndSourced();
    void candidateIdsOfTheSpecExist();
};

void TestBuiltInCatalog::loadsWithoutProblems()
{
    const CatalogLoad load = RulePackLoader::load();
    for (const Diagnostic& d : load.diagnostics)
        qWarning().noquote() << d.toString();
    QVERIFY(load.diagnostics.isEmpty()); // not even a warning
    // Dated at the newest check in the catalog, so that the test does not change with the calendar.
    QDate newest;
    for (const Candidate& c : load.catalog->candidates())
        for (const CloudOffering& o : c.offerings)
            newest = std::max(newest, o.checked);
    QVERIFY(RuleLint::check(*load.catalog, newest.isValid() ? newest : QDate(2026, 12, 5)).isEmpty());
    QVERIFY(RulePackLoader::builtInFiles().size() >= 13);
    QVERIFY(!RulePackLoader::builtIn()->isEmpty());
}

void TestBuiltInCatalog::isLargeEnough()
{
    const Catalog& c = *RulePackLoader::builtIn();
    QVERIFY2(c.candidates().size() >= 60, qPrintable(QString::number(c.candidates().size())));
    QVERIFY2(c.rules().size() >= 150, qPrintable(QString::number(c.rules().size())));
    QVERIFY2(c.findings().size() >= 30, qPrintable(QString::number(c.findings().size())));
}

void TestBuiltInCatalog::coversEveryDecisionKindAndFamily()
{
    const Catalog& c = *RulePackLoader::builtIn();
    // The kinds code reads by name are declared by the built-in packs, in the order decisions are listed.
    const QList<DecisionKind> named{DecisionKind::Compute,           DecisionKind::Language,
                                    DecisionKind::ApiStyle,          DecisionKind::Database,
                                    DecisionKind::ReadScaling,       DecisionKind::Messaging,
                                    DecisionKind::ArchitectureStyle, DecisionKind::AccountStrategy,
                                    DecisionKind::RegionStrategy,    DecisionKind::DeploymentStrategy,
                                    DecisionKind::ServiceAuth,       DecisionKind::Edge,
                                    DecisionKind::Observability};
    QList<DecisionKind> declared;
    QStringList namedIds;
    for (const DecisionKindInfo& info : c.kinds().all())
        declared.append(info.kind);
    for (const DecisionKind kind : named)
        namedIds.append(kind.name());
    // ... and further kinds that only data reads, each a pack of its own.
    const QStringList names = c.kinds().names();
    qsizetype at = -1;
    for (const QString& id : std::as_const(namedIds)) {
        const qsizetype i = names.indexOf(id);
        QVERIFY2(i > at, qPrintable(id));
        at = i;
    }
    for (const char* dataOnly : {"secrets-management", "infrastructure-as-code", "delivery-pipeline",
                                 "end-user-identity", "network-segmentation", "write-scaling"})
        QVERIFY2(names.contains(QLatin1String(dataOnly)), dataOnly);
    // The language decision's families are the languages the model format knows (team skills).
    QCOMPARE(c.kinds().familiesOf(DecisionKind::Language), knownLanguages());
    for (const DecisionKind kind : declared) {
        QVERIFY2(c.candidatesOf(kind).size() >= 2, qPrintable(enumName(kind)));
        QVERIFY2(c.rulesOf(kind).size() >= 6, qPrintable(enumName(kind)));
        for (const QString& family : c.kinds().familiesOf(kind)) {
            const bool covered = std::any_of(c.candidatesOf(kind).begin(), c.candidatesOf(kind).end(),
                                             [&](int i) { return c.candidates()[i].family == family; });
            QVERIFY2(covered, qPrintable(enumName(kind) + u'/' + family));
        }
    }
}

void TestBuiltInCatalog::candidatesAreComplete()
{
    for (const Candidate& c : RulePackLoader::builtIn()->candidates()) {
        QVERIFY2(!c.label.isEmpty() && !c.summary.isEmpty(), qPrintable(c.id));
        QVERIFY2(!c.services.aws.isEmpty() && !c.services.gcp.isEmpty() && !c.services.azure.isEmpty(),
                 qPrintable(c.id));
        for (const AttributeScore& s : c.scores) {
            QVERIFY2(s.given && s.tenths >= 0 && s.tenths <= 100, qPrintable(c.id));
            QVERIFY2(!s.rationale.isEmpty(), qPrintable(c.id));
        }
    }
}

void TestBuiltInCatalog::everyScoreAndRuleIsExplainedAndSourced()
{
    const Catalog& c = *RulePackLoader::builtIn();
    for (const Candidate& candidate : c.candidates()) {
        for (const AttributeScore& s : candidate.scores) {
            const QString problem = checkCited(s.source);
            QVERIFY2(problem.isEmpty(), qPrintable(candidate.id + QStringLiteral(": ") + problem));
        }
        // A service's own page: the provider's documentation, never the brief.
        for (const CloudOffering& o : candidate.offerings) {
            if (o.source.isEmpty())
                continue;
            QVERIFY2(isPrimarySource(o.source) || factUrls().contains(o.source),
                     qPrintable(candidate.id + QStringLiteral(": ") + o.source));
        }
    }
    for (const ScoringRule& r : c.rules()) {
        QVERIFY2(r.rationale.size() >= 20, qPrintable(r.id));
        if (r.source == kServiceSource) { // cites each candidate's service page, checked above
            QVERIFY2(r.readsCandidate, qPrintable(r.id));
            continue;
        }
        const QString problem = checkCited(r.source);
        QVERIFY2(problem.isEmpty(), qPrintable(r.id + QStringLiteral(": ") + problem));
    }
    for (const FindingRule& f : c.findings()) {
        QVERIFY2(!f.message.isEmpty() && !f.recommendation.isEmpty(), qPrintable(f.id));
        const QString problem = checkCited(f.source);
        QVERIFY2(problem.isEmpty(), qPrintable(f.id + QStringLiteral(": ") + problem));
    }
}

void TestBuiltInCatalog::candidateIdsOfTheSpecExist()
{
    // The candidate ids model-format.md gives as examples, which users pin in `decisions:`.
    const Catalog& c = *RulePackLoader::builtIn();
    for (const char* id :
         {"vm", "kubernetes", "managed-containers", "batch-containers", "functions", "gpu-instances",
          "managed-ml-endpoint", "postgresql", "mysql", "distributed-sql", "typescript", "go"})
        QVERIFY2(c.candidate(QString::fromLatin1(id)), id);
}

QTEST_GUILESS_MAIN(TestBuiltInCatalog)
#include "tst_builtincatalog.moc"
