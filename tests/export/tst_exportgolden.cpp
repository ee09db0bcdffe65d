// Every example's export (all kinds) is byte for byte the golden copy under tests/data/golden/export/,
// so that any change to what users get shows in review. Refresh with tests/export/update-golden.sh.
#include "core/cost/pricedscoring.h"
#include "core/export/exporters.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

class TestExportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGolden_data()
    {
        QTest::addColumn<QString>("example");
        // The examples, and the fixture that pins the picks no example reaches.
        for (const QString& e : {u"early-saas"_s, u"marketplace"_s, u"fintech"_s, u"every-pick"_s})
            QTest::newRow(qPrintable(e)) << e;
    }

    void matchesGolden()
    {
        QFETCH(QString, example);
        QString modelPath = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + example + u".yaml"_s;
        if (!QFile::exists(modelPath))
            modelPath = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/export/") + example + u".yaml"_s;
        const Model model = ModelFile::load(modelPath).model;
        const Recommendations recs = PricedScoring::score(model); // as the CLI and the app score
        const ExportFiles files = generateExport(u"all"_s, {model, recs, modelPath, {}});

        const QString golden = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/golden/export/") + example;
        QStringList expected;
        QDirIterator it(golden, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            expected.append(QDir(golden).relativeFilePath(it.next()));
        expected.sort();
        QStringList actual;
        for (const ExportFile& f : files)
            actual.append(f.path);
        actual.sort();
        QCOMPARE(actual, expected);

        for (const ExportFile& f : files) {
            QFile file(golden + u"/"_s + f.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray want = file.readAll();
            if (want != f.content) {
                const QList<QByteArray> a = f.content.split('\n'), b = want.split('\n');
                qsizetype line = 0;
                while (line < a.size() && line < b.size() && a[line] == b[line])
                    ++line;
                QFAIL(qPrintable(
                    u"%1 differs from the golden copy at line %2 (run tests/export/update-golden.sh)"_s
                        .arg(f.path)
                        .arg(line + 1)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
