// groundwork-cli with project files: convert both ways losslessly, and every MODEL argument accepts a
// project or one of its snapshots.
#include "clirun.h"
#include "core/diff/advicesummary.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"
#include "core/store/projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

using gw::testsupport::CliRun;
using gw::testsupport::runCli;

const QString kExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml");

} // namespace

class TestStoreCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertRoundTripsLosslessly();
    void convertRefusesToOverwriteOrToConvertErrors();
    void commandsReadProjectsAndSnapshots();
    void badProjectsAreIoErrors();
    void snapshotCommandTakesAndLists();

private:
    QTemporaryDir m_dir;
};

void TestStoreCli::convertRoundTripsLosslessly()
{
    const QString project = m_dir.filePath(QStringLiteral("m.groundwork"));
    const QString back = m_dir.filePath(QStringLiteral("back.yaml"));
    CliRun r = runCli({QStringLiteral("convert"), kExample, project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("convert"), project, back});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const LoadResult original = ModelFile::load(kExample);
    const LoadResult roundTripped = ModelFile::load(back);
    QVERIFY(!roundTripped.hasErrors());
    QVERIFY(original.model == roundTripped.model);
    ProjectFile file;
    QVERIFY(file.open(project));
    QVERIFY(file.model() == original.model);
}

void TestStoreCli::convertRefusesToOverwriteOrToConvertErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("exists.groundwork"));
    QVERIFY(runCli({QStringLiteral("convert"), kExample, out}).exitCode == 0);
    const CliRun again = runCli({QStringLiteral("convert"), kExample, out});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(runCli({QStringLiteral("convert"), QStringLiteral("--force"), kExample, out}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("convert"), kExample, m_dir.filePath(QStringLiteral("x.txt"))}).exitCode,
             2);

    const QString broken = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("groundwork: 1\nsystem: {name: S, cloud: azur}\n");
    f.close();
    const QString target = m_dir.filePath(QStringLiteral("broken.groundwork"));
    const CliRun bad = runCli({QStringLiteral("convert"), broken, target});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("azur")));
    QVERIFY(!QFile::exists(target));
}

void TestStoreCli::commandsReadProjectsAndSnapshots()
{
    const QString project = m_dir.filePath(QStringLiteral("snap.groundwork"));
    const LoadResult original = ModelFile::load(kExample);
    Model changed = original.model;
    changed.priorities[Quality::Cost] = 5;
    {
        ProjectFile file;
        QVERIFY(file.create(project));
        QVERIFY(file.save(changed));
        QVERIFY(file.takeSnapshot(QStringLiteral("first cut"), {}, original.model,
                                  AdviceSummary::from(ScoringEngine().score(original.model))));
    }
    QCOMPARE(runCli({QStringLiteral("validate"), project}).exitCode, 0);
    const CliRun fromYaml =
        runCli({QStringLiteral("score"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
    const CliRun fromSnapshot = runCli({QStringLiteral("score"), project + QStringLiteral("@first cut"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(fromSnapshot.exitCode, 0);
    QCOMPARE(fromSnapshot.out, fromYaml.out);
    const CliRun current =
        runCli({QStringLiteral("score"), project, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(current.exitCode, 0);
    QVERIFY(current.out != fromYaml.out);
    const CliRun missing = runCli({QStringLiteral("score"), project + QStringLiteral("@nope")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("no snapshot named 'nope'")), qPrintable(missing.err));
}

void TestStoreCli::badProjectsAreIoErrors()
{
    const QString renamed = m_dir.filePath(QStringLiteral("renamed.groundwork"));
    QVERIFY(QFile::copy(kExample, renamed));
    const CliRun r = runCli({QStringLiteral("validate"), renamed});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("not a Groundwork project")), qPrintable(r.out));
    QCOMPARE(runCli({QStringLiteral("score"), m_dir.filePath(QStringLiteral("none.groundwork"))}).exitCode,
             2);
}

void TestStoreCli::snapshotCommandTakesAndLists()
{
    const QString project = m_dir.filePath(QStringLiteral("cli-snap.groundwork"));
    QCOMPARE(runCli({QStringLiteral("convert"), kExample, project}).exitCode, 0);
    CliRun r = runCli({QStringLiteral("snapshot"), project, QStringLiteral("release 1"),
                       QStringLiteral("--note"), QStringLiteral("shipped")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("snapshot"), project, QStringLiteral("release 1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("already")));
    r = runCli({QStringLiteral("snapshot"), project});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("release 1")));
    QVERIFY(r.out.contains(QStringLiteral("shipped")));
    QCOMPARE(runCli({QStringLiteral("diff"), project + QStringLiteral("@release 1"), project}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("snapshot"), kExample, QStringLiteral("x")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
