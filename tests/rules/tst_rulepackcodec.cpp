// The built-in rule packs compiled at build time (groundwork-rulec, RulePackCodec): what every program
// loads is exactly what reading rules/*.yaml gives today, and it scores the examples as the YAML does.
#include "core/io/modelfile.h"
#include "core/rules/recommendationformat.h"
#include "core/rules/rulepackcodec.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"

#include <QResource>
#include <QTest>

using namespace gw;

namespace {

QList<RulePack> readYaml(Diagnostics& diagnostics)
{
    QList<RulePack> packs;
    for (const QString& file : RulePackLoader::builtInFiles())
        packs.append(RulePackLoader::readFile(file, true, diagnostics));
    return packs;
}

} // namespace

class TestRulePackCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledPacksAreTheYamlPacks();
    void decodedPacksScoreAsTheYamlPacks_data();
    void decodedPacksScoreAsTheYamlPacks();
    void refusesWhatItDidNotWrite();
};

void TestRulePackCodec::compiledPacksAreTheYamlPacks()
{
    // A stale or differently read compiled form would show here: it must be byte for byte what encoding
    // the packs read from YAML now gives.
    Diagnostics diagnostics;
    const QList<RulePack> packs = readYaml(diagnostics);
    const QResource compiled(QStringLiteral(":/groundwork/compiled/builtin-rules.cbor"));
    QVERIFY(compiled.isValid());
    QCOMPARE(compiled.uncompressedData(), RulePackCodec::encode(packs, diagnostics));

    Diagnostics loaded;
    const QList<RulePack> builtIn = RulePackLoader::readBuiltIn(loaded);
    QCOMPARE(builtIn.size(), packs.size());
    QCOMPARE(RulePackCodec::encode(builtIn, loaded), RulePackCodec::encode(packs, diagnostics));
}

void TestRulePackCodec::decodedPacksScoreAsTheYamlPacks_data()
{
    QTest::addColumn<QString>("example");
    for (const char* name : {"early-saas", "marketplace", "fintech"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRulePackCodec::decodedPacksScoreAsTheYamlPacks()
{
    QFETCH(QString, example);
    Diagnostics diagnostics;
    const QList<RulePack> yaml = readYaml(diagnostics);
    QList<RulePack> decoded;
    Diagnostics decodedDiagnostics;
    QVERIFY(RulePackCodec::decode(RulePackCodec::encode(yaml, diagnostics), decoded, decodedDiagnostics));
    QCOMPARE(decodedDiagnostics.size(), diagnostics.size());

    const LoadResult model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(example));
    QVERIFY(!model.hasErrors());
    const ScoringEngine fromYaml(RulePackLoader::merge(yaml).catalog);
    const ScoringEngine fromDecoded(RulePackLoader::merge(decoded).catalog);
    QCOMPARE(fromDecoded.catalog().rules().size(), fromYaml.catalog().rules().size());
    QCOMPARE(RecommendationFormat::toJson(fromDecoded.score(model.model)),
             RecommendationFormat::toJson(fromYaml.score(model.model)));
}

void TestRulePackCodec::refusesWhatItDidNotWrite()
{
    Diagnostics diagnostics;
    const QByteArray bytes = RulePackCodec::encode(readYaml(diagnostics), diagnostics);
    QList<RulePack> packs;
    Diagnostics decoded;
    QVERIFY(!RulePackCodec::decode(bytes.left(bytes.size() / 2), packs, decoded));
    QVERIFY(!RulePackCodec::decode(QByteArray("pack: x\n"), packs, decoded));
    QVERIFY(packs.isEmpty());
    QVERIFY(decoded.isEmpty());
}

QTEST_GUILESS_MAIN(TestRulePackCodec)
#include "tst_rulepackcodec.moc"
