// The families code reads (FamilyName): each is a family the built-in catalog's candidates use, so a
// pack that renames one fails here rather than in an export or a diagram.
#include "core/rules/catalog.h"
#include "core/rules/factpath.h"
#include "core/rules/familyname.h"
#include "core/rules/rulepackloader.h"

#include <QTest>

using namespace gw;

class TestFamilyName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFamilyCodeReadsIsInTheBuiltInCatalog();
    void aCatalogWithoutOneIsReported();
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

QTEST_GUILESS_MAIN(TestFamilyName)
#include "tst_familyname.moc"
