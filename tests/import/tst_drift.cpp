// Drift through the core API and the command line: a design written before the system ran, compared
// with the Compose files and Terraform state it runs from, gives exactly the differences a reviewer
// would list (elements missing either way, picks, exposure, kinds, dependencies); a model imported from
// its own inputs has none; `drift` exits 0, 1 or 2 and says the same in every format; `check --drift`
// puts the differences in its gate.
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/import/drift.h"
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/io/modelfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using gw::testsupport::CliRun;
using gw::testsupport::runCli;
using namespace Qt::StringLiterals;

namespace {

const QString kData = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import/"_s;

ImportResult importPaths(const QStringList& paths)
{
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    if (inputs.ioError)
        qFatal("cannot read the fixtures");
    return Importer::run(inputs.inputs, ImportMapping::builtIn());
}

// "severity rule subject" per finding, in the order reported.
QStringList driftOf(const Model& model, const ImportResult& deployed, DriftReport* report = nullptr)
{
    const Recommendations advice = PricedScoring::score(model);
    const DriftReport r = Drift::compare(model, advice, deployed);
    if (report)
        *report = r;
    QStringList out;
    for (const Finding& f : r.findings)
        out.append(u"%1 %2 %3"_s.arg(enumName(f.severity), f.rule, f.subject));
    return out;
}

Model load(const QString& path)
{
    const LoadResult loaded = ModelFile::load(path);
    if (loaded.hasErrors())
        qFatal("the fixture %s does not load", qPrintable(path));
    return loaded.model;
}

QString shown(const CliRun& run)
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDesignAgainstTheComposeFilesItRunsFrom();
    void aDesignOnContainersAgainstAStateRunningLambda();
    void aModelImportedFromItsInputsHasNoDrift_data();
    void aModelImportedFromItsInputsHasNoDrift();
    void namesMatchAcrossSpellingsButNeverByGuess();
    void theCommandExitsByWhatItFound();
    void everyFormatSaysTheSame();
    void checkPutsDriftInItsGate();
};

void TestDrift::aDesignAgainstTheComposeFilesItRunsFrom()
{
    DriftReport report;
    const QStringList drift =
        driftOf(load(kData + u"drift/chirp-design.yaml"_s), importPaths({kData + u"selfhosted"_s}), &report);
    const QStringList expected{
        u"medium drift.exposure web-service"_s, // public behind the proxy; internal in the design
        u"medium drift.pick db"_s,              // pinned MySQL; PostgreSQL runs
        u"medium drift.undeployed mailer"_s,    // designed, never deployed
        u"medium drift.unmodelled scheduler"_s, // deployed, not designed
        u"low drift.edge streaming"_s,          // streaming reaches search ...
        u"low drift.edge streaming"_s,          // ... and the object store
        u"low drift.edge web-service"_s,        // web calls the translator
        u"low drift.exposure translate"_s,      // designed public; runs internal
    };
    QCOMPARE(drift, expected);
    QCOMPARE(report.deployed, 9);
    QCOMPARE(report.matched, 8); // "web" runs the design's "web-service"
    const Finding& pick = report.findings[1];
    QVERIFY2(pick.message.contains(u"pins MySQL"_s) && pick.message.contains(u"runs PostgreSQL"_s),
             qPrintable(pick.message));
    QVERIFY2(report.findings[3].message.contains(u"docker-compose.yml:84"_s),
             qPrintable(report.findings[3].message));
}

void TestDrift::aDesignOnContainersAgainstAStateRunningLambda()
{
    DriftReport report;
    const QStringList drift = driftOf(load(kData + u"drift/orders-design.yaml"_s),
                                      importPaths({kData + u"terraform/serverless-aws.tfstate"_s}), &report);
    const QStringList expected{
        u"high drift.pick orders-api"_s,    // recommended containers for steady traffic; Lambda runs
        u"high drift.pick orders-worker"_s, // pinned managed containers; Lambda runs
        u"medium drift.unmodelled orders-dlq-fifo"_s,
        u"low drift.kind orders-worker"_s, // a worker designed, an event handler deployed
    };
    QCOMPARE(drift, expected);
    QCOMPARE(report.matched, 7); // the bucket "acme-receipts" is the design's "receipts" by name
    QVERIFY2(report.findings[1].message.contains(u"the model pins"_s),
             qPrintable(report.findings[1].message));
    QVERIFY2(report.findings[0].message.contains(u"the model recommends"_s),
             qPrintable(report.findings[0].message));
    QVERIFY2(report.findings[0].message.contains(u"aws_lambda_function.api"_s),
             qPrintable(report.findings[0].message));
}

void TestDrift::aModelImportedFromItsInputsHasNoDrift_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("compose") << u"selfhosted"_s;
    QTest::newRow("manifests") << u"shop"_s;
    QTest::newRow("aws") << u"terraform/serverless-aws.tfstate"_s;
    QTest::newRow("gcp") << u"terraform/gcp-containers.json"_s;
    QTest::newRow("azure") << u"terraform/azure-apps.tfstate"_s;
}

void TestDrift::aModelImportedFromItsInputsHasNoDrift()
{
    QFETCH(QString, input);
    const ImportResult deployed = importPaths({kData + input});
    QVERIFY(!deployed.hasErrors());
    const LoadResult model = ModelFile::loadText(Importer::yaml(deployed), u"imported.yaml"_s);
    QVERIFY(!model.hasErrors());
    DriftReport report;
    QCOMPARE(driftOf(model.model, deployed, &report), QStringList());
    QCOMPARE(report.matched, deployed.elementCount());
}

void TestDrift::namesMatchAcrossSpellingsButNeverByGuess()
{
    const QByteArray compose = "services:\n"
                               "  cartservice:\n    image: shop/cart:1\n    expose: ['7070']\n"
                               "  Payment_API:\n    image: shop/payment:1\n    expose: ['8080']\n"
                               "  api:\n    image: shop/api:1\n    expose: ['8000']\n";
    const ImportResult deployed =
        Importer::run({ImportInput{u"compose.yaml"_s, compose, true}}, ImportMapping::builtIn());
    QVERIFY(!deployed.hasErrors());
    Model model;
    model.system.name = u"shop"_s;
    for (const QString& id : {u"cart"_s, u"payment-api"_s, u"api-gateway"_s}) {
        Workload w;
        w.id = id;
        model.workloads.append(w);
    }
    DriftReport report;
    const QStringList drift = driftOf(model, deployed, &report);
    // cart = cartservice by its stem, payment-api = Payment_API folded; "api-gateway" is not "api".
    QCOMPARE(report.matched, 2);
    QCOMPARE(drift,
             (QStringList{u"medium drift.undeployed api-gateway"_s, u"medium drift.unmodelled api"_s}));
}

void TestDrift::theCommandExitsByWhatItFound()
{
    const CliRun some = runCli({u"drift"_s, kData + u"drift/chirp-design.yaml"_s, kData + u"selfhosted"_s});
    QVERIFY2(some.exitCode == 1, qPrintable(shown(some)));
    QVERIFY2(
        some.out.contains(u"chirp-design.yaml:34:5: medium: workload mailer is in the model but nothing in "
                          u"the inputs runs it [drift.undeployed]"_s),
        qPrintable(shown(some)));
    QVERIFY2(some.out.contains(u"8 differences from what is deployed (0 high, 4 medium, 4 low; 8 of the 9 "
                               u"elements deployed matched)"_s),
             qPrintable(shown(some)));

    QTemporaryDir dir;
    const QString imported = dir.filePath(u"chirp.yaml"_s);
    QCOMPARE(runCli({u"import"_s, kData + u"selfhosted"_s, u"-o"_s, imported}).exitCode, 0);
    const CliRun none = runCli({u"drift"_s, imported, kData + u"selfhosted"_s});
    QVERIFY2(none.exitCode == 0, qPrintable(shown(none)));
    QVERIFY2(none.out.contains(u"no drift (9 of the 9 elements deployed matched)"_s),
             qPrintable(shown(none)));

    for (const QStringList& args :
         {QStringList{u"drift"_s, imported}, QStringList{u"drift"_s, imported, dir.filePath(u"missing"_s)},
          QStringList{u"drift"_s, u"--format"_s, u"xml"_s, imported, kData + u"selfhosted"_s},
          QStringList{u"drift"_s, kData + u"selfhosted/docker-compose.yml"_s, kData + u"selfhosted"_s}}) {
        const CliRun bad = runCli(args);
        QVERIFY2(bad.exitCode == 2, qPrintable(args.join(u' ') + u'\n' + shown(bad)));
    }
}

void TestDrift::everyFormatSaysTheSame()
{
    const QStringList args{u"drift"_s, kData + u"drift/orders-design.yaml"_s,
                           kData + u"terraform/serverless-aws.tfstate"_s, u"--format"_s};
    const CliRun json = runCli(args + QStringList{u"json"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"matched"_s).toInt(), 7);
    QCOMPARE(root.value(u"counts"_s).toObject().value(u"high"_s).toInt(), 2);
    const QJsonArray drift = root.value(u"drift"_s).toArray();
    QCOMPARE(drift.size(), 4);
    QCOMPARE(drift[0].toObject().value(u"rule"_s).toString(), u"drift.pick"_s);
    QCOMPARE(drift[0].toObject().value(u"subject"_s).toString(), u"orders-api"_s);
    QCOMPARE(drift[0].toObject().value(u"line"_s).toInt(), 16);

    const CliRun sarif = runCli(args + QStringList{u"sarif"_s});
    QCOMPARE(sarif.exitCode, 1);
    const QJsonObject run =
        QJsonDocument::fromJson(sarif.out.toUtf8()).object().value(u"runs"_s).toArray().first().toObject();
    const QJsonArray results = run.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[0].toObject().value(u"level"_s).toString(), u"error"_s);
    const QJsonArray rules =
        run.value(u"tool"_s).toObject().value(u"driver"_s).toObject().value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), Drift::checks().size());
    const int index = results[0].toObject().value(u"ruleIndex"_s).toInt();
    QCOMPARE(rules[index].toObject().value(u"id"_s).toString(), u"drift.pick"_s);

    const CliRun markdown = runCli(args + QStringList{u"markdown"_s});
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY2(markdown.out.contains(u"| high | 16 | orders-api: the model recommends"_s),
             qPrintable(markdown.out));
    QVERIFY2(markdown.out.contains(u"aws\\_lambda\\_function.api"_s), qPrintable(markdown.out));
}

void TestDrift::checkPutsDriftInItsGate()
{
    const QString model = kData + u"drift/orders-design.yaml"_s;
    const CliRun plain = runCli({u"check"_s, model});
    QVERIFY2(!plain.out.contains(u"[drift."_s), qPrintable(shown(plain)));
    const CliRun gated =
        runCli({u"check"_s, model, u"--drift"_s, kData + u"terraform/serverless-aws.tfstate"_s});
    QVERIFY2(gated.exitCode == 1, qPrintable(shown(gated)));
    QVERIFY2(gated.out.contains(u"orders-design.yaml:29:5: high: orders-worker: the model pins"_s),
             qPrintable(shown(gated)));
    const CliRun broken = runCli({u"check"_s, model, u"--drift"_s, kData + u"no-such-state.tfstate"_s});
    QCOMPARE(broken.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
