// groundwork-cli as CI scripts use it: exit codes, output formats, help and version.
#include "clirun.h"
#include "core/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using gw::testsupport::CliRun;
using gw::testsupport::runCli;

const QString kSpecExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml");
const QByteArray kBroken = "groundwork: 1\nsystem: {name: S, cloud: azur}\nteam: {size: 0}\n"
                           "data: [{id: d, shape: blob}]\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void helpPerSubcommand();
    void validModelExitsZero();
    void invalidModelExitsOneWithCompilerStyleLines();
    void missingFileIsAnIoError();
    void usageErrorsExitTwo();
    void jsonOutputIsMachineReadable();
    void readsStandardInput();
    void strictTurnsWarningsIntoFailure();
    void everyScoringCommandOffersRulesAlike();
};

// One skeleton declares --rules for every command that scores or lists rules: same name, same help.
void TestCli::everyScoringCommandOffersRulesAlike()
{
    const QString rules =
        QStringLiteral("--rules <DIR> Add the rule packs of DIR to the built-in ones (repeatable).");
    for (const char* command :
         {"score", "check", "report", "adr", "render", "export", "diff", "snapshot", "lens", "cost"}) {
        const CliRun help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        // simplified(): the parser wraps long lines to the terminal's width.
        QVERIFY2(help.out.count(QStringLiteral("--rules <DIR>")) == 1 &&
                     help.out.simplified().contains(rules),
                 qPrintable(help.out));
    }
}

void TestCli::versionAndHelp()
{
    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("groundwork-cli " GROUNDWORK_VERSION));
    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("validate")));
    const CliRun nothing = runCli({});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.err.contains(QStringLiteral("Usage: groundwork-cli COMMAND")));
}

void TestCli::helpPerSubcommand()
{
    const CliRun help = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: groundwork-cli validate [options] MODEL...")),
             qPrintable(help.out));
    QVERIFY(help.out.contains(QStringLiteral("--format")));
    const CliRun viaHelp = runCli({QStringLiteral("help"), QStringLiteral("validate")});
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, help.out);
}

void TestCli::validModelExitsZero()
{
    const CliRun r = runCli({QStringLiteral("validate"), kSpecExample});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), kSpecExample + QStringLiteral(": valid"));
}

void TestCli::invalidModelExitsOneWithCompilerStyleLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kBroken);
    file.close();
    const CliRun r = runCli({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0],
             path + QStringLiteral(":2:26: error: system.cloud: 'azur' is not one of aws, gcp, azure, "
                                   "any (did you mean 'azure'?)"));
    QCOMPARE(lines[1],
             path + QStringLiteral(":3:14: error: team.size: must be between 1 and 1000000, got 0"));
    QCOMPARE(lines[2], path + QStringLiteral(": 2 error(s), 0 warning(s)"));
}

void TestCli::missingFileIsAnIoError()
{
    const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("/nonexistent/model.yaml")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.contains(QStringLiteral("/nonexistent/model.yaml: error: no such file")));
}

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("--no-such-option"), kSpecExample}).exitCode,
             2);
    QCOMPARE(
        runCli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), kSpecExample})
            .exitCode,
        2);
}

void TestCli::jsonOutputIsMachineReadable()
{
    const CliRun r = runCli(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")},
        kBroken);
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
    const QJsonObject first = o.value(QStringLiteral("diagnostics")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(first.value(QStringLiteral("column")).toInt(), 26);
    QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("system.cloud"));
}

void TestCli::readsStandardInput()
{
    const CliRun r = runCli({QStringLiteral("validate"), QStringLiteral("-")}, kBroken);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith(QStringLiteral("<stdin>:2:26: error:")));
}

void TestCli::strictTurnsWarningsIntoFailure()
{
    const QByteArray warnsOnly = "groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                 "workloads: [{id: lonely, kind: api}]\n";
    QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("-")}, warnsOnly).exitCode, 0);
    const CliRun strict =
        runCli({QStringLiteral("validate"), QStringLiteral("--strict"), QStringLiteral("-")}, warnsOnly);
    QCOMPARE(strict.exitCode, 1);
    QVERIFY(strict.out.contains(
        QStringLiteral("warning: workloads[0].id: 'lonely' is internal and nothing uses it")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
