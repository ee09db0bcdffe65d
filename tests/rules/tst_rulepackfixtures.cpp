// Every fixture in tests/data/rulepacks/ is a rule pack with one kind of mistake an organisation makes;
// its header lists exactly the diagnostics (position and message) loading it must give. The fixture is
// loaded on top of the built-in packs, as `--rules DIR` would.
#include "core/rules/rulepackloader.h"
#include "core/rules/rulepackreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "fixtureexpectations.h"

using namespace gw;
using gw::testsupport::expectationForm;
using gw::testsupport::fixtureExpectations;

namespace {

const QString kFixtures = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rulepacks");

// The built-in packs, read from their YAML once: every fixture is loaded on top of the same packs, and
// reading them per fixture made the suite scale with the catalog (minutes under the sanitizers).
const QList<RulePack>& builtInPacks(Diagnostics& diagnostics)
{
    static Diagnostics builtInDiagnostics;
    static const QList<RulePack> packs = [] {
        QList<RulePack> read;
        for (const QString& file : RulePackLoader::builtInFiles())
            read.append(RulePackLoader::readFile(file, true, builtInDiagnostics));
        return read;
    }();
    diagnostics += builtInDiagnostics;
    return packs;
}

Diagnostics loadOnBuiltIns(const QString& path)
{
    Diagnostics diagnostics;
    QList<RulePack> packs = builtInPacks(diagnostics);
    packs.append(RulePackLoader::readFile(path, false, diagnostics));
    return RulePackLoader::merge(packs, diagnostics).diagnostics;
}

} // namespace

class TestRulePackFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thereAreFixturesForEveryKindOfMistake();
    void reportsExactlyTheExpectedProblems_data();
    void reportsExactlyTheExpectedProblems();
    void keepsGoingAfterTheFirstProblem();
};

void TestRulePackFixtures::thereAreFixturesForEveryKindOfMistake()
{
    const QStringList files = QDir(kFixtures).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY2(files.size() >= 40, qPrintable(QStringLiteral("only %1 fixtures").arg(files.size())));
}

void TestRulePackFixtures::reportsExactlyTheExpectedProblems_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(kFixtures).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << QDir(kFixtures).filePath(name);
}

void TestRulePackFixtures::reportsExactlyTheExpectedProblems()
{
    QFETCH(QString, path);
    const QStringList expected = fixtureExpectations(path);
    QStringList actual;
    for (const Diagnostic& d : loadOnBuiltIns(path)) {
        // The built-in packs themselves must load cleanly: any problem is this fixture's.
        QCOMPARE(d.location.file, path);
        actual.append(expectationForm(d).replace(path, QStringLiteral("{file}")));
    }
    // For writing a new fixture: GW_SHOW_ACTUAL=1 prints what the loader says, to review and paste.
    if (qEnvironmentVariableIsSet("GW_SHOW_ACTUAL"))
        qInfo().noquote() << QString(QStringLiteral("# expect: ") +
                                     actual.join(QStringLiteral("\n# expect: ")));
    QVERIFY2(!expected.isEmpty(), "the fixture has no '# expect:' line");
    // {builtin} stands for a position in a built-in pack, which moves whenever the catalog is edited.
    bool same = actual.size() == expected.size();
    for (qsizetype i = 0; same && i < actual.size(); ++i) {
        const QString pattern = QRegularExpression::escape(expected[i])
                                    .replace(QStringLiteral("\\{builtin\\}"),
                                             QStringLiteral(":/groundwork/rules/[a-z-]+\\.yaml:\\d+:\\d+"));
        same = QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(actual[i]).hasMatch();
    }
    if (!same)
        QCOMPARE(actual, expected);
}

void TestRulePackFixtures::keepsGoingAfterTheFirstProblem()
{
    // One pack, several independent mistakes: every one is reported, in file order.
    const QByteArray pack = "groundwork-rules: 1\n"
                            "pack: acme\n"
                            "rules:\n"
                            "  - id: acme.one\n"
                            "    kind: compute\n"
                            "    when: {traffic.patern: bursty}\n"
                            "    effects: [{family: serverless, cost: 1}]\n"
                            "    rationale: x\n"
                            "    source: https://acme.example\n"
                            "  - id: acme.two\n"
                            "    kind: computer\n"
                            "    when: {gpu: true}\n"
                            "    effects: [{family: serverless, cost: 1}]\n"
                            "    rationale: x\n"
                            "    source: nowhere\n";
    Diagnostics diagnostics;
    RulePackReader::read(pack, QStringLiteral("acme.yaml"), diagnostics);
    QStringList got;
    for (const Diagnostic& d : diagnostics)
        got.append(expectationForm(d));
    QCOMPARE(
        got,
        (QStringList{
            QStringLiteral("6:12: error: rule 'acme.one': unknown fact 'traffic.patern' for a workload rule "
                           "(did you mean 'traffic.pattern'?)"),
            QStringLiteral("11:11: error: rule 'acme.two': kind: 'computer' is not one of compute, language, "
                           "web-framework, "
                           "api-style, end-user-identity, database, workflow-orchestration, read-scaling, "
                           "write-scaling, messaging, architecture-style, tenancy, account-strategy, "
                           "region-strategy, deployment-strategy, "
                           "delivery-pipeline, service-auth, secrets-management, network-segmentation, edge, "
                           "observability, infrastructure-as-code (did you mean 'compute'?)"),
            QStringLiteral("15:13: error: rule 'acme.two': source: 'nowhere' is neither an http(s) URL nor "
                           "\"brief: <section heading>\""),
        }));
}

QTEST_GUILESS_MAIN(TestRulePackFixtures)
#include "tst_rulepackfixtures.moc"
