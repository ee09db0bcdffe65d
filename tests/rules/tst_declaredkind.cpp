// A decision kind is data: tests/data/rules/caching.yaml declares `caching` (no code names it), and
// loaded with --rules it is scored, reported and diffed like a built-in kind. The app's side is in
// tests/app/tst_recommendationspanel.cpp.
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace gw;
using gw::testsupport::CliRun;
using gw::testsupport::runCli;

namespace {

const QString kRules = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/rules");
const QString kExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml");

// The example with its session cache read `ratio` times per write.
QString exampleWithRatio(const QTemporaryDir& dir, int ratio)
{
    QFile in(kExample);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = in.readAll();
    const QByteArray replacement = "read_write_ratio: " + QByteArray::number(ratio);
    text.replace(QByteArrayLiteral("read_write_ratio: 10"), replacement);
    const QString path = dir.filePath(QStringLiteral("ratio-%1.yaml").arg(ratio));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return {};
    return path;
}

// The decisions of `kind` in score JSON, by subject: the top candidate.
QHash<QString, QString> topPicks(const QByteArray& json, const QString& kind)
{
    QHash<QString, QString> out;
    const QJsonArray decisions =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("decisions")).toArray();
    for (const QJsonValue& v : decisions) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("kind")).toString() != kind)
            continue;
        const QJsonArray ranking = d.value(QStringLiteral("ranking")).toArray();
        out.insert(d.value(QStringLiteral("subject")).toString(),
                   ranking.isEmpty()
                       ? QString()
                       : ranking.first().toObject().value(QStringLiteral("candidate")).toString());
    }
    return out;
}

} // namespace

class TestDeclaredKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCatalogTakesTheKindFromThePack();
    void aPackKindIsScoredWhereItApplies();
    void aPackKindIsReported();
    void aPackKindIsDiffed();
    void aModelMayPinAPackKindOnceThePackIsLoaded();
};

void TestDeclaredKind::theCatalogTakesTheKindFromThePack()
{
    QVERIFY(!RulePackLoader::builtIn()->kinds().find(QStringLiteral("caching")));
    const CatalogLoad load = RulePackLoader::load({kRules});
    QVERIFY2(!load.hasErrors(), qPrintable(load.diagnostics.value(0).toString()));
    const DecisionKindInfo* caching = load.catalog->kinds().find(QStringLiteral("caching"));
    QVERIFY(caching);
    QCOMPARE(caching->subject, SubjectKind::DataStore);
    QCOMPARE(caching->families, (QStringList{QStringLiteral("none"), QStringLiteral("in-process"),
                                             QStringLiteral("distributed")}));
    QCOMPARE(load.catalog->candidatesOf(caching->kind).size(), 3);
    QCOMPARE(load.catalog->rulesOf(caching->kind).size(), 1);
    // After every built-in kind (it gives no order).
    QCOMPARE(load.catalog->kinds().all().back().kind, caching->kind);
}

void TestDeclaredKind::aPackKindIsScoredWhereItApplies()
{
    const CliRun without =
        runCli({QStringLiteral("score"), kExample, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(without.exitCode, 0);
    QVERIFY(topPicks(without.stdOut, QStringLiteral("caching")).isEmpty());

    const CliRun with = runCli({QStringLiteral("score"), kExample, QStringLiteral("--rules"), kRules,
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    const QHash<QString, QString> picks = topPicks(with.stdOut, QStringLiteral("caching"));
    // Both data stores are read at least three times per write (applies_when); the pack's rule does not
    // fire below twenty.
    QCOMPARE(picks.value(QStringLiteral("app-db")), QStringLiteral("no-cache"));
    QCOMPARE(picks.value(QStringLiteral("session-cache")), QStringLiteral("no-cache"));
    QCOMPARE(picks.size(), 2);

    QTemporaryDir dir;
    const QString rarelyRead = exampleWithRatio(dir, 1);
    const CliRun fewer = runCli({QStringLiteral("score"), rarelyRead, QStringLiteral("--rules"), kRules,
                                 QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(fewer.exitCode == 0, qPrintable(fewer.err));
    QCOMPARE(topPicks(fewer.stdOut, QStringLiteral("caching")).keys(), QStringList{QStringLiteral("app-db")});

    const QString hot = exampleWithRatio(dir, 40);
    const CliRun hotRun = runCli({QStringLiteral("score"), hot, QStringLiteral("--rules"), kRules,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(topPicks(hotRun.stdOut, QStringLiteral("caching")).value(QStringLiteral("session-cache")),
             QStringLiteral("distributed-cache"));
}

void TestDeclaredKind::aPackKindIsReported()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.md"));
    const CliRun r = runCli(
        {QStringLiteral("report"), kExample, QStringLiteral("--rules"), kRules, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY2(report.contains(QStringLiteral("caching")), qPrintable(report.left(2000)));
    QVERIFY(report.contains(QStringLiteral("No cache")));
}

void TestDeclaredKind::aPackKindIsDiffed()
{
    QTemporaryDir dir;
    const QString before = exampleWithRatio(dir, 10);
    const QString after = exampleWithRatio(dir, 40);
    const CliRun r = runCli({QStringLiteral("diff"), before, after, QStringLiteral("--rules"), kRules,
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1); // different
    const QJsonArray decisions = QJsonDocument::fromJson(r.stdOut)
                                     .object()
                                     .value(QStringLiteral("advice"))
                                     .toObject()
                                     .value(QStringLiteral("decisions"))
                                     .toArray();
    bool found = false;
    for (const QJsonValue& v : decisions) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("kind")).toString() != QStringLiteral("caching"))
            continue;
        found = true;
        QCOMPARE(c.value(QStringLiteral("subject")).toString(), QStringLiteral("session-cache"));
        QCOMPARE(c.value(QStringLiteral("old")).toObject().value(QStringLiteral("top")).toString(),
                 QStringLiteral("no-cache"));
        QCOMPARE(c.value(QStringLiteral("new")).toObject().value(QStringLiteral("top")).toString(),
                 QStringLiteral("distributed-cache"));
    }
    QVERIFY2(found, r.stdOut.constData());
}

void TestDeclaredKind::aModelMayPinAPackKindOnceThePackIsLoaded()
{
    QFile in(kExample);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    QVERIFY(text.endsWith("custom fields.\n")); // the last item of `decisions:`
    text += "  - subject: session-cache/caching\n    choice: in-process-cache\n"
            "    reason: Sessions are per instance anyway.\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pinned.yaml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(text) == text.size());
    out.close();

    // Without the pack, the kind is unknown, with a hint.
    const CliRun without = runCli({QStringLiteral("score"), path});
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains(QStringLiteral("'caching' is not a decision kind")),
             qPrintable(without.err));

    const CliRun with = runCli({QStringLiteral("score"), path, QStringLiteral("--rules"), kRules,
                                QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    const QJsonArray decisions =
        QJsonDocument::fromJson(with.stdOut).object().value(QStringLiteral("decisions")).toArray();
    bool pinned = false;
    for (const QJsonValue& v : decisions) {
        const QJsonObject d = v.toObject();
        if (d.value(QStringLiteral("kind")).toString() == QStringLiteral("caching") &&
            d.value(QStringLiteral("subject")).toString() == QStringLiteral("session-cache"))
            pinned =
                d.value(QStringLiteral("pinned")).toObject().value(QStringLiteral("candidate")).toString() ==
                QStringLiteral("in-process-cache");
    }
    QVERIFY(pinned);
}

QTEST_GUILESS_MAIN(TestDeclaredKind)
#include "tst_declaredkind.moc"
