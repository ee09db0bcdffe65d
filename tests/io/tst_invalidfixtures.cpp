// Every fixture in tests/data/invalid/ is a model with one mistake a user makes; its header (or a
// sidecar <name>.expect for binary cases) lists exactly the diagnostics the loader must report.
#include "core/io/modelfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "fixtureexpectations.h"

using namespace gw;
using gw::testsupport::expectationForm;
using gw::testsupport::fixtureExpectations;

namespace {

const QString kFixtures = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/invalid");

} // namespace

class TestInvalidFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thereAreEnoughFixtures();
    void reportsExactlyTheExpectedProblems_data();
    void reportsExactlyTheExpectedProblems();
};

void TestInvalidFixtures::thereAreEnoughFixtures()
{
    const QStringList files = QDir(kFixtures).entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY2(files.size() >= 40, qPrintable(QStringLiteral("only %1 fixtures").arg(files.size())));
}

void TestInvalidFixtures::reportsExactlyTheExpectedProblems_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(kFixtures).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << QDir(kFixtures).filePath(name);
}

void TestInvalidFixtures::reportsExactlyTheExpectedProblems()
{
    QFETCH(QString, path);
    const QStringList expected = fixtureExpectations(path);
    QVERIFY2(!expected.isEmpty(), "the fixture has no '# expect:' line");

    const LoadResult result = ModelFile::load(path);
    QVERIFY2(result.hasErrors(), "an invalid fixture loaded without errors");
    QStringList errors;
    QStringList warnings;
    for (const Diagnostic& d : result.diagnostics) {
        QCOMPARE(d.location.file, path);
        (d.severity == Severity::Error ? errors : warnings).append(expectationForm(d));
    }
    QStringList expectedErrors;
    for (const QString& e : expected) {
        if (e.contains(QStringLiteral(": error: ")))
            expectedErrors.append(e);
        else
            QVERIFY2(warnings.contains(e), qPrintable(QStringLiteral("missing warning: ") + e));
    }
    QCOMPARE(errors, expectedErrors);
}

QTEST_GUILESS_MAIN(TestInvalidFixtures)
#include "tst_invalidfixtures.moc"
