// groundwork-cli check as a CI job uses it: exit codes per --fail-on level, findings placed at their
// element's line, JUnit XML that parses, SARIF that validates against the official 2.1.0 schema.
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace gw;
using Run = gw::testsupport::CliRun;

namespace {

// From the source folder, as a CI job runs it: examples/... paths resolve and show as given.
Run cli(const QStringList& args)
{
    return gw::testsupport::runCli(args, {}, QStringLiteral(GROUNDWORK_SOURCE_DIR));
}

QString example(const QString& name)
{
    return QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + QStringLiteral(".yaml");
}

const QString kSarifSchema =
    QStringLiteral(GROUNDWORK_SOURCE_DIR
                   "/tests/tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");

QStringList fileLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n');
}

// The line an element's finding must point at: its "- id: x" item, or the first line of the system
// section (the "system:" key's value, on the line below it in block style).
bool lineNamesSubject(const QStringList& lines, int line, const QString& subject)
{
    if (line < 1 || line > lines.size())
        return false;
    const QString text = lines[line - 1];
    if (subject == QStringLiteral("system"))
        return text.startsWith(QStringLiteral("system:")) ||
               (line >= 2 && lines[line - 2].startsWith(QStringLiteral("system:")));
    return text.contains(QStringLiteral("id: ") + subject);
}

int countAtOrAbove(const Recommendations& r, FindingSeverity level)
{
    int n = 0;
    for (const Finding& f : r.findings)
        n += int(f.severity) <= int(level) ? 1 : 0;
    return n;
}

// The advice as every command gives it: scored, then priced (the cost findings gate too).
Recommendations scoreOf(const QString& path)
{
    const LoadResult load = ModelFile::load(path);
    const Recommendations r = PricedScoring::score(load.model);
    return r;
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesFollowTheLevel_data();
    void exitCodesFollowTheLevel();
    void usageAndIoErrorsExitTwo();
    void invalidModelExitsOneWithValidatorMessages();
    void textPointsAtTheElementsLine();
    void junitParsesWithAFailurePerGatedFinding();
    void sarifValidatesAgainstTheSchema();
    void outputFileGetsTheReportAndStdoutTheSummary();
};

void TestCheckCommand::exitCodesFollowTheLevel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("level");
    for (const char* model : {"early-saas", "fintech", "marketplace"}) {
        for (const char* level : {"high", "medium", "low"}) {
            QTest::addRow("%s-%s", model, level) << QString::fromLatin1(model) << QString::fromLatin1(level);
        }
    }
}

void TestCheckCommand::exitCodesFollowTheLevel()
{
    QFETCH(QString, model);
    QFETCH(QString, level);
    const Recommendations r = scoreOf(example(model));
    const int gated = countAtOrAbove(r, *enumFromString<FindingSeverity>(level));
    const Run run = cli({QStringLiteral("check"), example(model), QStringLiteral("--fail-on"), level});
    QCOMPARE(run.exitCode, gated > 0 ? 1 : 0);
    QVERIFY2(run.out.contains(QStringLiteral("(%1 at or above %2;").arg(gated).arg(level)),
             qPrintable(run.out));
}

void TestCheckCommand::usageAndIoErrorsExitTwo()
{
    const QString m = example(QStringLiteral("marketplace"));
    QCOMPARE(
        cli({QStringLiteral("check"), m, QStringLiteral("--fail-on"), QStringLiteral("critical")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("check"), m, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("/nonexistent/model.yaml")}).exitCode, 2);
    QTemporaryDir dir;
    const Run unwritable = cli({QStringLiteral("check"), m, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("no/such/dir/out.sarif")),
                                QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(unwritable.err.contains(QStringLiteral("cannot write")));
    const Run help = cli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--fail-on")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
}

void TestCheckCommand::invalidModelExitsOneWithValidatorMessages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("groundwork: 1\nsystem: {name: S, cloud: azur}\nteam: {size: 3}\n");
    file.close();
    const Run r = cli({QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path + QStringLiteral(":2:26: error: system.cloud")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCheckCommand::textPointsAtTheElementsLine()
{
    const QString m = example(QStringLiteral("marketplace"));
    const Recommendations r = scoreOf(m);
    QVERIFY2(!r.findings.isEmpty(), "the marketplace example is expected to raise findings");
    const Run run = cli({QStringLiteral("check"), m, QStringLiteral("--fail-on"), QStringLiteral("low")});
    const QStringList lines = fileLines(m);
    int located = 0;
    for (const Finding& f : r.findings) {
        const QString tail = QStringLiteral(": %1: %2 [%3]").arg(enumName(f.severity), f.message, f.rule);
        const qsizetype at = run.out.indexOf(tail);
        QVERIFY2(at > 0, qPrintable(tail));
        const qsizetype start = run.out.lastIndexOf(u'\n', at) + 1;
        const QStringList where = run.out.mid(start, at - start).split(u':');
        QCOMPARE(where.size(), 3);
        QCOMPARE(where[0], m);
        QVERIFY2(lineNamesSubject(lines, where[1].toInt(), f.subject),
                 qPrintable(QStringLiteral("line %1 for %2").arg(where[1], f.subject)));
        ++located;
    }
    QCOMPARE(located, r.findings.size());
}

void TestCheckCommand::junitParsesWithAFailurePerGatedFinding()
{
    const QString m = example(QStringLiteral("marketplace"));
    const Recommendations r = scoreOf(m);
    const QStringList lines = fileLines(m);
    const Run run = cli({QStringLiteral("check"), m, QStringLiteral("--fail-on"), QStringLiteral("medium"),
                         QStringLiteral("--format"), QStringLiteral("junit")});
    QCOMPARE(run.exitCode, countAtOrAbove(r, FindingSeverity::Medium) > 0 ? 1 : 0);
    QXmlStreamReader xml(run.out);
    int suites = 0, cases = 0, failures = 0, skipped = 0;
    QString subject;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuite") {
            ++suites;
        } else if (xml.name() == u"testcase") {
            ++cases;
            QCOMPARE(xml.attributes().value(QStringLiteral("file")).toString(), m);
            subject = xml.attributes().value(QStringLiteral("name")).toString().section(u' ', 0, 0);
            QVERIFY(lineNamesSubject(lines, xml.attributes().value(QStringLiteral("line")).toInt(), subject));
        } else if (xml.name() == u"failure") {
            ++failures;
            QVERIFY(!xml.attributes().value(QStringLiteral("message")).isEmpty());
        } else if (xml.name() == u"skipped") {
            ++skipped;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 3);
    QCOMPARE(cases, r.findings.size());
    QCOMPARE(failures, countAtOrAbove(r, FindingSeverity::Medium));
    QCOMPARE(skipped, r.findings.size() - failures);
}

void TestCheckCommand::sarifValidatesAgainstTheSchema()
{
    QVERIFY2(QFile::exists(kSarifSchema), "the SARIF schema is missing: run scripts/install-test-tools");
    QTemporaryDir dir;
    for (const char* name : {"early-saas", "fintech", "marketplace"}) {
        const QString m = example(QString::fromLatin1(name));
        const QString out = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sarif"));
        const Run run = cli({QStringLiteral("check"), m, QStringLiteral("--format"), QStringLiteral("sarif"),
                             QStringLiteral("-o"), out, QStringLiteral("--fail-on"), QStringLiteral("low")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));

        QProcess python;
        python.start(QStringLiteral(GROUNDWORK_PYTHON),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json, sys, jsonschema\n"
                                     "schema = json.load(open(sys.argv[1]))\n"
                                     "log = json.load(open(sys.argv[2]))\n"
                                     "cls = jsonschema.validators.validator_for(schema)\n"
                                     "errors = list(cls(schema).iter_errors(log))\n"
                                     "for e in errors: print(list(e.path), e.message)\n"
                                     "sys.exit(1 if errors else 0)\n"),
                      kSarifSchema, out});
        QVERIFY(python.waitForFinished(60'000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardOutput().constData());

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject runObject =
            QJsonDocument::fromJson(file.readAll()).object()[u"runs"].toArray().first().toObject();
        const QJsonArray rules = runObject[u"tool"][u"driver"][u"rules"].toArray();
        const QJsonArray results = runObject[u"results"].toArray();
        const Recommendations r = scoreOf(m);
        QCOMPARE(results.size(), r.findings.size());
        const QStringList lines = fileLines(m);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results[i].toObject();
            QCOMPARE(result[u"ruleId"].toString(), r.findings[i].rule);
            QCOMPARE(rules[result[u"ruleIndex"].toInt()][u"id"].toString(), r.findings[i].rule);
            const QJsonObject physical = result[u"locations"][0][u"physicalLocation"].toObject();
            QCOMPARE(physical[u"artifactLocation"][u"uri"].toString(), QUrl::fromLocalFile(m).toString());
            QVERIFY(
                lineNamesSubject(lines, physical[u"region"][u"startLine"].toInt(), r.findings[i].subject));
        }
    }
}

void TestCheckCommand::outputFileGetsTheReportAndStdoutTheSummary()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("check.xml"));
    const Run run = cli({QStringLiteral("check"), example(QStringLiteral("fintech")),
                         QStringLiteral("--format"), QStringLiteral("junit"), QStringLiteral("-o"), out});
    QVERIFY(QFile::exists(out));
    QVERIFY(run.out.contains(QStringLiteral("at or above high")));
    QVERIFY(!run.out.contains(QStringLiteral("<testsuite")));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
