// The families and candidates code reads (FamilyName, CandidateName): each is in the built-in catalog,
// so a pack that renames one fails here rather than in an export or a diagram, and an organisation's
// pack that drops one is warned of when it is loaded.
#include "core/rules/candidatename.h"
#include "core/rules/catalog.h"
#include "core/rules/factpath.h"
#include "core/rules/familyname.h"
#include "core/rules/rulepackloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class TestFamilyName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFamilyCodeReadsIsInTheBuiltInCatalog();
    void aCatalogWithoutOneIsReported();
    void everyCandidateCodeReadsIsInTheBuiltInCatalog();
    void aPackThatRenamesOneIsWarnedOfAtLoad();
};

void TestFamilyName::everyFamilyCodeReadsIsInTheBuiltInCatalog()
{
    QVERIFY(!familiesCodeReads().isEmpty());
    QCOMPARE(missingFamilies(*RulePackLoader::builtIn()), QStringList());
    for (const FamilyName& f : familiesCodeReads())
        QVERIFY2(RulePackLoader::builtIn()->kinds().familiesOf(f.kind).contains(f.text()),
                 qPrintable(f.text()));
}

void TestFamilyName::aCatalogWithoutOneIsReported()
{
    QList<Candidate> candidates;
    for (const Candidate& c : RulePackLoader::builtIn()->candidates()) {
        if (c.family != families::Serverless)
            candidates.append(c);
    }
    Catalog catalog;
    catalog.setContent(RulePackLoader::builtIn()->kinds(), candidates, {}, {}, {});
    QCOMPARE(missingFamilies(catalog), QStringList{QStringLiteral("compute: serverless")});
}

void TestFamilyName::everyCandidateCodeReadsIsInTheBuiltInCatalog()
{
    QVERIFY(!candidatesCodeReads().isEmpty());
    QCOMPARE(missingCandidates(*RulePackLoader::builtIn()), QStringList());
    QList<Candidate> candidates;
    for (const Candidate& c : RulePackLoader::builtIn()->candidates()) {
        if (c.id != candidates::MySql)
            candidates.append(c);
    }
    Catalog catalog;
    catalog.setContent(RulePackLoader::builtIn()->kinds(), candidates, {}, {}, {});
    QCOMPARE(missingCandidates(catalog), QStringList{QStringLiteral("database: mysql")});
}

// An organisation replaces the built-in edge pack with its own copy, in which the CDN candidate got
// another id: the export would no longer put a CDN in front, so loading says so.
void TestFamilyName::aPackThatRenamesOneIsWarnedOfAtLoad()
{
    QFile builtInPack(QStringLiteral(":/groundwork/rules/edge.yaml"));
    QVERIFY(builtInPack.open(QIODevice::ReadOnly));
    QByteArray text = builtInPack.readAll();
    QVERIFY(text.contains("cdn-gateway-waf"));
    text.replace("cdn-gateway-waf", "cdn-waf-gateway");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile copy(dir.filePath(QStringLiteral("edge.yaml")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();

    const CatalogLoad load = RulePackLoader::load({dir.path()});
    QVERIFY(!load.hasErrors());
    QStringList warnings;
    for (const Diagnostic& d : load.diagnostics) {
        if (d.severity == Severity::Warning)
            warnings.append(d.message);
    }
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].startsWith(
                 QStringLiteral("no candidate 'cdn-gateway-waf' for the edge decision any more")),
             qPrintable(warnings[0]));
    QVERIFY(RulePackLoader::load().diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(TestFamilyName)
#include "tst_familyname.moc"
