// The cost estimate: the reference configurations of docs/cost.md, each worked out by hand from the
// providers' published prices, and the CLI's cost command as a user runs it.
#include "clirun.h"

#include "core/cost/costestimator.h"
#include "core/cost/costformat.h"
#include "core/cost/costmemo.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/model/model.h"
#include "core/rules/recommendation.h"
#include "core/rules/recommendationformat.h"
#include "core/rules/subject.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gw;
using namespace gw::testsupport;
using namespace Qt::StringLiterals;

namespace {

Workload api(double averageRps, int memoryMb)
{
    Workload w;
    w.id = u"api"_s;
    w.kind = WorkloadKind::Api;
    w.traffic.averageRps = averageRps;
    w.durationMs = 100;
    w.memoryMb = memoryMb;
    return w;
}

// Recommendations with one compute decision for `model`'s first workload: `candidates` ranked, the first
// chosen.
Recommendations computeDecision(const Model& model, const QStringList& candidates)
{
    DecisionResult d;
    d.subject = model.workloads.front().id;
    d.element = model.findElement(d.subject);
    d.kind = DecisionKind::Compute;
    d.chosen.candidate = candidates.front();
    for (const QString& c : candidates) {
        RankedCandidate rc;
        rc.candidate = c;
        d.ranking.append(rc);
    }
    Recommendations r;
    r.decisions.append(d);
    r.reindex();
    return r;
}

DataStore store(const QString& id, DataShape shape, double sizeGb, std::optional<double> peakOps = {},
                double readWriteRatio = 1, std::optional<double> itemSizeKb = {})
{
    DataStore d;
    d.id = id;
    d.shape = shape;
    d.sizeGb = sizeGb;
    d.peakOps = peakOps;
    d.readWriteRatio = readWriteRatio;
    d.itemSizeKb = itemSizeKb;
    return d;
}

// `model`'s first workload on functions and its store "archive" in object storage.
Recommendations functionsAndArchive(const Model& model)
{
    Recommendations r = computeDecision(model, {u"functions"_s});
    DecisionResult db;
    db.subject = u"archive"_s;
    db.element = model.findElement(db.subject);
    db.kind = DecisionKind::Database;
    db.chosen.candidate = u"object-storage"_s;
    r.decisions.append(db);
    r.reindex();
    return r;
}

// Within 1 % of the hand-worked figure of docs/cost.md.
bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 0.01 * expected;
}

} // namespace

class TestCostEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceWorkloads_data()
    {
        QTest::addColumn<Cloud>("cloud");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<double>("rps");
        QTest::addColumn<int>("memoryMb");
        QTest::addColumn<double>("expectedUsd");
        // docs/cost.md, "Reference configurations", rows 1 to 6.
        QTest::newRow("1 Lambda, 2 rps, 100 ms, 256 MB")
            << Cloud::Aws << u"functions"_s << 2.0 << 256 << 3.2416;
        QTest::newRow("2 Lambda, 2,000 rps") << Cloud::Aws << u"functions"_s << 2000.0 << 256 << 3241.64;
        QTest::newRow("3 Cloud Run functions, 2 rps, 1 GiB")
            << Cloud::Gcp << u"functions"_s << 2.0 << 1024 << 10.7706;
        QTest::newRow("4 Cloud Run functions, 2,000 rps")
            << Cloud::Gcp << u"functions"_s << 2000.0 << 1024 << 10770.6;
        QTest::newRow("5 Cloud Run service, 2 rps, 1 GiB")
            << Cloud::Gcp << u"managed-containers"_s << 2.0 << 1024 << 71.7444;
        QTest::newRow("6 Cloud Run service, 2,000 rps")
            << Cloud::Gcp << u"managed-containers"_s << 2000.0 << 1024 << 3495.24;
        QTest::newRow("9 Container Apps, 2 rps, 1 GiB")
            << Cloud::Azure << u"managed-containers"_s << 2.0 << 1024 << 70.956;
        QTest::newRow("10 Container Apps, 2,000 rps")
            << Cloud::Azure << u"managed-containers"_s << 2000.0 << 1024 << 1419.12;
    }

    void referenceWorkloads()
    {
        QFETCH(Cloud, cloud);
        QFETCH(QString, candidate);
        QFETCH(double, rps);
        QFETCH(int, memoryMb);
        QFETCH(double, expectedUsd);
        Model model;
        model.workloads.append(api(rps, memoryMb));
        const CostLine line = CostEstimator(model).workload(model.workloads.front(), candidate, cloud);
        QVERIFY2(line.priced(), qPrintable(line.unpriced));
        QVERIFY2(near(line.monthly.expected, expectedUsd),
                 qPrintable(QString::number(line.monthly.expected)));
        // Stated traffic and duration leave only the vCPU throughput to a band.
        QVERIFY(line.monthly.low <= line.monthly.expected && line.monthly.expected <= line.monthly.high);
        QVERIFY(!line.items.isEmpty());
        QVERIFY(line.source.startsWith(u"https://"_s));
    }

    // The crossover the ranking must come to know: scale-to-zero is cheaper at low load, capacity that
    // runs all the time at steady high load.
    void functionsWinAtLowLoadAndLoseAtSteadyHighLoad()
    {
        Model model;
        model.workloads.append(api(2, 1024));
        const CostEstimator low(model);
        const double functionsLow =
            low.workload(model.workloads[0], u"functions"_s, Cloud::Gcp).monthly.expected;
        const double containersLow =
            low.workload(model.workloads[0], u"managed-containers"_s, Cloud::Gcp).monthly.expected;
        QVERIFY(functionsLow < containersLow);

        model.workloads[0].traffic.averageRps = 2000;
        const CostEstimator high(model);
        const double functionsHigh =
            high.workload(model.workloads[0], u"functions"_s, Cloud::Gcp).monthly.expected;
        const double containersHigh =
            high.workload(model.workloads[0], u"managed-containers"_s, Cloud::Gcp).monthly.expected;
        QVERIFY2(functionsHigh > 2.5 * containersHigh,
                 qPrintable(u"%1 vs %2"_s.arg(functionsHigh).arg(containersHigh)));
    }

    // The ranking follows the estimate when cost matters: functions first at 2 rps, where they cost a
    // seventh of a Cloud Run service; Cloud Run above them at a steady 2,000 rps, where functions cost
    // three times as much (docs/cost.md, "Cost in the ranking").
    void functionsLoseTheirLeadAtSteadyHighLoad()
    {
        Model model;
        model.system.cloud = Cloud::Gcp;
        model.priorities[Quality::Cost] = 5;
        model.workloads.append(api(2, 1024));
        model.workloads[0].traffic.peakRps = 2;
        model.workloads[0].traffic.pattern = TrafficPattern::Steady;
        const auto rankOf = [](const Recommendations& r, const QString& candidate) {
            const QList<RankedCandidate>& ranking = r.decision(u"api"_s, DecisionKind::Compute)->ranking;
            for (qsizetype i = 0; i < ranking.size(); ++i) {
                if (ranking[i].candidate == candidate)
                    return int(i);
            }
            return -1;
        };
        const auto estimateReason = [](const Recommendations& r, const QString& candidate) {
            for (const RankedCandidate& c : r.decision(u"api"_s, DecisionKind::Compute)->ranking) {
                for (const Reason& reason : c.reasons) {
                    if (c.candidate == candidate && reason.rule == u"cost.estimate"_s)
                        return reason;
                }
            }
            return Reason{};
        };

        const Recommendations low = PricedScoring::score(model);
        QVERIFY(low.decision(u"api"_s, DecisionKind::Compute));
        QVERIFY(rankOf(low, u"functions"_s) < rankOf(low, u"managed-containers"_s));
        const Reason cheap = estimateReason(low, u"functions"_s);
        QVERIFY2(cheap.deltaTenths[std::size_t(Quality::Cost)] > 0, qPrintable(cheap.effect));
        QVERIFY2(cheap.rationale.contains(u"Estimated 10.77 USD a month"_s), qPrintable(cheap.rationale));
        QVERIFY(cheap.source.startsWith(u"https://cloud.google.com/"_s));

        model.workloads[0].traffic.averageRps = 2000;
        model.workloads[0].traffic.peakRps = 2000;
        const Recommendations high = PricedScoring::score(model);
        QVERIFY(rankOf(high, u"managed-containers"_s) < rankOf(high, u"functions"_s));
        QVERIFY(estimateReason(high, u"functions"_s).deltaTenths[std::size_t(Quality::Cost)] <
                estimateReason(high, u"managed-containers"_s).deltaTenths[std::size_t(Quality::Cost)]);

        // On the marketplace example (GCP) the estimate moves the website from functions, which would cost
        // three times as much at its load, to Cloud Run: the static scores alone picked functions.
        const Model marketplace =
            ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")).model;
        QCOMPARE(
            ScoringEngine().score(marketplace).decision(u"web"_s, DecisionKind::Compute)->chosen.candidate,
            u"functions"_s);
        QCOMPARE(
            PricedScoring::score(marketplace).decision(u"web"_s, DecisionKind::Compute)->chosen.candidate,
            u"managed-containers"_s);

        // The engine alone knows no prices; on `any` no single cloud's prices can decide.
        QVERIFY(estimateReason(ScoringEngine().score(model), u"functions"_s).rule.isEmpty());
        model.system.cloud = Cloud::Any;
        QVERIFY(estimateReason(PricedScoring::score(model), u"functions"_s).rule.isEmpty());
    }

    // A value the model states in `system.assumptions` is known: the bands no longer vary it, so the
    // range narrows to what is still assumed, and the figure is the band's that matches it.
    void statedAssumptionsHoldInEveryBand()
    {
        Model model;
        model.workloads.append(api(200, 1024));
        const CostLine assumed =
            CostEstimator(model).workload(model.workloads[0], u"managed-containers"_s, Cloud::Gcp);
        QVERIFY2(assumed.priced(), qPrintable(assumed.unpriced));
        QVERIFY(assumed.monthly.low < assumed.monthly.high);

        model.system.assumptions.rpsPerVcpu = 200;
        const CostLine stated =
            CostEstimator(model).workload(model.workloads[0], u"managed-containers"_s, Cloud::Gcp);
        QCOMPARE(stated.monthly.low, stated.monthly.expected);
        QCOMPARE(stated.monthly.high, stated.monthly.expected);
        QVERIFY(near(stated.monthly.expected, assumed.monthly.low)); // 200 rps a vCPU is the low band's

        // A channel's average from its peak: Pub/Sub at a peak of 500 msg/s, the share stated as 0.3.
        Channel events;
        events.id = u"events"_s;
        events.peakMsgsS = 500;
        model.channels.append(events);
        model.system.assumptions.averageShareOfPeak = 0.3;
        const CostLine queue =
            CostEstimator(model).channel(model.channels[0], u"managed-queue"_s, Cloud::Gcp);
        QVERIFY2(near(queue.monthly.expected, 29.37), qPrintable(QString::number(queue.monthly.expected)));
        QCOMPARE(queue.monthly.low, queue.monthly.expected);
        QCOMPARE(queue.monthly.high, queue.monthly.expected);
        QVERIFY2(queue.assumptions.join(u' ').contains(u"(system.assumptions)"_s),
                 qPrintable(queue.assumptions.join(u' ')));
    }

    // `average_ops` is priced as stated: Cosmos DB serverless, 10 GB, 100 operations a second on
    // average, four reads a write, 1 KB items: 20 writes and 80 reads a second.
    void averageOpsIsPricedAsStated()
    {
        Model model;
        DataStore sessions = store(u"sessions"_s, DataShape::KeyValue, 10, {}, 4, 1);
        sessions.averageOps = 100;
        model.data.append(sessions);
        const CostLine line =
            CostEstimator(model).dataStore(model.data[0], u"key-value-store"_s, Cloud::Azure);
        QVERIFY2(line.priced(), qPrintable(line.unpriced));
        // 10 x 0.25 + 20 x 2,628,000 x 0.00000125 + 80 x 2,628,000 x 0.00000025 = 2.50 + 65.70 + 52.56
        QVERIFY2(near(line.monthly.expected, 120.76), qPrintable(QString::number(line.monthly.expected)));
        QCOMPARE(line.monthly.low, line.monthly.expected);
        QCOMPARE(line.monthly.high, line.monthly.expected);

        // Only a peak: the average is a share of it, in bands.
        model.data[0].averageOps.reset();
        model.data[0].peakOps = 333;
        const CostLine fromPeak =
            CostEstimator(model).dataStore(model.data[0], u"key-value-store"_s, Cloud::Azure);
        QVERIFY(fromPeak.monthly.low < fromPeak.monthly.expected &&
                fromPeak.monthly.expected < fromPeak.monthly.high);
    }

    // The sensitivity says at which load the pick changes, and the engine agrees on either side of it: the
    // estimates and the rules that read the traffic (a steady high load) both have their say.
    void theLoadCrossoverIsWhereThePickChanges()
    {
        Model model;
        model.system.cloud = Cloud::Gcp;
        model.priorities[Quality::Cost] = 5;
        model.workloads.append(api(2, 1024));
        model.workloads[0].traffic.peakRps = 2;
        model.workloads[0].traffic.pattern = TrafficPattern::Steady;
        const auto compute = [](const Model& m) {
            Recommendations r = PricedScoring::score(m);
            PricedScoring::addLoadSensitivity(m, r);
            return *r.decision(u"api"_s, DecisionKind::Compute);
        };
        const DecisionResult low = compute(model);
        QCOMPARE(low.ranking.front().candidate, u"functions"_s);
        QVERIFY(!low.sensitivity().load.isEmpty());
        const LoadCrossover c = low.sensitivity().load.front();
        QVERIFY(c.rising);
        QCOMPARE(c.field, u"traffic.average_rps"_s);
        QCOMPARE(c.now, 2.0);
        QCOMPARE(c.newTop, u"managed-containers"_s);
        QVERIFY2(c.at > 2 && c.at < 2000, qPrintable(QString::number(c.at)));
        QVERIFY2(low.sensitivity().loadSummary.startsWith(
                     u"functions stays first until the average load exceeds "_s),
                 qPrintable(low.sensitivity().loadSummary));

        const auto atLoad = [&](double rps) {
            Model moved = model;
            moved.workloads[0].traffic.averageRps = rps;
            moved.workloads[0].traffic.peakRps = rps;
            return compute(moved);
        };
        QCOMPARE(atLoad(c.at * 0.9).ranking.front().candidate, u"functions"_s);
        QCOMPARE(atLoad(c.at * 1.1).ranking.front().candidate, u"managed-containers"_s);

        // At a steady 2,000 rps the crossover is the other way: a falling load gives first place back.
        const DecisionResult high = atLoad(2000);
        QCOMPARE(high.ranking.front().candidate, u"managed-containers"_s);
        const auto falling = std::find_if(high.sensitivity().load.cbegin(), high.sensitivity().load.cend(),
                                          [](const LoadCrossover& l) { return !l.rising; });
        QVERIFY(falling != high.sensitivity().load.cend());
        const LoadCrossover back = *falling;
        QVERIFY2(back.at < 2000, qPrintable(QString::number(back.at)));
        QCOMPARE(atLoad(back.at * 1.1).ranking.front().candidate, u"managed-containers"_s);
        QCOMPARE(atLoad(back.at * 0.9).ranking.front().candidate, back.newTop);

        // Nothing to say where prices cannot compare: on `any`.
        model.system.cloud = Cloud::Any;
        QVERIFY(compute(model).sensitivity().load.isEmpty());
    }

    // The spread keeps the priced candidates' average and moves 1.5 points a doubling.
    void theEstimateSetsTheSpreadNotTheLevel()
    {
        const QList<int> after = CostEvidence::spread({100, 60}, {10, 40});
        QCOMPARE(after, (QList<int>{95, 65})); // average 80; 10 and 40 are one doubling from the middle 20
        QCOMPARE(CostEvidence::spread({50, 50}, {5, 5}), (QList<int>{50, 50}));
        QCOMPARE(CostEvidence::spread({100, 100}, {1, 1024}), (QList<int>{100, 25})); // clamped at 10
    }

    void referenceStoresAndChannels()
    {
        Model model;
        const DataStore archive = store(u"archive"_s, DataShape::Blob, 10000);
        model.data.append(archive);
        Channel events;
        events.id = u"events"_s;
        events.peakMsgsS = 500;
        model.channels.append(events);
        const CostEstimator estimator(model);
        // Row 7: 10 TB in Cloud Storage Standard: 10,000 GB x 0.020.
        const CostLine storage = estimator.dataStore(archive, u"object-storage"_s, Cloud::Gcp);
        QVERIFY2(storage.priced(), qPrintable(storage.unpriced));
        QVERIFY(near(storage.monthly.expected, 200.0));
        // Row 8: Pub/Sub at a peak of 500 msg/s: 150 a second on average, 1 KB published and delivered.
        const CostLine queue = estimator.channel(events, u"managed-queue"_s, Cloud::Gcp);
        QVERIFY2(queue.priced(), qPrintable(queue.unpriced));
        QVERIFY2(near(queue.monthly.expected, 29.37), qPrintable(QString::number(queue.monthly.expected)));
        QVERIFY(queue.monthly.low < queue.monthly.expected && queue.monthly.expected < queue.monthly.high);
    }

    // The formulas whose services the built-in prices do not cover yet, on the fuzz seed's prices,
    // worked out by hand (docs/cost.md, "The formulas").
    void everyFormulaFromAPriceFile()
    {
        QFile file(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/fuzz/seeds/pricefile/every-model.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        PriceCatalog prices;
        prices.read(file.readAll(), file.fileName());
        QVERIFY(prices.problems().isEmpty());
        Model model;
        model.system.availabilityTarget = 99.99; // a standby for the relational store
        Workload w = api(300, 2048);
        model.workloads.append(w);
        const DataStore db = store(u"db"_s, DataShape::Relational, 100);
        const DataStore kv = store(u"kv"_s, DataShape::KeyValue, 10, 1000, 4, 2);
        Channel q;
        q.id = u"q"_s;
        q.peakMsgsS = 100;
        model.data = {db, kv};
        model.channels = {q};
        const CostEstimator e(model, prices);
        // 3 vCPU needed (300 rps at 100 a vCPU): three 1-vCPU, 2 GB tasks all month.
        QVERIFY(near(e.workload(w, u"managed-containers"_s, Cloud::Aws).monthly.expected,
                     3 * 730 * (0.04 + 2 * 0.004)));
        // Two 2-vCPU instances.
        QVERIFY(near(e.workload(w, u"vm"_s, Cloud::Aws).monthly.expected, 2 * 730 * 0.1));
        // 2 vCPU and 8 GB, 100 GB, all twice for the standby.
        QVERIFY(near(e.dataStore(db, u"postgresql"_s, Cloud::Aws).monthly.expected,
                     2 * (2 * 730 * 0.04 + 8 * 730 * 0.005 + 100 * 0.1)));
        // 300 ops/s on average: 60 writes of two 1 KB units, 240 reads of one 4 KB unit; 10 GB.
        QVERIFY(near(e.dataStore(kv, u"key-value-store"_s, Cloud::Aws).monthly.expected,
                     60 * 2628000.0 * 2 * 0.000001 + 240 * 2628000.0 * 0.0000002 + 10 * 0.25));
        // 30 messages a second on average, three requests each, plus the tier's base.
        QVERIFY(near(e.channel(q, u"managed-queue"_s, Cloud::Aws).monthly.expected,
                     30 * 2628000.0 * 3 * 0.0000004 + 10));
    }

    // Rows 11 and 12: a key-value table on Cosmos DB serverless and object storage with its requests.
    void referenceTables()
    {
        Model model;
        const DataStore table = store(u"sessions"_s, DataShape::KeyValue, 10, 1000, 4, 1);
        const DataStore files = store(u"files"_s, DataShape::Blob, 1000, 100, 9);
        model.data = {table, files};
        const CostEstimator estimator(model);
        const CostLine cosmos = estimator.dataStore(table, u"key-value-store"_s, Cloud::Azure);
        QVERIFY2(cosmos.priced(), qPrintable(cosmos.unpriced));
        QVERIFY2(near(cosmos.monthly.expected, 357.28), qPrintable(QString::number(cosmos.monthly.expected)));
        const CostLine storage = estimator.dataStore(files, u"object-storage"_s, Cloud::Gcp);
        QVERIFY2(storage.priced(), qPrintable(storage.unpriced));
        QVERIFY2(near(storage.monthly.expected, 87.80),
                 qPrintable(QString::number(storage.monthly.expected)));
    }

    void whatCannotBePricedSaysWhy()
    {
        Model model;
        Workload job = api(2, 512);
        job.traffic = {};
        model.workloads.append(job);
        const CostEstimator estimator(model);
        QVERIFY(
            estimator.workload(job, u"functions"_s, Cloud::Gcp).unpriced.contains(u"traffic.average_rps"_s));
        QVERIFY(estimator.workload(api(2, 512), u"no-such-candidate"_s, Cloud::Gcp)
                    .unpriced.contains(u"no gcp price"_s));
        QVERIFY(estimator.workload(api(2, 512), u"object-storage"_s, Cloud::Gcp)
                    .unpriced.contains(u"not as compute"_s));
    }

    void theCliPricesTheModelsPicks()
    {
        const CliRun run = runCli({u"cost"_s, u"--format"_s, u"json"_s, u"--cloud"_s, u"gcp"_s,
                                   QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.stdOut).object();
        QCOMPARE(root.value(u"currency"_s).toString(), u"USD"_s);
        const QJsonObject gcp = root.value(u"estimates"_s).toArray().at(0).toObject();
        QCOMPARE(gcp.value(u"cloud"_s).toString(), u"gcp"_s);
        QCOMPARE(gcp.value(u"region"_s).toString(), u"us-central1"_s);
        QVERIFY(gcp.value(u"prices_checked"_s).toString().size() == 10);
        const QJsonArray lines = gcp.value(u"lines"_s).toArray();
        QVERIFY(lines.size() >= 5);
        double sum = 0;
        int priced = 0;
        for (const QJsonValue& v : lines) {
            const QJsonObject line = v.toObject();
            if (line.value(u"monthly_usd"_s).isNull()) {
                QVERIFY(!line.value(u"unpriced"_s).toString().isEmpty());
                continue;
            }
            ++priced;
            sum += line.value(u"monthly_usd"_s).toObject().value(u"expected"_s).toDouble();
            double items = 0;
            for (const QJsonValue& item : line.value(u"items"_s).toArray())
                items += item.toObject().value(u"usd"_s).toDouble();
            QVERIFY(near(items, line.value(u"monthly_usd"_s).toObject().value(u"expected"_s).toDouble()));
        }
        QVERIFY(priced >= 3);
        QCOMPARE(gcp.value(u"priced"_s).toInt(), priced);
        QVERIFY(near(gcp.value(u"production"_s).toObject().value(u"expected"_s).toDouble(), sum));
        // early-saas has production and a staging environment without a scale: a quarter of production.
        const QJsonArray environments = gcp.value(u"environments"_s).toArray();
        QCOMPARE(environments.size(), 2);
        QCOMPARE(environments.at(0).toObject().value(u"scale"_s).toDouble(), 1.0);
        QCOMPARE(environments.at(1).toObject().value(u"scale"_s).toDouble(), 0.25);
        QVERIFY(environments.at(1).toObject().value(u"assumed"_s).toBool());
        QVERIFY(near(gcp.value(u"total"_s).toObject().value(u"expected"_s).toDouble(), sum * 1.25));
    }

    // score --format json: every ranked candidate says what it would cost (null where it cannot be
    // priced), and the top level what the chosen candidates cost together.
    void scoreJsonCarriesCosts()
    {
        const CliRun run = runCli({u"score"_s, u"--format"_s, u"json"_s,
                                   QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.stdOut).object();
        const QJsonObject cost = root.value(u"cost"_s).toObject();
        QCOMPARE(cost.value(u"currency"_s).toString(), u"USD"_s);
        QVERIFY(cost.value(u"priced"_s).toInt() >= 3);
        QVERIFY(cost.value(u"priced"_s).toInt() <= cost.value(u"elements"_s).toInt());
        QVERIFY(cost.value(u"total"_s).toObject().value(u"expected"_s).toDouble() > 0);
        int priced = 0, unpriced = 0;
        for (const QJsonValue& d : root.value(u"decisions"_s).toArray()) {
            const QString kind = d.toObject().value(u"kind"_s).toString();
            for (const QJsonValue& c : d.toObject().value(u"ranking"_s).toArray()) {
                const QJsonObject candidate = c.toObject();
                QVERIFY(candidate.contains(u"monthly_usd"_s));
                const QJsonValue usd = candidate.value(u"monthly_usd"_s);
                if (usd.isNull()) {
                    ++unpriced;
                    continue;
                }
                ++priced;
                QVERIFY2(kind == u"compute"_s || kind == u"database"_s || kind == u"messaging"_s,
                         qPrintable(kind));
                const QJsonObject range = usd.toObject();
                QVERIFY(range.value(u"low"_s).toDouble() <= range.value(u"expected"_s).toDouble());
                QVERIFY(range.value(u"expected"_s).toDouble() <= range.value(u"high"_s).toDouble());
                QVERIFY(!range.value(u"cloud"_s).toString().isEmpty());
            }
        }
        QVERIFY(priced >= 10);
        QVERIFY(unpriced > 0);
    }

    // The app keeps the lines of one model across slider moves: priced from the memo, the advice under
    // other weights is what pricing anew gives, and the memo is what it is priced from.
    void aMemoPricesTheSameModelUnderOtherWeights()
    {
        const LoadResult loaded =
            ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml"));
        QVERIFY(!loaded.hasErrors());
        const Model model = loaded.model;
        const ScoringEngine engine = PricedScoring::engine();
        const Evaluation evaluation = engine.evaluate(model);
        CostMemo memo;
        for (int cost : {3, 5, 1, 3}) {
            Priorities p = model.priorities;
            p[Quality::Cost] = cost;
            Recommendations fresh = engine.rank(evaluation, p);
            PricedScoring::annotate(model, fresh);
            Recommendations kept = engine.rank(evaluation, p);
            PricedScoring::annotate(model, kept, &memo);
            QCOMPARE(RecommendationFormat::toJson(kept), RecommendationFormat::toJson(fresh));
        }

        // A line in the memo is the one used: what the top compute pick of the first workload costs.
        Recommendations r = engine.rank(evaluation, model.priorities);
        const DecisionResult* compute = nullptr;
        for (const DecisionResult& d : r.decisions) {
            if (d.kind == DecisionKind::Compute && d.element.section == ElementRef::Section::Workload) {
                compute = &d;
                break;
            }
        }
        QVERIFY(compute);
        const QString subject = compute->subject;
        const ElementRef element = compute->element;
        const QString top = compute->ranking.front().candidate;
        const CostLine* line = memo.find(element, top, model.system.cloud);
        QVERIFY(line && line->priced());
        CostLine planted = *line;
        planted.monthly = CostRange{1, 2, 3};
        memo.keep(element, top, model.system.cloud, planted);
        PricedScoring::annotate(model, r, &memo);
        QCOMPARE(r.decision(subject, DecisionKind::Compute)->ranking.front().monthlyUsd->expected, 2.0);
    }

    // Over budget: a finding that names the largest lines and the cheaper candidates left for them.
    void overBudgetIsAFindingWithCheaperCandidates()
    {
        QFile file(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray model = file.readAll();
        QVERIFY(model.contains("budget_usd_month: 40000"));
        const auto findingsWith = [](const QByteArray& text) {
            const CliRun run = runCli({u"score"_s, u"--format"_s, u"json"_s, u"-"_s}, text);
            QJsonObject found;
            for (const QJsonValue& f :
                 QJsonDocument::fromJson(run.stdOut).object().value(u"findings"_s).toArray()) {
                if (f.toObject().value(u"rule"_s).toString() == u"cost.over-budget"_s)
                    found = f.toObject();
            }
            return found;
        };
        QVERIFY(findingsWith(model).isEmpty()); // 40,000 a month is far above the estimate
        const QJsonObject f =
            findingsWith(model.replace("budget_usd_month: 40000", "budget_usd_month: 1000"));
        QCOMPARE(f.value(u"severity"_s).toString(), u"high"_s);
        QCOMPARE(f.value(u"subject"_s).toString(), u"system"_s);
        QVERIFY2(f.value(u"message"_s).toString().contains(u"over the budget of 1,000 USD a month"_s),
                 qPrintable(f.value(u"message"_s).toString()));
        // The ranking already weighed the estimate: the largest lines are on the cheaper service, and
        // with no cheaper candidate left for them the advice is to check the usage or the budget.
        QVERIFY2(f.value(u"message"_s).toString().contains(u"web (managed-containers)"_s),
                 qPrintable(f.value(u"message"_s).toString()));
        QVERIFY2(f.value(u"recommendation"_s).toString().contains(u"raise the budget"_s),
                 qPrintable(f.value(u"recommendation"_s).toString()));
        QVERIFY(f.value(u"source"_s).toString().startsWith(u"https://"_s));
    }

    // A stated scale replaces the assumed quarter; an environment at 0 costs nothing.
    void environmentsScaleProduction()
    {
        Model model;
        model.system.cloud = Cloud::Gcp;
        model.environments = {Environment{u"staging"_s, {}, {}, 0.5},
                              Environment{u"production"_s, {}, {}, {}},
                              Environment{u"preview"_s, {}, {}, 0.0}, Environment{u"test"_s, {}, {}, {}}};
        model.workloads.append(api(2, 1024));
        const Recommendations r = computeDecision(model, {u"functions"_s});
        const CostEstimate e = CostEstimator(model).estimate(r, Cloud::Gcp);
        QVERIFY(near(e.production.expected, 10.7706));
        QCOMPARE(e.environments.size(), 4);
        QCOMPARE(e.environments[1].scale, 1.0); // production, though not first
        QVERIFY(!e.environments[0].assumed && !e.environments[1].assumed && !e.environments[2].assumed);
        QVERIFY(e.environments[3].assumed);
        QVERIFY(near(e.total.expected, 10.7706 * (0.5 + 1 + 0 + 0.25)));
    }

    // A second region by the strategy picked: active-active runs every line again, a warm standby the
    // databases in full and 20/30/50 % of the rest, a pilot light the databases only.
    void secondRegionFollowsTheRegionStrategy()
    {
        Model model;
        model.system.cloud = Cloud::Gcp;
        model.workloads.append(api(2, 1024));                           // 10.7706 on functions
        model.data.append(store(u"archive"_s, DataShape::Blob, 10000)); // 200.00 in Cloud Storage
        Recommendations r = functionsAndArchive(model);
        DecisionResult region;
        region.subject = Subject::systemId();
        region.kind = DecisionKind::RegionStrategy;
        r.decisions.append(region);
        const auto secondRegion = [&](const QString& pick, const QString& family) {
            r.decisions.last().chosen.candidate = pick;
            r.decisions.last().chosen.family = family;
            r.reindex();
            return CostEstimator(model).estimate(r, Cloud::Gcp);
        };
        const CostEstimate one = secondRegion(u"multi-az"_s, u"multi-az"_s);
        QVERIFY(!one.secondRegion);
        QVERIFY(near(one.total.expected, 210.7706));

        const CostEstimate both = secondRegion(u"active-active"_s, u"active-active"_s);
        QVERIFY(both.secondRegion);
        QVERIFY(near(both.secondRegion->monthly.expected, 210.7706));
        QVERIFY(near(both.total.expected, 2 * 210.7706));

        const CostEstimate warm = secondRegion(u"warm-standby"_s, u"active-passive"_s);
        QVERIFY(near(warm.secondRegion->monthly.expected, 200 + 0.3 * 10.7706));
        QVERIFY(near(warm.secondRegion->monthly.low, 200 + 0.2 * 10.7706));
        QVERIFY(near(warm.secondRegion->monthly.high, 200 + 0.5 * 10.7706));
        QVERIFY(warm.secondRegion->basis.contains(u"30 %"_s));

        const CostEstimate light = secondRegion(u"pilot-light"_s, u"active-passive"_s);
        QVERIFY(near(light.secondRegion->monthly.expected, 200));
        QVERIFY(!secondRegion(u"backup-restore-dr"_s, u"active-passive"_s).secondRegion);

        // Only production runs the second region; staging is a quarter of production's lines.
        model.environments = {Environment{u"production"_s, {}, {}, {}},
                              Environment{u"staging"_s, {}, {}, {}}};
        const CostEstimate withStaging = secondRegion(u"pilot-light"_s, u"active-passive"_s);
        QVERIFY(near(withStaging.total.expected, 210.7706 + 200 + 0.25 * 210.7706));
    }

    // Production's lines by the cost centre that pays for each element: its own, else the system's.
    void costCentresGroupProductionLines()
    {
        Model model;
        model.system.cloud = Cloud::Gcp;
        model.workloads.append(api(2, 1024));
        model.data.append(store(u"archive"_s, DataShape::Blob, 10000));
        Recommendations r = functionsAndArchive(model);
        QVERIFY(CostEstimator(model).estimate(r, Cloud::Gcp).costCentres.isEmpty()); // none named

        model.system.ownership.costCentre = u"CC-1"_s;
        model.data[0].ownership.costCentre = u"CC-2"_s;
        const CostEstimate e = CostEstimator(model).estimate(r, Cloud::Gcp);
        QCOMPARE(e.costCentres.size(), 2);
        QCOMPARE(e.costCentres[0].name, u"CC-2"_s); // largest first
        QVERIFY(near(e.costCentres[0].monthly.expected, 200));
        QCOMPARE(e.costCentres[1].name, u"CC-1"_s);
        QVERIFY(near(e.costCentres[1].monthly.expected, 10.7706));
        QVERIFY(CostFormat::toTable({e}).contains(u"Production by cost centre: CC-2 200.00 USD"_s));
    }

    // `cost --env NAME` totals one environment; an unknown one is a usage error that lists them.
    void oneEnvironmentIsTotalledOnRequest()
    {
        const QString marketplace = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml");
        const CliRun staging = runCli({u"cost"_s, u"--env"_s, u"staging"_s, marketplace});
        QCOMPARE(staging.exitCode, 0);
        QVERIFY2(staging.out.contains(u"Environment staging x0.25 (assumed): "_s), qPrintable(staging.out));
        QVERIFY(!staging.out.contains(u"Budget:"_s));
        const CliRun json =
            runCli({u"cost"_s, u"--env"_s, u"staging"_s, u"--format"_s, u"json"_s, marketplace});
        const QJsonObject first =
            QJsonDocument::fromJson(json.stdOut).object().value(u"estimates"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"environment"_s).toString(), u"staging"_s);
        QCOMPARE(first.value(u"environments"_s).toArray().size(), 1);
        const CliRun unknown = runCli({u"cost"_s, u"--env"_s, u"qa"_s, marketplace});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"no environment 'qa'; it has production, staging"_s),
                 qPrintable(unknown.err));
    }

    // A pick far dearer than another candidate left for the same usage is a finding the decision is
    // picked despite: the advice does not hide what its own estimate says.
    void aPickThatCostsFarMoreIsSaid()
    {
        const CliRun run = runCli({u"score"_s, u"--format"_s, u"json"_s,
                                   QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.stdOut).object();
        QJsonObject indexer;
        for (const QJsonValue& f : root.value(u"findings"_s).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(u"rule"_s).toString() == u"cost.pick-costs-more"_s &&
                o.value(u"subject"_s).toString() == u"search-indexer"_s)
                indexer = o;
        }
        // The estimate weighed in the ranking, but the indexer's event-driven fit outweighs it.
        QCOMPARE(indexer.value(u"severity"_s).toString(), u"medium"_s);
        QVERIFY2(indexer.value(u"message"_s).toString().contains(u"times managed-containers"_s),
                 qPrintable(indexer.value(u"message"_s).toString()));
        bool despite = false;
        for (const QJsonValue& d : root.value(u"decisions"_s).toArray()) {
            const QJsonObject o = d.toObject();
            if (o.value(u"subject"_s).toString() != u"search-indexer"_s ||
                o.value(u"kind"_s).toString() != u"compute"_s)
                continue;
            for (const QJsonValue& f : o.value(u"despite"_s).toArray())
                despite = despite || f.toObject().value(u"rule"_s).toString() == u"cost.pick-costs-more"_s;
        }
        QVERIFY(despite);

        // At 2 rps the function is the cheaper one: nothing to say.
        Model model;
        model.workloads.append(api(2, 1024));
        model.system.cloud = Cloud::Gcp;
        Recommendations r = computeDecision(model, {u"functions"_s, u"managed-containers"_s});
        CostEstimator(model).annotate(r);
        QVERIFY(r.findings.isEmpty());
        // At a steady 2,000 rps it is three times the service.
        model.workloads[0].traffic.averageRps = 2000;
        for (RankedCandidate& rc : r.decisions[0].ranking)
            rc.monthlyUsd.reset();
        CostEstimator(model).annotate(r);
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.front().rule, u"cost.pick-costs-more"_s);
        QCOMPARE(r.decisions[0].despite.size(), 1);
    }

    void theCliSaysWhenNothingCanBePriced()
    {
        const QByteArray model =
            "groundwork: 1\nsystem: {name: Nothing priced, cloud: gcp}\nteam: {size: 3}\n"
            "workloads:\n  - {id: job, kind: batch}\n";
        const CliRun run = runCli({u"cost"_s, u"-"_s}, model);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Nothing in this model could be priced"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"0.00 USD"_s));
    }

    void theCliRefusesWhatItCannotDo()
    {
        const QString example = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml");
        QCOMPARE(runCli({u"cost"_s, u"--format"_s, u"pdf"_s, example}).exitCode, 2);
        QCOMPARE(runCli({u"cost"_s, u"--cloud"_s, u"ibm"_s, example}).exitCode, 2);
        QCOMPARE(runCli({u"cost"_s}).exitCode, 2);
        const CliRun invalid = runCli(
            {u"cost"_s, u"-"_s},
            "groundwork: 1\nsystem: {name: x}\nteam: {size: 3}\nworkloads:\n  - {id: a, kind: nope}\n");
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains(u"<stdin>:5:"_s), qPrintable(invalid.err));
    }
};

QTEST_GUILESS_MAIN(TestCostEstimator)
#include "tst_costestimator.moc"
