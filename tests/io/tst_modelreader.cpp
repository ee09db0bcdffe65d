// The reader turns every field of the format into the model, applies the format's defaults,
// and keeps positions for the problems it reports.
#include "core/io/modelfile.h"
#include "core/io/modelreader.h"

#include <QTest>

using namespace gw;

class TestModelReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFieldOfTheSpecExample();
    void appliesDefaults();
    void acceptsShortUsesForm();
    void reportsEveryProblemNotJustTheFirst();
    void positionsPointAtTheValue();
    void suggestsCloseKeys();
    void readsOwnershipWithTheSystemAsDefault();
    void refusesNewerFormatVersion();
    void stringsThatLookLikeNumbersAreText();
    void wholeNumbersAcceptTaggedAndDecimalFormsAndRefuseOverflow();
    void emptySectionsStillNeedTheirRequiredKeys();
};

static LoadResult loadSpecExample()
{
    return ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml"));
}

void TestModelReader::readsEveryFieldOfTheSpecExample()
{
    const LoadResult r = loadSpecExample();
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).toString()));
    const Model& m = r.model;
    QCOMPARE(m.system.name, QStringLiteral("Acme Shop"));
    QCOMPARE(m.system.description, QStringLiteral("Online store"));
    QCOMPARE(m.system.stage, Stage::Early);
    QCOMPARE(m.system.cloud, Cloud::Aws);
    QCOMPARE(m.system.regions, QStringList{QStringLiteral("eu-west-1")});
    QCOMPARE(m.system.availabilityTarget, 99.9);
    QCOMPARE(m.system.rtoMinutes, 60);
    QCOMPARE(m.system.rpoMinutes, 15);
    QCOMPARE(m.priorities[Quality::Reliability], 4);
    QCOMPARE(m.priorities[Quality::TimeToMarket], 5);
    QCOMPARE(m.team.size, 8);
    QCOMPARE(m.team.opsMaturity, OpsMaturity::Low);
    QCOMPARE(m.team.skills.size(), 3);
    QCOMPARE(m.team.skillIn(QStringLiteral("typescript")), 4);
    QCOMPARE(m.team.skillIn(QStringLiteral("go")), 1);
    QCOMPARE(m.team.skillIn(QStringLiteral("rust")), 0);
    QCOMPARE(m.team.hiring.size(), 2);
    QCOMPARE(m.team.compliance, QList<Compliance>{Compliance::Gdpr});
    QCOMPARE(m.team.budgetUsdMonth, 5000.0);
    QCOMPARE(m.team.releaseCadence, ReleaseCadence::Daily);
    QCOMPARE(m.environments.size(), 2);
    QCOMPARE(m.environments[1].account, QStringLiteral("acme-nonprod"));
    QCOMPARE(m.environments[1].region, QString());

    const Workload& w = m.workloads[0];
    QCOMPARE(w.id, QStringLiteral("storefront-api"));
    QCOMPARE(w.displayName(), QStringLiteral("Storefront API"));
    QCOMPARE(w.kind, WorkloadKind::Api);
    QCOMPARE(w.exposure, Exposure::Public);
    QCOMPARE(w.clients, (QList<ClientKind>{ClientKind::Browser, ClientKind::Mobile}));
    QCOMPARE(w.traffic.pattern, TrafficPattern::Bursty);
    QCOMPARE(w.traffic.peakRps, 500.0);
    QCOMPARE(w.traffic.averageRps, 40.0);
    QCOMPARE(w.latencyP99Ms, 300.0);
    QCOMPARE(w.maxDurationS, 30.0);
    QCOMPARE(w.cpu, Level::Low);
    QCOMPARE(w.criticality, Criticality::High);
    QCOMPARE(w.handles, QList<HandledData>{HandledData::Pii});
    QCOMPARE(w.uses.size(), 2);
    QCOMPARE(w.uses[1].mode, UseMode::Publish);
    QCOMPARE(w.uses[1].access, Access::Write);

    const DataStore& d = m.data[0];
    QCOMPARE(d.shape, DataShape::Relational);
    QCOMPARE(d.queries, (QList<QueryKind>{QueryKind::PointLookup, QueryKind::Joins}));
    QCOMPARE(d.transactions, Transactions::MultiRecord);
    QCOMPARE(d.readWriteRatio, 5.0);
    QCOMPARE(d.itemSizeKb, 4.0);
    QCOMPARE(d.residency, QStringLiteral("eu"));
    QCOMPARE(d.sensitivity, Sensitivity::Payment);
    QCOMPARE(d.retentionDays, 3650);

    const Channel& c = m.channels[0];
    QCOMPARE(c.kind, ChannelKind::Topic);
    QCOMPARE(c.ordering, Ordering::PerKey);
    QCOMPARE(c.peakMsgsS, 300.0);
    QCOMPARE(c.retentionHours, 24.0);

    const Decision& dec = m.decisions[0];
    QCOMPARE(dec.subjectElement(), QStringLiteral("storefront-api"));
    QCOMPARE(dec.subjectKind(), DecisionKind::Language);
    QCOMPARE(dec.choice, QStringLiteral("typescript"));
}

void TestModelReader::appliesDefaults()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                             "data: [{id: d, shape: blob}]\n",
                                             QStringLiteral("defaults.yaml"));
    QVERIFY(!r.hasErrors());
    QCOMPARE(r.model.system.stage, Stage::Growth);
    QCOMPARE(r.model.system.cloud, Cloud::Any);
    QCOMPARE(r.model.system.availabilityTarget, 99.9);
    QCOMPARE(r.model.priorities[Quality::Cost], 3);
    QCOMPARE(r.model.team.teams, 1);
    QCOMPARE(r.model.team.opsMaturity, OpsMaturity::Medium);
    QCOMPARE(r.model.team.releaseCadence, ReleaseCadence::Weekly);
    QCOMPARE(r.model.environments.size(), 1);
    QCOMPARE(r.model.environments[0].name, QStringLiteral("production"));
    QCOMPARE(r.model.data[0].consistency, Consistency::Strong);
    QCOMPARE(r.model.data[0].transactions, Transactions::SingleRecord);
    QCOMPARE(r.model.data[0].readWriteRatio, 1.0);
    QCOMPARE(r.model.data[0].sensitivity, Sensitivity::Internal);
    const Workload w;
    QCOMPARE(w.clients, QList<ClientKind>{ClientKind::Service});
    QCOMPARE(w.memoryMb, 512);
}

void TestModelReader::acceptsShortUsesForm()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                             "workloads:\n  - id: a\n    kind: api\n    exposure: public\n"
                                             "    uses: [store]\ndata: [{id: store, shape: key-value}]\n",
                                             QStringLiteral("short.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).toString()));
    QCOMPARE(r.model.workloads[0].uses.size(), 1);
    QCOMPARE(r.model.workloads[0].uses[0].to, QStringLiteral("store"));
    QCOMPARE(r.model.workloads[0].uses[0].mode, UseMode::Sync);
}

void TestModelReader::reportsEveryProblemNotJustTheFirst()
{
    const LoadResult r =
        ModelFile::loadText("groundwork: 1\nsystem: {name: S, stage: late}\nteam: {size: 0}\n"
                            "workloads:\n  - id: A\n    kind: robot\n    uses: [nowhere]\n",
                            QStringLiteral("many.yaml"));
    QCOMPARE(countOf(r.diagnostics, Severity::Error), 5);
}

void TestModelReader::positionsPointAtTheValue()
{
    const LoadResult r =
        ModelFile::loadText("groundwork: 1\nsystem:\n  name: S\n  cloud: azur\nteam: {size: 2}\n"
                            "data: [{id: d, shape: blob}]\n",
                            QStringLiteral("pos.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic& d = r.diagnostics[0];
    QCOMPARE(d.location.file, QStringLiteral("pos.yaml"));
    QCOMPARE(d.location.line, 4);
    QCOMPARE(d.location.column, 10);
    QCOMPARE(d.element.section, ElementRef::Section::System);
    QCOMPARE(d.toString(),
             QStringLiteral("pos.yaml:4:10: error: system.cloud: 'azur' is not one of aws, gcp, "
                            "azure, any (did you mean 'azure'?)"));
}

void TestModelReader::suggestsCloseKeys()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                             "workloads:\n  - id: a\n    kind: api\n    exposure: public\n"
                                             "    latency_p99: 200\n",
                                             QStringLiteral("typo.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(r.diagnostics[0].message.contains(QStringLiteral("did you mean 'latency_p99_ms'?")),
             qPrintable(r.diagnostics[0].message));
    QCOMPARE(r.diagnostics[0].element, (ElementRef{ElementRef::Section::Workload, 0}));
}

void TestModelReader::readsOwnershipWithTheSystemAsDefault()
{
    const LoadResult r =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/valid/ownership.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).toString()));
    const Model& m = r.model;
    const Ownership system{QStringLiteral("payments-team"), QStringLiteral("CC-1042")};
    QCOMPARE(m.system.ownership, system);
    QVERIFY(m.workloads[0].ownership.isEmpty());
    QCOMPARE(m.workloads[0].ownership.orElse(system), system);
    QCOMPARE(m.workloads[1].ownership.orElse(system),
             (Ownership{QStringLiteral("finance-platform"), QStringLiteral("CC-1042")}));
    // A cost centre that looks like a number stays text, leading zeros and all.
    QCOMPARE(m.data[0].ownership, (Ownership{QStringLiteral("finance-platform"), QStringLiteral("0042")}));
    QCOMPARE(m.channels[0].ownership.orElse(system),
             (Ownership{QStringLiteral("payments-team"), QStringLiteral("CC-7 (shared)")}));

    // The American spelling is the likeliest slip.
    const LoadResult typo = ModelFile::loadText("groundwork: 1\nsystem: {name: S, cost_center: CC-1}\n"
                                                "team: {size: 2}\ndata: [{id: d, shape: blob}]\n",
                                                QStringLiteral("typo.yaml"));
    QCOMPARE(typo.diagnostics.size(), 1);
    QVERIFY2(typo.diagnostics[0].message.contains(QStringLiteral("did you mean 'cost_centre'?")),
             qPrintable(typo.diagnostics[0].message));
    QCOMPARE(typo.diagnostics[0].location.line, 2);
}

void TestModelReader::refusesNewerFormatVersion()
{
    const LoadResult r = ModelFile::loadText("groundwork: 2\nsystem: {name: S}\nfuture_section: {}\n",
                                             QStringLiteral("v2.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("newer than this Groundwork reads")));
    QCOMPARE(r.diagnostics[0].location.line, 1);
}

void TestModelReader::stringsThatLookLikeNumbersAreText()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem: {name: 2024}\nteam: {size: 2}\n"
                                             "environments: [{name: production, account: 123456789012}]\n"
                                             "data: [{id: d, shape: blob}]\n",
                                             QStringLiteral("numbers.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).toString()));
    QCOMPARE(r.model.system.name, QStringLiteral("2024"));
    QCOMPARE(r.model.environments[0].account, QStringLiteral("123456789012"));
}

void TestModelReader::wholeNumbersAcceptTaggedAndDecimalFormsAndRefuseOverflow()
{
    const LoadResult ok = ModelFile::loadText("groundwork: 1\nsystem: {name: S}\n"
                                              "team: {size: !!int 4, teams: 2.0, skills: {go: 3.0}}\n"
                                              "data: [{id: d, shape: blob, peak_ops: !!float 5}]\n",
                                              QStringLiteral("tagged.yaml"));
    QVERIFY2(!ok.hasErrors(), qPrintable(ok.diagnostics.value(0).toString()));
    QCOMPARE(ok.model.team.size, 4);
    QCOMPARE(ok.model.team.teams, 2);
    QCOMPARE(ok.model.team.skillIn(QStringLiteral("go")), 3);
    QCOMPARE(ok.model.data[0].peakOps, 5.0);

    const LoadResult bad = ModelFile::loadText("groundwork: 1\nsystem: {name: S}\n"
                                               "team: {size: 2, skills: {go: 99999999999}}\n"
                                               "data: [{id: d, shape: blob, size_gb: !!str 5}]\n",
                                               QStringLiteral("bad.yaml"));
    QCOMPARE(bad.diagnostics.size(), 2);
    QCOMPARE(bad.diagnostics[0].message,
             QStringLiteral("team.skills.go: the number '99999999999' is out of range"));
    QCOMPARE(bad.diagnostics[1].message, QStringLiteral("data[0].size_gb: expected a number, got '5'"));
}

void TestModelReader::emptySectionsStillNeedTheirRequiredKeys()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem:\nteam:\nworkloads:\n  -\n"
                                             "data: [{id: a, shape: blob}]\n",
                                             QStringLiteral("empty-sections.yaml"));
    QStringList messages;
    for (const Diagnostic& d : r.diagnostics)
        messages.append(d.message);
    QVERIFY2(messages.contains(QStringLiteral("system: missing required key 'name'")),
             qPrintable(messages.join(u'\n')));
    QVERIFY(messages.contains(QStringLiteral("team: missing required key 'size' (the number of engineers)")));
    QVERIFY(messages.contains(QStringLiteral("workloads[0]: missing required key 'id'")));
}

QTEST_GUILESS_MAIN(TestModelReader)
#include "tst_modelreader.moc"
