// Where regions are (resources/regions/regions.yaml): residency is judged by a region's country, so a
// London region is not in the EU and a Sydney region is in Australia whatever their codes say; a region
// of another cloud, or a slip in a code, is warned of when the model is checked.
#include "core/io/modelfile.h"
#include "core/rules/modelfacts.h"
#include "core/rules/regionlocations.h"

#include <QTest>

using namespace gw;

namespace {

LoadResult modelIn(const char* cloud, const char* region)
{
    const QByteArray text = QByteArray("groundwork: 1\nsystem: {name: Shop, cloud: ") + cloud +
                            ", regions: [" + region +
                            "]}\nteam: {size: 3}\nworkloads:\n  - {id: api, kind: api, exposure: public}\n";
    return ModelFile::loadText(text, QStringLiteral("shop.yaml"));
}

QStringList warnings(const LoadResult& r)
{
    QStringList out;
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == Severity::Warning)
            out.append(d.message);
    }
    return out;
}

} // namespace

class TestRegionLocations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltInTableReadsCleanly()
    {
        const RegionLocations& table = RegionLocations::builtIn();
        for (const Diagnostic& d : table.problems())
            qWarning("%s", qPrintable(d.toString()));
        QVERIFY(table.problems().isEmpty());
        for (const Cloud cloud : {Cloud::Aws, Cloud::Gcp, Cloud::Azure})
            QVERIFY2(table.codes(cloud).size() >= 30, enumName(cloud).toUtf8().constData());
        const RegionLocations::Region* london = table.find(QStringLiteral("eu-west-2"));
        QVERIFY(london);
        QCOMPARE(london->cloud, Cloud::Aws);
        QCOMPARE(london->country, QStringLiteral("gb"));
    }

    void residencyFollowsTheCountry_data()
    {
        QTest::addColumn<QString>("residency");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("holds");
        const auto row = [](const char* residency, const char* region, bool holds) {
            QTest::addRow("%s in %s", region, residency)
                << QString::fromLatin1(residency) << QString::fromLatin1(region) << holds;
        };
        row("eu", "eu-west-1", true);
        row("eu", "europe-west1", true);
        row("eu", "westeurope", true);
        row("eu", "eu-west-2", false);        // London
        row("eu", "europe-west2", false);     // London
        row("eu", "eu-central-2", false);     // Zurich
        row("eu", "switzerlandnorth", false); // Zurich
        row("eea", "norwayeast", true);
        row("eu", "norwayeast", false);
        row("uk", "eu-west-2", true);
        row("uk", "uksouth", true);
        row("gb", "europe-west2", true);
        row("uk", "eu-west-1", false);
        row("au", "ap-southeast-2", true); // Sydney
        row("au", "ap-southeast-4", true); // Melbourne
        row("jp", "ap-northeast-3", true); // Osaka
        row("in", "ap-south-2", true);     // Hyderabad
        row("us", "eastus2", true);
        row("us", "us-gov-west-1", true);
        row("de", "eu-central-1", true);
        row("de", "eu-west-1", false);
        row("eu-west-1", "eu-west-1", true);
    }
    void residencyFollowsTheCountry()
    {
        QFETCH(QString, residency);
        QFETCH(QString, region);
        QFETCH(bool, holds);
        QCOMPARE(RegionLocations::builtIn().holds(residency, region), std::optional<bool>(holds));
        QCOMPARE(ModelFacts::residencyMatches(residency, {region}), holds);
    }

    // A data centre of one's own, or a region newer than the table: judged by its name, as before.
    void regionsTheTableLacksAreJudgedByName()
    {
        QVERIFY(!RegionLocations::builtIn().holds(QStringLiteral("eu"), QStringLiteral("eu-ams-1")));
        QVERIFY(ModelFacts::residencyMatches(QStringLiteral("eu"), {QStringLiteral("eu-ams-1")}));
        QVERIFY(ModelFacts::residencyMatches(QStringLiteral("us"), {QStringLiteral("us-east")}));
        QVERIFY(!ModelFacts::residencyMatches(QStringLiteral("eu"), {QStringLiteral("us-east")}));
        QCOMPARE(ModelFacts::outsideResidency(QStringLiteral("eu"),
                                              {QStringLiteral("eu-west-1"), QStringLiteral("eu-west-2")}),
                 QStringList{QStringLiteral("eu-west-2")});
    }

    void aRegionOfAnotherCloudIsWarnedOf()
    {
        const LoadResult r = modelIn("aws", "europe-west2");
        QVERIFY(!r.hasErrors());
        QCOMPARE(
            warnings(r),
            QStringList{QStringLiteral(
                "system.regions[0]: 'europe-west2' is a region of gcp (London), but system.cloud is aws")});
    }

    void aSlipInARegionIsWarnedOf()
    {
        const LoadResult r = modelIn("azure", "westeurop");
        QCOMPARE(
            warnings(r),
            QStringList{QStringLiteral(
                "system.regions[0]: 'westeurop' is not a region of azure (did you mean 'westeurope'?)")});
        QVERIFY(warnings(modelIn("azure", "westeurope")).isEmpty());
        QVERIFY(warnings(modelIn("any", "eu-west-1")).isEmpty());
        QVERIFY(warnings(modelIn("aws", "on-prem-dc1")).isEmpty());
    }

    void aBrokenTableIsReportedWithPositions()
    {
        const RegionLocations table =
            RegionLocations::read("jurisdictions: {eu: [de, france]}\nregions:\n  moon: {x: 1}\n  aws:\n    "
                                  "eu-west-1: {country: ie}\n",
                                  QStringLiteral("regions.yaml"));
        QStringList seen;
        for (const Diagnostic& d : table.problems())
            seen.append(
                QStringLiteral("%1:%2: %3").arg(d.location.line).arg(d.location.column).arg(d.message));
        QCOMPARE(seen, (QStringList{
                           QStringLiteral("1:26: a country is a two-letter ISO 3166-1 code, not 'france'"),
                           QStringLiteral("3:3: 'moon' is not aws, gcp or azure"),
                           QStringLiteral("5:16: region 'eu-west-1' needs its 'country' and 'name'"),
                       }));
    }
};

QTEST_GUILESS_MAIN(TestRegionLocations)
#include "tst_regionlocations.moc"
