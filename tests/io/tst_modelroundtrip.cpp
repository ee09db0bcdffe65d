// Saving a model and loading it back gives the same model, and saving is stable, for every example
// and valid fixture: the YAML file is the interchange format that lives in git.
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class TestModelRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadOfSaveIsIdentity_data();
    void loadOfSaveIsIdentity();
    void leavesDefaultsOut();
    void keepsTheFormatsFieldOrderAndTheUsersElementOrder();
    void quotesTextThatWouldReadBackAsSomethingElse();
    void saveIsAtomicAndReadable();
};

void TestModelRoundTrip::loadOfSaveIsIdentity_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(GROUNDWORK_SOURCE_DIR);
    int count = 0;
    for (const QString& folder : {QStringLiteral("/examples"), QStringLiteral("/tests/data/valid")}) {
        const QDir dir(root + folder);
        for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder.mid(1) + u'/' + name)) << dir.filePath(name);
            ++count;
        }
    }
    QTest::newRow("spec-example") << root + QStringLiteral("/tests/data/spec-example.yaml");
    QVERIFY(count >= 0);
}

void TestModelRoundTrip::loadOfSaveIsIdentity()
{
    QFETCH(QString, path);
    const LoadResult original = ModelFile::load(path);
    QVERIFY2(!original.hasErrors(), qPrintable(original.diagnostics.value(0).toString()));
    const QByteArray saved = ModelWriter::toYaml(original.model);
    const LoadResult reloaded = ModelFile::loadText(saved, QStringLiteral("saved.yaml"));
    QVERIFY2(!reloaded.hasErrors(),
             qPrintable(reloaded.diagnostics.value(0).toString() + u'\n' + QString::fromUtf8(saved)));
    QVERIFY(reloaded.model == original.model);
    QCOMPARE(ModelWriter::toYaml(reloaded.model), saved);
}

void TestModelRoundTrip::leavesDefaultsOut()
{
    const LoadResult r = ModelFile::loadText("groundwork: 1\nsystem: {name: S, stage: growth, cloud: any}\n"
                                             "priorities: {cost: 3}\nteam: {size: 2, teams: 1}\n"
                                             "environments: [{name: production}]\n"
                                             "data: [{id: d, shape: blob, consistency: strong}]\n",
                                             QStringLiteral("defaults.yaml"));
    QVERIFY(!r.hasErrors());
    QCOMPARE(ModelWriter::toYaml(r.model),
             QByteArray("groundwork: 1\n\nsystem:\n  name: S\n\nteam:\n  size: 2\n\n"
                        "data:\n  - id: d\n    shape: blob\n"));
}

void TestModelRoundTrip::keepsTheFormatsFieldOrderAndTheUsersElementOrder()
{
    Model m;
    m.system.name = QStringLiteral("S");
    Workload b;
    b.id = QStringLiteral("zeta");
    b.kind = WorkloadKind::Worker;
    b.criticality = Criticality::High;
    b.exposure = Exposure::Public;
    b.memoryMb = 1024;
    Workload a = b;
    a.id = QStringLiteral("alpha");
    m.workloads = {b, a};
    const QString yaml = QString::fromUtf8(ModelWriter::toYaml(m));
    QVERIFY(yaml.indexOf(QStringLiteral("zeta")) < yaml.indexOf(QStringLiteral("alpha")));
    const QStringList order{QStringLiteral("id:"), QStringLiteral("kind:"), QStringLiteral("exposure:"),
                            QStringLiteral("memory_mb:"), QStringLiteral("criticality:")};
    qsizetype last = -1;
    for (const QString& key : order) {
        const qsizetype at = yaml.indexOf(key);
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
}

void TestModelRoundTrip::quotesTextThatWouldReadBackAsSomethingElse()
{
    Model m;
    m.system.name = QStringLiteral("true");
    m.system.description = QStringLiteral("null");
    m.system.regions = {QStringLiteral("yes"), QStringLiteral("1e3"), QStringLiteral("a: b # c"),
                        QStringLiteral("  padded "), QStringLiteral("line\nbreak")};
    DataStore d;
    d.id = QStringLiteral("d");
    d.residency = QStringLiteral("\"quoted\" and 'single' \\ back");
    m.data = {d};
    const LoadResult r = ModelFile::loadText(ModelWriter::toYaml(m), QStringLiteral("quoted.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(r.diagnostics.value(0).toString()));
    QCOMPARE(r.model.system, m.system);
    QCOMPARE(r.model.data[0].residency, d.residency);
}

void TestModelRoundTrip::saveIsAtomicAndReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.yaml"));
    Model m;
    m.system.name = QStringLiteral("Saved");
    DataStore d;
    d.id = QStringLiteral("d");
    m.data = {d};
    QString error;
    QVERIFY2(ModelFile::save(m, path, &error), qPrintable(error));
    const LoadResult r = ModelFile::load(path);
    QVERIFY(!r.hasErrors());
    QCOMPARE(r.model, m);
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("model.yaml")});
    // A folder that does not exist: an error, not a crash, and nothing written.
    QVERIFY(!ModelFile::save(m, dir.filePath(QStringLiteral("missing/model.yaml")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestModelRoundTrip)
#include "tst_modelroundtrip.moc"
