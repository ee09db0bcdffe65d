// groundwork-cli score and rules lint as a user and a CI job call them: exit codes, byte-identical JSON,
// a table that fits 100 columns, organisation packs, and lint with coverage.
#include "clirun.h"
#include "core/rules/factpath.h"
#include "core/rules/rulepackloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using gw::testsupport::CliRun;

CliRun cli(const QStringList& args)
{
    return gw::testsupport::runCli(args, {}, QStringLiteral(GROUNDWORK_SOURCE_DIR));
}

const QString kSpecExample = QStringLiteral("tests/data/spec-example.yaml");

} // namespace

class TestRulesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreJsonIsByteIdenticalAcrossRuns();
    void scoreTableFitsAHundredColumns();
    void scoreMarkdown();
    void scoreExitCodes();
    void scoreWithAnOrganisationPack();
    void lintReportsPositionsAndFails();
    void lintCoverageOfTheCatalog();
    void factsAreTheReferenceTheDocsCarry();
};

void TestRulesCli::scoreJsonIsByteIdenticalAcrossRuns()
{
    const CliRun first =
        cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(first.exitCode, 0);
    const CliRun second =
        cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(second.stdOut, first.stdOut);
    const QJsonObject doc = QJsonDocument::fromJson(first.stdOut).object();
    QCOMPARE(doc[QStringLiteral("model")].toString(), QStringLiteral("Acme Shop"));
    QVERIFY(doc[QStringLiteral("decisions")].isArray());
    QVERIFY(doc[QStringLiteral("findings")].isArray());
}

void TestRulesCli::scoreTableFitsAHundredColumns()
{
    const CliRun run = cli({QStringLiteral("score"), kSpecExample});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.stdOut);
    QVERIFY(text.contains(QStringLiteral("storefront-api / compute")));
    for (const QString& line : text.split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

void TestRulesCli::scoreMarkdown()
{
    const CliRun run =
        cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--format"), QStringLiteral("markdown")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.stdOut.startsWith("# Recommendations: Acme Shop"));
    // What each candidate would cost beside its score (null for decisions that cannot be priced).
    QVERIFY(run.stdOut.contains("| # | Candidate | Family | Score | Cost a month | Reasons |"));
}

void TestRulesCli::scoreExitCodes()
{
    QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("tests/data/invalid/enum-cloud.yaml")}).exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("score"), QStringLiteral("no/such/model.yaml")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--format"), QStringLiteral("html")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("score")}).exitCode, 2);
    // A broken organisation pack stops scoring: advice from half a pack would mislead.
    const CliRun broken = cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--rules"),
                               QStringLiteral("tests/data/rulepacks")});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.stdErr.contains("tests/data/rulepacks/rule-unknown-fact.yaml:8:12: error:"));
}

void TestRulesCli::scoreWithAnOrganisationPack()
{
    const CliRun run =
        cli({QStringLiteral("score"), kSpecExample, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--rules"), QStringLiteral("tests/data/rulepacks/org")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.stdOut.contains("\"candidate\": \"acme-platform\""));
    QVERIFY(!run.stdOut.contains("compute.small-team"));
}

void TestRulesCli::lintReportsPositionsAndFails()
{
    const CliRun bad =
        cli({QStringLiteral("rules"), QStringLiteral("lint"), QStringLiteral("tests/data/rulepacks")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.stdOut.contains(
        "tests/data/rulepacks/rule-contradiction.yaml:8:32: error: rule 'acme.contradiction': this "
        "condition can never hold"));
    const CliRun good =
        cli({QStringLiteral("rules"), QStringLiteral("lint"), QStringLiteral("tests/data/rulepacks/org")});
    QCOMPARE(good.exitCode, 0);
    QVERIFY(good.stdOut.contains("0 error(s), 0 warning(s)"));
    QCOMPARE(cli({QStringLiteral("rules")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("rules"), QStringLiteral("lint"), QStringLiteral("no/such/folder")}).exitCode, 2);
}

void TestRulesCli::lintCoverageOfTheCatalog()
{
    const CliRun run = cli({QStringLiteral("rules"), QStringLiteral("lint"), QStringLiteral("rules"),
                            QStringLiteral("--coverage"), QStringLiteral("--scenarios"),
                            QStringLiteral("tests/data/scenarios")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.stdOut.contains("0 rule(s) never apply, 0 never stay silent"));

    // A pack whose rule no scenario exercises is reported.
    QTemporaryDir dir;
    QFile pack(dir.filePath(QStringLiteral("acme.yaml")));
    QVERIFY(pack.open(QIODevice::WriteOnly));
    pack.write("groundwork-rules: 1\npack: acme\nrules:\n  - id: acme.gpu-heavy\n    kind: compute\n"
               "    when: {memory_mb: {gt: 2000000}}\n    effects: [{family: vm, cost: 1}]\n"
               "    rationale: Very large machines are cheaper reserved.\n    source: "
               "https://wiki.acme.example/finops\n");
    pack.close();
    const CliRun gap =
        cli({QStringLiteral("rules"), QStringLiteral("lint"), dir.path(), QStringLiteral("--coverage"),
             QStringLiteral("--scenarios"), QStringLiteral("tests/data/scenarios")});
    QCOMPARE(gap.exitCode, 1);
    QVERIFY(gap.stdOut.contains("coverage: rule 'acme.gpu-heavy' applies in none of the"));
}

// `rules facts` lists every fact a condition accepts, the model's fields among them; docs/rules.md
// carries the facts the model implies (its fields are documented once, in docs/model-format.md, so a
// new field needs no second page): the same rows, in the same order.
void TestRulesCli::factsAreTheReferenceTheDocsCarry()
{
    const CliRun run = cli({QStringLiteral("rules"), QStringLiteral("facts")});
    QCOMPARE(run.exitCode, 0);
    const QString facts = QString::fromUtf8(run.stdOut);
    QVERIFY(facts.contains(QStringLiteral("| `duration_ms` | number |")));
    QVERIFY(facts.contains(QStringLiteral("| `system.tenants` | number |")));
    QVERIFY(facts.contains(QStringLiteral("| `sync_chain_depth` | number |")));

    QFile file(QStringLiteral(GROUNDWORK_SOURCE_DIR "/docs/rules.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString docs = QString::fromUtf8(file.readAll());
    QStringList fields;
    for (const gw::FactInfo& f : gw::allFacts(gw::RulePackLoader::builtIn()->kinds())) {
        if (f.field >= 0)
            fields.append(QStringLiteral("| `%1` |").arg(f.name));
    }
    for (const gw::FactScope scope : {gw::FactScope::Model, gw::FactScope::Workload, gw::FactScope::DataStore,
                                      gw::FactScope::Channel, gw::FactScope::Candidate}) {
        QStringList implied;
        for (const QString& row : gw::factTable(scope).split(u'\n')) {
            if (!std::any_of(fields.begin(), fields.end(),
                             [&](const QString& f) { return row.startsWith(f); }))
                implied.append(row);
        }
        QVERIFY2(docs.contains(implied.join(u'\n')),
                 qPrintable(u"docs/rules.md lacks or differs in these rows:\n"_s + implied.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
