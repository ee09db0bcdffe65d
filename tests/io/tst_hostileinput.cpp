// Files from strangers: every hostile or broken input ends in a clear error, never a crash or a hang.
// (Time and memory figures are measured outside the tests; see docs/performance.md.)
#include "core/io/limits.h"
#include "core/io/modelfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

const QByteArray kHeader = "groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n";

QString firstError(const LoadResult& r)
{
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return d.message;
    }
    return {};
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billionLaughsIsRefusedNotExpanded();
    void aliasesWithinTheLimitStillWork();
    void deepFlowNestingIsRefused();
    void nestingPastOurLimitButWithinYamlCppsIsRefused();
    void oversizedFileIsRefusedBeforeReading();
    void emptyAndCommentOnlyFiles_data();
    void emptyAndCommentOnlyFiles();
    void randomBytesNeverCrash();
    void everyTruncationOfAModelIsHandled();
    void utf8ByteOrderMarkIsAccepted();
    void tooManyProblemsStopsWithANote();
    void hugeStringIsRefused();
    void tooManyElementsAreRefusedWithTheListsPosition();
};

void TestHostileInput::billionLaughsIsRefusedNotExpanded()
{
    // Nine levels of ten aliases: 10^9 values if anything expanded it.
    QByteArray text = kHeader + "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray prev = "*l" + QByteArray::number(level - 1);
        text += "lol" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            text += (i ? ", " : "") + prev;
        text += "]\n";
    }
    text += "workloads: *l9\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("laughs.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(firstError(r).contains(QStringLiteral("expands to more than")), qPrintable(firstError(r)));
}

void TestHostileInput::aliasesWithinTheLimitStillWork()
{
    const LoadResult r =
        ModelFile::loadText(kHeader + "workloads:\n"
                                      "  - {id: a, kind: api, exposure: public, traffic: &t "
                                      "{pattern: bursty, peak_rps: 100}}\n"
                                      "  - {id: b, kind: api, exposure: public, traffic: *t}\n",
                            QStringLiteral("aliases.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(firstError(r)));
    QCOMPARE(r.model.workloads[1].traffic.peakRps, 100.0);
}

void TestHostileInput::deepFlowNestingIsRefused()
{
    const QByteArray text =
        kHeader + "workloads: " + QByteArray(100'000, '[') + QByteArray(100'000, ']') + "\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("deep.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(firstError(r).contains(QStringLiteral("nesting is deeper than 64 levels")),
             qPrintable(firstError(r)));
    QCOMPARE(r.diagnostics[0].location.line, 4);
}

void TestHostileInput::nestingPastOurLimitButWithinYamlCppsIsRefused()
{
    const QByteArray text = kHeader + "unknown: " + QByteArray(100, '[') + QByteArray(100, ']') + "\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("deep100.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(firstError(r).contains(QStringLiteral("nesting is deeper than 64 levels")),
             qPrintable(firstError(r)));
}

void TestHostileInput::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = "# padding padding padding padding padding padding padding padding padding\n";
    file.write(kHeader);
    while (file.size() < 20 * 1024 * 1024)
        file.write(line);
    file.close();
    const LoadResult r = ModelFile::load(path);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].location.file, path);
    QVERIFY2(firstError(r).contains(QStringLiteral("at most 16 MiB")), qPrintable(firstError(r)));
    // The same text given directly (stdin) is refused too.
    file.open(QIODevice::ReadOnly);
    const LoadResult direct = ModelFile::loadText(file.readAll(), QStringLiteral("<stdin>"));
    QVERIFY(firstError(direct).contains(QStringLiteral("at most 16 MiB")));
}

void TestHostileInput::emptyAndCommentOnlyFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   \n\n  \n");
    QTest::newRow("comments") << QByteArray("# just a comment\n# and another\n");
    QTest::newRow("document marker") << QByteArray("---\n");
}

void TestHostileInput::emptyAndCommentOnlyFiles()
{
    QFETCH(QByteArray, text);
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("empty.yaml"));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(firstError(r).contains(QStringLiteral("the file is empty")), qPrintable(firstError(r)));
}

void TestHostileInput::randomBytesNeverCrash()
{
    QRandomGenerator random(20261127);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes(static_cast<qsizetype>(random.bounded(1, 2000)), Qt::Uninitialized);
        for (char& c : bytes)
            c = static_cast<char>(random.bounded(256));
        const LoadResult r = ModelFile::loadText(bytes, QStringLiteral("garbage.bin"));
        QVERIFY(r.hasErrors());
        QVERIFY(!firstError(r).isEmpty());
    }
}

void TestHostileInput::everyTruncationOfAModelIsHandled()
{
    QFile file(QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray full = file.readAll();
    for (qsizetype cut = 0; cut < full.size(); cut += 3) {
        const LoadResult r = ModelFile::loadText(full.left(cut), QStringLiteral("cut.yaml"));
        for (const Diagnostic& d : r.diagnostics) {
            QVERIFY(!d.message.isEmpty());
            QVERIFY(d.location.line <= full.left(cut).count('\n') + 2);
        }
    }
}

void TestHostileInput::utf8ByteOrderMarkIsAccepted()
{
    const LoadResult r = ModelFile::loadText("\xEF\xBB\xBF" + kHeader + "data: [{id: d, shape: blob}]\n",
                                             QStringLiteral("bom.yaml"));
    QVERIFY2(!r.hasErrors(), qPrintable(firstError(r)));
    QCOMPARE(r.model.system.name, QStringLiteral("S"));
}

void TestHostileInput::tooManyProblemsStopsWithANote()
{
    QByteArray text = kHeader + "workloads:\n";
    for (int i = 0; i < 2000; ++i)
        text += "  - {id: w" + QByteArray::number(i) + ", kind: nope}\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("many.yaml"));
    QVERIFY(r.diagnostics.size() <= 2 * limits::kMaxDiagnostics + 2);
    bool noted = false;
    for (const Diagnostic& d : r.diagnostics)
        noted = noted || d.message.contains(QStringLiteral("too many problems"));
    QVERIFY(noted);
}

void TestHostileInput::hugeStringIsRefused()
{
    const QByteArray text = kHeader.left(kHeader.indexOf("system")) +
                            "system: {name: " + QByteArray(limits::kMaxStringLength + 10, 'x') +
                            "}\nteam: {size: 2}\n" + "data: [{id: d, shape: blob}]\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("long.yaml"));
    QVERIFY2(firstError(r).contains(QStringLiteral("longer than the limit")), qPrintable(firstError(r)));
}

void TestHostileInput::tooManyElementsAreRefusedWithTheListsPosition()
{
    const QByteArray header = kHeader + "data: [{id: d, shape: blob}]\n";
    QByteArray text = header + "channels:\n";
    for (int i = 0; i <= limits::kMaxListItems; ++i)
        text += "  - id: c" + QByteArray::number(i) + "\n";
    const LoadResult r = ModelFile::loadText(text, QStringLiteral("wide.yaml"));
    QVERIFY(r.hasErrors());
    const Diagnostic& d = r.diagnostics.front();
    QCOMPARE(d.message, QStringLiteral("channels: 20001 items; a model holds at most 20000 in one list"));
    QCOMPARE(d.location.line, header.count('\n') + 1);
    QCOMPARE(d.location.column, 1);
    QVERIFY(r.model.channels.isEmpty()); // refused before any item is read

    // At the limit everything is read.
    text = header + "channels:\n";
    for (int i = 0; i < 200; ++i)
        text += "  - id: c" + QByteArray::number(i) + "\n";
    QCOMPARE(ModelFile::loadText(text, QStringLiteral("ok.yaml")).model.channels.size(), 200);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
