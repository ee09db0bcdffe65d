// The Terraform exporter's per-cloud data (exports/terraform/engines.yaml and notes.yaml): the built-in
// tables read without a problem, rows match in order with a fallback per cloud, notes fill their values,
// and a broken table is reported with positions instead of exporting something wrong.
#include "core/export/terraformdata.h"
#include "core/rules/rulepackloader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

using Element = TerraformData::Element;

const QStringList kClouds{u"aws"_s, u"gcp"_s, u"azure"_s};

} // namespace

class TestTerraformData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltInTablesReadCleanly()
    {
        const TerraformData& data = TerraformData::builtIn();
        for (const Diagnostic& d : data.problems())
            qWarning("%s", qPrintable(d.toString()));
        QVERIFY(data.problems().isEmpty());
        // Every cloud ends each list with a fallback, so that no pick goes without an engine.
        for (const QString& cloud : kClouds) {
            QVERIFY2(!data.engine(Element::DataStore, cloud, u"no-such-family"_s, {}).name.isEmpty(),
                     qPrintable(cloud));
            QVERIFY2(!data.engine(Element::Channel, cloud, u"no-such-family"_s, {}).name.isEmpty(),
                     qPrintable(cloud));
        }
        QVERIFY(data.engine(Element::DataStore, u"moon"_s, u"relational"_s, {}).name.isEmpty());
    }

    // A row for a family no decision declares would never match: a renamed family fails here.
    void theTablesNameOnlyFamiliesTheCatalogDeclares()
    {
        const TerraformData& data = TerraformData::builtIn();
        const DecisionKinds& kinds = RulePackLoader::builtIn()->kinds();
        const QStringList stores = data.families(Element::DataStore);
        const QStringList channels = data.families(Element::Channel);
        QVERIFY(!stores.isEmpty() && !channels.isEmpty());
        for (const QString& family : stores)
            QVERIFY2(kinds.familiesOf(DecisionKind::Database).contains(family), qPrintable(family));
        for (const QString& family : channels)
            QVERIFY2(kinds.familiesOf(DecisionKind::Messaging).contains(family), qPrintable(family));
    }

    // A row or a note keyed by a candidate the catalog renamed or dropped would never apply: the
    // export would lose an engine or a manual step without a word.
    void rowsAndNotesNameOnlyCandidatesTheCatalogHas()
    {
        const TerraformData& data = TerraformData::builtIn();
        const std::shared_ptr<const Catalog> catalog = RulePackLoader::builtIn();
        const auto holds = [&](DecisionKind kind, const QString& id) {
            const Candidate* c = catalog->candidate(id);
            return c && c->kind == kind;
        };
        QVERIFY(!data.candidates(Element::DataStore).isEmpty());
        for (const QString& id : data.candidates(Element::DataStore))
            QVERIFY2(holds(DecisionKind::Database, id), qPrintable(id));
        for (const QString& id : data.candidates(Element::Channel))
            QVERIFY2(holds(DecisionKind::Messaging, id), qPrintable(id));
        int pickNotes = 0;
        for (const QString& key : data.noteKeys()) {
            QStringList parts = key.split(u'/');
            if (parts.size() == 1)
                continue; // a note the exporter or an engine names
            QVERIFY2(parts.size() <= 3, qPrintable(key));
            if (parts.size() == 3)
                QVERIFY2(kClouds.contains(parts.takeFirst()), qPrintable(key));
            const DecisionKindInfo* kind = catalog->kinds().find(parts[0]);
            QVERIFY2(kind, qPrintable(key));
            QVERIFY2(holds(kind->kind, parts[1]), qPrintable(key));
            ++pickNotes;
        }
        QVERIFY(pickNotes > 0);
    }

    void rowsMatchInOrder()
    {
        const TerraformData& data = TerraformData::builtIn();
        const TerraformEngine mysql = data.engine(Element::DataStore, u"aws"_s, u"relational"_s, u"mysql"_s);
        QCOMPARE(mysql.name, u"mysql"_s);
        QCOMPARE(mysql.port, 3306);
        QVERIFY(mysql.networked);
        QCOMPARE(data.engine(Element::DataStore, u"aws"_s, u"relational"_s, u"postgres"_s).name,
                 u"postgres"_s);
        const TerraformEngine dynamo = data.engine(Element::DataStore, u"aws"_s, u"key-value"_s, {});
        QCOMPARE(dynamo.port, 443);
        QVERIFY(!dynamo.networked);
        QCOMPARE(data.engine(Element::Channel, u"aws"_s, u"queue"_s, {}, true).name, u"sqs-fifo"_s);
        QCOMPARE(data.engine(Element::Channel, u"aws"_s, u"queue"_s, {}, false).name, u"sqs"_s);
        QCOMPARE(data.engine(Element::Channel, u"azure"_s, u"pubsub"_s, u"event-bus"_s).name, u"eventgrid"_s);
    }

    void anEngineCarriesItsNote()
    {
        const TerraformData& data = TerraformData::builtIn();
        const TerraformEngine search = data.engine(Element::DataStore, u"gcp"_s, u"search"_s, {});
        QCOMPARE(search.name, u"elastic-cloud"_s);
        const QString text = data.note(search.note, {{u"id"_s, u"catalog-search"_s}});
        QVERIFY2(text.startsWith(u"Data store `catalog-search` (search): not generated."_s),
                 qPrintable(text));
        const QString users =
            data.note(u"database-users"_s, {{u"id"_s, u"ledger"_s}, {u"candidate"_s, u"mysql"_s}});
        QVERIFY2(users.startsWith(u"Data store `ledger` (mysql): create a database user"_s),
                 qPrintable(users));
        QVERIFY(data.note(u"no-such-note"_s, {}).isEmpty());
    }

    void aBrokenTableIsReportedWithPositions()
    {
        const TerraformData data = TerraformData::read("data:\n"
                                                       "  aws:\n"
                                                       "    - {family: relational, port: 99999}\n"
                                                       "    - {engine: s3, colour: red, note: missing}\n"
                                                       "channels: []\n",
                                                       "a: text\nb: [not, text]\n");
        QStringList messages;
        for (const Diagnostic& d : data.problems())
            messages.append(u"%1: %2"_s.arg(d.location.line).arg(d.message));
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"3: 'port' must be a port number"_s), qPrintable(all));
        QVERIFY2(all.contains(u"3: a row names its 'engine'"_s), qPrintable(all));
        QVERIFY2(all.contains(u"4: unknown key 'colour'"_s), qPrintable(all));
        QVERIFY2(all.contains(u"'channels' must be a mapping of clouds"_s), qPrintable(all));
        QVERIFY2(all.contains(u"2: a note must be text"_s), qPrintable(all));
        QVERIFY2(all.contains(u"names the note 'missing'"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestTerraformData)
#include "tst_terraformdata.moc"
