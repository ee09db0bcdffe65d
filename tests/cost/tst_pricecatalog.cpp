// The price catalog: the built-in prices are complete, name candidates the rule packs have and cite
// each provider's own pricing page; a broken price file is refused at the line with a reason.
#include "core/cost/pricecatalog.h"
#include "core/rules/catalog.h"
#include "core/rules/rulepackloader.h"

#include <QTest>
#include <QUrl>

using namespace gw;
using namespace Qt::StringLiterals;

class TestPriceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInPricesAreComplete()
    {
        const PriceCatalog& prices = PriceCatalog::builtIn();
        for (const Diagnostic& d : prices.problems())
            qWarning().noquote() << d.toString();
        QVERIFY(prices.problems().isEmpty());
        int rows = 0;
        for (const Cloud cloud : {Cloud::Aws, Cloud::Gcp, Cloud::Azure}) {
            QVERIFY2(!prices.region(cloud).isEmpty(), qPrintable(enumName(cloud)));
            rows += static_cast<int>(prices.services(cloud).size());
        }
        QVERIFY(rows >= 5);
        QVERIFY(prices.oldestCheck().isValid());
    }

    // A price for a candidate the packs do not have, or for the wrong decision, would never be used.
    void everyPriceNamesACandidateOfItsDecision()
    {
        const std::shared_ptr<const Catalog> catalog = RulePackLoader::builtIn();
        for (const Cloud cloud : {Cloud::Aws, Cloud::Gcp, Cloud::Azure}) {
            for (const ServicePrice* s : PriceCatalog::builtIn().services(cloud)) {
                const Candidate* c = catalog->candidate(s->candidate);
                QVERIFY2(c, qPrintable(s->candidate));
                const bool compute = s->model == PriceModel::Functions ||
                                     s->model == PriceModel::Containers || s->model == PriceModel::Vm;
                const bool queue = s->model == PriceModel::Queue;
                const DecisionKind expected = compute ? DecisionKind::Compute
                                              : queue ? DecisionKind::Messaging
                                                      : DecisionKind::Database;
                QVERIFY2(c->kind == expected, qPrintable(s->candidate));
            }
        }
    }

    // The source is the provider's own: its pricing page, its documentation or its own blog, never a
    // third party's.
    void everyPriceCitesTheProvidersPage()
    {
        const QHash<Cloud, QStringList> hosts{
            {Cloud::Aws, {u"aws.amazon.com"_s, u"docs.aws.amazon.com"_s}},
            {Cloud::Gcp, {u"cloud.google.com"_s}},
            {Cloud::Azure,
             {u"azure.microsoft.com"_s, u"learn.microsoft.com"_s, u"techcommunity.microsoft.com"_s}}};
        for (const Cloud cloud : {Cloud::Aws, Cloud::Gcp, Cloud::Azure}) {
            for (const ServicePrice* s : PriceCatalog::builtIn().services(cloud)) {
                const QUrl url(s->source);
                QVERIFY2(hosts.value(cloud).contains(url.host()), qPrintable(s->source));
                QVERIFY(s->checked.isValid());
            }
        }
    }

    void brokenFilesAreRefusedAtTheLine_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const QByteArray head =
            "groundwork-prices: 1\ncloud: gcp\nregion: us-central1\ncurrency: USD\nservices:\n";
        const QByteArray row = "  functions:\n    service: Cloud Run functions\n    model: functions\n";
        const QByteArray tail = "    source: https://cloud.google.com/run/pricing\n    checked: 2026-12-06\n";
        QTest::newRow("misspelt unit")
            << head + row + "    prices: {reqest: 0.0000004, gb-second: 0.0000025}\n" + tail
            << u"x.yaml:9:14"_s << u"did you mean 'request'"_s;
        QTest::newRow("negative price")
            << head + row + "    prices: {request: -1, gb-second: 0.0000025}\n" + tail << u"x.yaml:9:23"_s
            << u"a price is from 0 to 1000000 USD, not -1"_s;
        QTest::newRow("price as text")
            << head + row + "    prices: {request: cheap, gb-second: 0.0000025}\n" + tail << u"x.yaml:9:23"_s
            << u"cheap"_s;
        QTest::newRow("units the model needs")
            << head + row + "    prices: {request: 0.0000004}\n" + tail << u"x.yaml:9:13"_s
            << u"the functions model needs prices for request + gb-second"_s;
        QTest::newRow("unknown model") << head +
                                              "  functions:\n    service: X\n    model: lambda\n"
                                              "    prices: {request: 1, gb-second: 1}\n" +
                                              tail
                                       << u"x.yaml:8:12"_s << u"lambda"_s;
        QTest::newRow("not a date")
            << head + row +
                   "    prices: {request: 0.0000004, gb-second: 0.0000025}\n"
                   "    source: https://cloud.google.com/run/pricing\n    checked: 6/12/2026\n"
            << u"x.yaml:11:14"_s << u"write it as YYYY-MM-DD"_s;
        QTest::newRow("not https") << head + row +
                                          "    prices: {request: 0.0000004, gb-second: 0.0000025}\n"
                                          "    source: http://example.com/prices\n    checked: 2026-12-06\n"
                                   << u"x.yaml:10:13"_s << u"an https:// address"_s;
        QTest::newRow("any cloud")
            << QByteArray("groundwork-prices: 1\ncloud: any\nregion: x\ncurrency: USD\nservices: {}\n")
            << u"x.yaml:2:8"_s << u"a price file is for aws, gcp or azure"_s;
        QTest::newRow("other currency")
            << QByteArray("groundwork-prices: 1\ncloud: aws\nregion: x\ncurrency: EUR\nservices: {}\n")
            << u"x.yaml:4:11"_s << u"prices are in USD, not EUR"_s;
        QTest::newRow("newer version")
            << QByteArray("groundwork-prices: 2\ncloud: aws\nregion: x\ncurrency: USD\nservices: {}\n")
            << u"x.yaml:1:20"_s << u"not a version this program reads"_s;
        QTest::newRow("not yaml") << QByteArray("services: [\n") << u"x.yaml:"_s << u"YAML"_s;
        QTest::newRow("instance without its shape")
            << head +
                   "  vm:\n    service: Compute Engine\n    model: vm\n    prices: {instance-hour: 0.1}\n" +
                   tail
            << u"x.yaml:7:5"_s << u"an instance-hour price needs its 'instance'"_s;
    }

    void brokenFilesAreRefusedAtTheLine()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        QFETCH(QString, message);
        PriceCatalog prices;
        prices.read(body, u"x.yaml"_s);
        QVERIFY(!prices.problems().isEmpty());
        const QString text = prices.problems().front().toString();
        QVERIFY2(text.startsWith(where), qPrintable(text));
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY(prices.services(Cloud::Gcp).isEmpty());
    }

    // A price is looked at again within a year: lint warns at the row, with the page to compare it with.
    void stalePricesAreWarnedAbout()
    {
        const QByteArray file =
            "groundwork-prices: 1\ncloud: gcp\nregion: us-central1\ncurrency: USD\nservices:\n"
            "  managed-queue:\n    service: Pub/Sub\n    model: queue\n"
            "    prices: {gb-transferred: 0.04}\n"
            "    source: https://cloud.google.com/pubsub/pricing\n    checked: 2025-06-30\n";
        PriceCatalog prices;
        prices.read(file, u"x.yaml"_s);
        QVERIFY(prices.problems().isEmpty());
        QVERIFY(prices.stale(QDate(2026, 6, 30)).isEmpty());
        const Diagnostics stale = prices.stale(QDate(2026, 7, 1));
        QCOMPARE(stale.size(), 1);
        QCOMPARE(stale.front().severity, Severity::Warning);
        QVERIFY2(stale.front().toString().startsWith(u"x.yaml:7:5"_s), qPrintable(stale.front().toString()));
        QVERIFY(stale.front().message.contains(u"https://cloud.google.com/pubsub/pricing"_s));
    }

    void aCloudIsPricedByOneFile()
    {
        const QByteArray file =
            "groundwork-prices: 1\ncloud: aws\nregion: us-east-1\ncurrency: USD\nservices: {}\n";
        PriceCatalog prices;
        prices.read(file, u"a.yaml"_s);
        QVERIFY(prices.problems().isEmpty());
        prices.read(file, u"b.yaml"_s);
        QCOMPARE(prices.problems().size(), 1);
        QVERIFY(prices.problems().front().toString().contains(u"aws is priced by another file already"_s));
    }

    void aCandidateIsPricedOnce()
    {
        const QByteArray row =
            "  managed-queue:\n    service: Pub/Sub\n    model: queue\n    prices: {gb-transferred: 0.04}\n"
            "    source: https://cloud.google.com/pubsub/pricing\n    checked: 2026-12-06\n";
        PriceCatalog prices;
        prices.read("groundwork-prices: 1\ncloud: gcp\nregion: us-central1\ncurrency: USD\nservices:\n" +
                        row + row,
                    u"x.yaml"_s);
        QVERIFY(!prices.problems().isEmpty());
        QVERIFY(prices.problems().front().toString().contains(u"priced twice"_s));
        QCOMPARE(prices.services(Cloud::Gcp).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPriceCatalog)
#include "tst_pricecatalog.moc"
