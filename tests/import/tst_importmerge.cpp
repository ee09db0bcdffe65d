// Merging an import into a model the user keeps: the user's values, elements, pins and every line of
// their file stay; the import fills only what they left unset and adds what they lack, with its
// provenance comments; where it disagrees, the user's value stands and the summary says so; the text
// written reads back as exactly the merged model, and merging again changes nothing.
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/mergesummary.h"
#include "core/import/mergewriter.h"
#include "core/import/modelmerge.h"
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"

#include <QFile>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const QString kImports = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import/"_s;
const QString kModels = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import-merge/"_s;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read a fixture");
    return file.readAll();
}

ImportResult importPaths(const QStringList& paths)
{
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    if (inputs.ioError)
        qFatal("cannot read the fixtures");
    return Importer::run(inputs.inputs, ImportMapping::builtIn());
}

const ImportResult& chirp()
{
    static const ImportResult result = importPaths({kImports + u"selfhosted"_s});
    return result;
}

const Workload* workload(const Model& model, const QString& id)
{
    for (const Workload& w : model.workloads) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

QStringList usesOf(const Workload* w)
{
    QStringList out;
    for (const Use& u : w->uses)
        out.append(u.to);
    return out;
}

QStringList idsOf(const Model& model)
{
    QStringList out;
    for (const Workload& w : model.workloads)
        out.append(w.id);
    for (const DataStore& d : model.data)
        out.append(d.id);
    for (const Channel& c : model.channels)
        out.append(c.id);
    return out;
}

QStringList pinsOf(const Model& model)
{
    QStringList out;
    for (const Decision& d : model.decisions)
        out.append(d.subject + u' ' + d.choice);
    return out;
}

QString problemsOf(const MergedText& merged)
{
    QStringList lines;
    for (const Diagnostic& d : merged.problems)
        lines.append(d.toString());
    if (merged.refusal)
        lines.append(merged.refusal->toString());
    return lines.join(u'\n');
}

// Whether every line of `original` is in `merged`, unchanged and in the same order.
bool keepsEveryLine(const QByteArray& original, const QByteArray& merged, QByteArray* missing)
{
    const QByteArrayList mine = merged.split('\n');
    qsizetype at = 0;
    for (const QByteArray& line : original.split('\n')) {
        while (at < mine.size() && mine[at] != line)
            ++at;
        if (at == mine.size()) {
            *missing = line;
            return false;
        }
        ++at;
    }
    return true;
}

} // namespace

class TestImportMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yoursStandsAndTheImportFillsTheRest();
    void aDefaultWrittenInTheFileIsYours();
    void theFileKeepsEveryLineAndReadsBackAsTheMerge();
    void theFilesIndentationIsFollowed();
    void mergingAgainChangesNothing();
    void mergingIntoItsOwnImportChangesNothing();
    void cloudAndRegionsOnlyWhenYoursNamesNone();
    void disagreementsAreReported();
    void anIdOfAnotherSortStaysYours();
    void whatCannotBeInsertedIsRefusedWithItsPlace_data();
    void whatCannotBeInsertedIsRefusedWithItsPlace();
    void aBrokenModelIsNotMergedInto();
};

void TestImportMerge::yoursStandsAndTheImportFillsTheRest()
{
    const LoadResult existing = ModelFile::load(kModels + u"chirp.yaml"_s);
    QVERIFY(!existing.hasErrors());
    const ModelMergeResult merge = ModelMerge::merge(existing.model, chirp(), &existing.sources);
    const Model& m = merge.model;

    // Nothing of the user's is gone, their order first; the import's new elements follow in its order.
    QCOMPARE(idsOf(m), (QStringList{u"web"_s, u"sidekiq"_s, u"streaming"_s, u"scheduler"_s, u"translate"_s,
                                    u"db"_s, u"ledger"_s, u"redis"_s, u"search"_s, u"objects"_s}));
    QCOMPARE(m.system, existing.model.system);
    QCOMPARE(m.team, existing.model.team);

    const Workload* web = workload(m, u"web"_s);
    QCOMPARE(web->kind, WorkloadKind::Api);      // hand-set; the import reads web
    QCOMPARE(web->exposure, Exposure::Internal); // written in the file, so the user's
    QCOMPARE(web->memoryMb, 1536);               // unset: filled
    QCOMPARE(web->clients, (QList<ClientKind>{ClientKind::Browser, ClientKind::Mobile}));
    QCOMPARE(usesOf(web), (QStringList{u"db"_s, u"redis"_s, u"search"_s, u"objects"_s, u"translate"_s}));
    QCOMPARE(web->uses.front().access, Access::Read); // the user's edge, as they wrote it

    const Workload* sidekiq = workload(m, u"sidekiq"_s);
    QCOMPARE(sidekiq->criticality, Criticality::High);
    QCOMPARE(sidekiq->memoryMb, 1024);
    QCOMPARE(sidekiq->cpu, Level::Low);
    QCOMPARE(usesOf(sidekiq), (QStringList{u"db"_s, u"redis"_s, u"search"_s, u"objects"_s}));

    QCOMPARE(m.data[0].sensitivity, Sensitivity::Pii);
    QCOMPARE(pinsOf(m),
             (QStringList{u"db/database mysql"_s, u"web/language ruby"_s, u"redis/database in-memory-cache"_s,
                          u"search/database search-engine"_s, u"objects/database object-storage"_s}));

    QCOMPARE(merge.elements.size(), 6);
    QCOMPARE(merge.updated(), (QStringList{u"web"_s, u"sidekiq"_s}));
    QCOMPARE(merge.edges.size(), 8);       // on the user's workloads
    QCOMPARE(merge.addedEdges.size(), 16); // all the import's edges but web -> db
    QCOMPARE(merge.decisions.size(), 3);
    const QList<MergeConflict> kept{
        {u"workload web"_s, u"kind"_s, u"api"_s, u"web"_s},
        {u"workload web"_s, u"exposure"_s, u"internal"_s, u"public"_s},
        {u"decision db/database"_s, u"choice"_s, u"mysql"_s, u"postgresql"_s},
    };
    QCOMPARE(merge.kept, kept);
    QVERIFY(!ModelFile::loadText(ModelWriter::toYaml(m), u"merged.yaml"_s).hasErrors());
}

void TestImportMerge::aDefaultWrittenInTheFileIsYours()
{
    const LoadResult existing = ModelFile::load(kModels + u"chirp.yaml"_s);
    // The model alone cannot tell `exposure: internal` from nothing said: without the file's positions
    // the import's public fills it.
    const ModelMergeResult merge = ModelMerge::merge(existing.model, chirp());
    QCOMPARE(workload(merge.model, u"web"_s)->exposure, Exposure::Public);
    QCOMPARE(workload(merge.model, u"web"_s)->kind, WorkloadKind::Api); // required: always the user's
}

void TestImportMerge::theFileKeepsEveryLineAndReadsBackAsTheMerge()
{
    const QByteArray original = readAll(kModels + u"chirp.yaml"_s);
    const MergedText merged = MergeWriter::merge(original, u"chirp.yaml"_s, chirp());
    QVERIFY2(merged.ok(), qPrintable(problemsOf(merged)));
    QByteArray missing;
    QVERIFY2(keepsEveryLine(original, merged.text, &missing), missing.constData());

    const LoadResult back = ModelFile::loadText(merged.text, u"chirp.yaml"_s);
    QVERIFY2(!back.hasErrors(), merged.text.constData());
    QCOMPARE(back.model, merged.merge.model);
    const LoadResult existing = ModelFile::load(kModels + u"chirp.yaml"_s);
    QCOMPARE(merged.merge.model, ModelMerge::merge(existing.model, chirp(), &existing.sources).model);

    // The additions say where they came from, as a fresh import would.
    const QString text = QString::fromUtf8(merged.text);
    QVERIFY2(text.contains(u"    memory_mb: 1536  # from "_s), qPrintable(text));
    QVERIFY2(text.contains(u"      - to: redis  # from depends_on ("_s), qPrintable(text));
    QVERIFY2(text.contains(u"  - id: streaming  # from "_s), qPrintable(text));
    QVERIFY2(text.contains(u"    # TODO: traffic"_s), qPrintable(text));
    QVERIFY2(text.contains(u"  - subject: redis/database  # from "_s), qPrintable(text));
    // Each addition at the end of its own list: sidekiq's new keys after its own, the new workloads
    // before the data, the new stores before the decisions' comment.
    QVERIFY(text.indexOf(u"criticality: high"_s) < text.indexOf(u"    uses:\n      - to: db  # from"_s));
    QVERIFY(text.indexOf(u"- id: translate"_s) < text.indexOf(u"\ndata:"_s));
    QVERIFY(text.indexOf(u"- id: objects"_s) < text.indexOf(u"# What we decided"_s));
    QVERIFY(text.indexOf(u"choice: ruby"_s) < text.indexOf(u"subject: redis/database"_s));
    QCOMPARE(text.count(u"\nworkloads:"_s), 1);
}

void TestImportMerge::theFilesIndentationIsFollowed()
{
    const QByteArray original = readAll(kModels + u"chirp-block-at-zero.yaml"_s);
    const MergedText merged = MergeWriter::merge(original, u"chirp-block-at-zero.yaml"_s, chirp());
    QVERIFY2(merged.ok(), qPrintable(problemsOf(merged)));
    QByteArray missing;
    QVERIFY2(keepsEveryLine(original, merged.text, &missing), missing.constData());
    QCOMPARE(ModelFile::loadText(merged.text, u"x.yaml"_s).model, merged.merge.model);
    const QString text = QString::fromUtf8(merged.text);
    QVERIFY2(text.contains(u"\n- id: streaming  # from "_s), qPrintable(text));       // flush, as theirs
    QVERIFY2(text.contains(u"\n  - to: redis  # from "_s), qPrintable(text));         // web's uses list
    QVERIFY2(text.contains(u"\n  uses:\n    - to: db  # from "_s), qPrintable(text)); // sidekiq had none
    QVERIFY2(text.contains(u"\ndecisions:\n- subject: db/database"_s), qPrintable(text));
    // A file with Windows line ends gets them on the lines the merge adds too.
    const QByteArray crlf = QByteArray(original).replace("\n", "\r\n");
    const MergedText windows = MergeWriter::merge(crlf, u"chirp-block-at-zero.yaml"_s, chirp());
    QVERIFY2(windows.ok(), qPrintable(problemsOf(windows)));
    QCOMPARE(windows.text, QByteArray(merged.text).replace("\n", "\r\n"));
}

void TestImportMerge::mergingAgainChangesNothing()
{
    const QByteArray original = readAll(kModels + u"chirp.yaml"_s);
    const MergedText once = MergeWriter::merge(original, u"chirp.yaml"_s, chirp());
    QVERIFY2(once.ok(), qPrintable(problemsOf(once)));
    QVERIFY(once.text != original);
    const MergedText twice = MergeWriter::merge(once.text, u"chirp.yaml"_s, chirp());
    QVERIFY2(twice.ok(), qPrintable(problemsOf(twice)));
    QVERIFY(!twice.merge.changed());
    QCOMPARE(twice.text, once.text);
    // What the user keeps against the import is said again, and still kept.
    QCOMPARE(twice.merge.kept, once.merge.kept);
}

void TestImportMerge::mergingIntoItsOwnImportChangesNothing()
{
    for (const QString& fixture : {u"selfhosted"_s, u"shop"_s, u"terraform/serverless-aws.tfstate"_s}) {
        const ImportResult import = importPaths({kImports + fixture});
        QVERIFY(!import.hasErrors());
        const QByteArray fresh = Importer::yaml(import);
        const MergedText merged = MergeWriter::merge(fresh, u"model.yaml"_s, import);
        QVERIFY2(merged.ok(), qPrintable(problemsOf(merged)));
        QVERIFY2(!merged.merge.changed(), qPrintable(fixture));
        QVERIFY2(merged.merge.kept.isEmpty(), qPrintable(fixture));
        QCOMPARE(merged.text, fresh);
    }
}

void TestImportMerge::cloudAndRegionsOnlyWhenYoursNamesNone()
{
    const ImportResult aws = importPaths({kImports + u"terraform/serverless-aws.tfstate"_s});
    QVERIFY(aws.model.system.cloud == Cloud::Aws && !aws.model.system.regions.isEmpty());
    const QByteArray none = "# Ours.\ngroundwork: 1\nsystem:\n  name: Orders  # ours\nteam:\n  size: 3\n"
                            "workloads:\n  - id: shop\n    kind: web\n";
    const MergedText filled = MergeWriter::merge(none, u"orders.yaml"_s, aws);
    QVERIFY2(filled.ok(), qPrintable(problemsOf(filled)));
    QCOMPARE(filled.merge.model.system.name, u"Orders"_s);
    QCOMPARE(filled.merge.model.system.cloud, Cloud::Aws);
    QCOMPARE(filled.merge.model.system.regions, aws.model.system.regions);
    const QString text = QString::fromUtf8(filled.text);
    QVERIFY2(
        text.startsWith(u"# Ours.\ngroundwork: 1\nsystem:\n  name: Orders  # ours\n  cloud: aws  # from "_s),
        qPrintable(text));
    QCOMPARE(ModelFile::loadText(filled.text, u"orders.yaml"_s).model, filled.merge.model);

    const QByteArray named =
        "groundwork: 1\nsystem:\n  name: Orders\n  cloud: gcp\n  regions: [europe-west1]\n"
        "team:\n  size: 3\nworkloads:\n  - id: shop\n    kind: web\n";
    const MergedText kept = MergeWriter::merge(named, u"orders.yaml"_s, aws);
    QVERIFY2(kept.ok(), qPrintable(problemsOf(kept)));
    QCOMPARE(kept.merge.model.system.cloud, Cloud::Gcp);
    QCOMPARE(kept.merge.model.system.regions, QStringList{u"europe-west1"_s});
    QCOMPARE(kept.merge.kept.size(), 2);
    QCOMPARE(kept.merge.kept[0].where, u"system"_s);
    QCOMPARE(kept.merge.kept[0].field, u"cloud"_s);
}

void TestImportMerge::disagreementsAreReported()
{
    const QByteArray original = readAll(kModels + u"chirp.yaml"_s);
    const MergedText merged = MergeWriter::merge(original, u"chirp.yaml"_s, chirp());
    const QString summary = MergeSummary::text(merged.merge, u"chirp.yaml"_s);
    QVERIFY2(
        summary.startsWith(u"Merged into chirp.yaml: 6 elements added, 2 updated (fields filled), 16 edges "
                           "added, 3 decisions added; kept yours: 3\n"_s),
        qPrintable(summary));
    QVERIFY2(summary.contains(u"  workload web: kind api (the import says web)\n"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"  workload web: exposure internal (the import says public)\n"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"  decision db/database: choice mysql (the import says postgresql)\n"_s),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Filled from the import: web (memory_mb), sidekiq (cpu, memory_mb)\n"_s),
             qPrintable(summary));
}

void TestImportMerge::anIdOfAnotherSortStaysYours()
{
    // The user's "redis" is a worker of theirs; the import's is the Redis store.
    const QByteArray mine =
        "groundwork: 1\nsystem:\n  name: Chirp\nteam:\n  size: 2\nworkloads:\n"
        "  - id: redis\n    kind: worker  # our queue runner, named after what it drains\n";
    const MergedText merged = MergeWriter::merge(mine, u"chirp.yaml"_s, chirp());
    QVERIFY2(merged.ok(), qPrintable(problemsOf(merged)));
    const Model& m = merged.merge.model;
    QCOMPARE(m.workloads.front().kind, WorkloadKind::Worker);
    QVERIFY(!idsOf(m).mid(1).contains(u"redis"_s));
    QVERIFY(!pinsOf(m).contains(u"redis/database in-memory-cache"_s));
    QVERIFY(usesOf(workload(m, u"web"_s)).contains(u"redis"_s)); // the edges reach the user's redis
    QCOMPARE(merged.merge.kept, QList<MergeConflict>{(MergeConflict{u"workload redis"_s, u"is a"_s,
                                                                    u"workload"_s, u"data store"_s})});
    QVERIFY(!ModelFile::loadText(merged.text, u"chirp.yaml"_s).hasErrors());
}

void TestImportMerge::whatCannotBeInsertedIsRefusedWithItsPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("a flow list the merge adds to")
        << u"chirp-flow-uses.yaml"_s << u":10:11:"_s << u"workloads[0].uses is written in flow style"_s;
    QTest::newRow("a JSON model") << u"chirp.json"_s << u":1:1:"_s << u"one flow-style mapping"_s;
}

void TestImportMerge::whatCannotBeInsertedIsRefusedWithItsPlace()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const MergedText merged = MergeWriter::merge(readAll(kModels + file), file, chirp());
    QVERIFY(!merged.ok());
    QVERIFY(merged.problems.isEmpty());
    QVERIFY(merged.refusal.has_value());
    QVERIFY(merged.text.isEmpty());
    const QString message = merged.refusal->toString();
    QVERIFY2(message.startsWith(file + where), qPrintable(message));
    QVERIFY2(message.contains(what), qPrintable(message));
}

void TestImportMerge::aBrokenModelIsNotMergedInto()
{
    const MergedText merged =
        MergeWriter::merge(readAll(kModels + u"chirp-invalid.yaml"_s), u"chirp-invalid.yaml"_s, chirp());
    QVERIFY(!merged.ok());
    QVERIFY(!merged.refusal);
    QVERIFY(merged.text.isEmpty());
    QVERIFY(hasErrors(merged.problems));
    QStringList errors;
    for (const Diagnostic& d : merged.problems) {
        if (d.severity == Severity::Error)
            errors.append(d.toString());
    }
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.front().startsWith(u"chirp-invalid.yaml:8:11: error: workloads[0].kind:"_s),
             qPrintable(errors.front()));
}

QTEST_GUILESS_MAIN(TestImportMerge)
#include "tst_importmerge.moc"
