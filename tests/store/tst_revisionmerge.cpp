// Merging a save that someone else's save overtook, as the app's merge dialog does: what only one side
// changed comes over by itself, what both changed differently is a conflict settled field by field, and
// nothing either side did is lost without a conflict saying so.
#include "core/diff/modeldiff.h"
#include "core/diff/revisionmerge.h"
#include "core/io/modelfile.h"

#include <QTest>

#include <set>
#include <string_view>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

const QString kSource = QStringLiteral(GROUNDWORK_SOURCE_DIR);

Workload workload(const QString& id, double peakRps)
{
    Workload w;
    w.id = id;
    w.traffic.peakRps = peakRps;
    return w;
}

DataStore store(const QString& id)
{
    DataStore d;
    d.id = id;
    return d;
}

// A small model: two workloads and a data store.
Model base()
{
    Model m;
    m.system.name = u"Shop"_s;
    m.workloads = {workload(u"api"_s, 100), workload(u"worker"_s, 10)};
    m.data = {store(u"orders"_s)};
    m.team.size = 5;
    return m;
}

const Workload* find(const Model& m, const QString& id)
{
    for (const Workload& w : m.workloads) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

Workload* find(Model& m, const QString& id)
{
    return const_cast<Workload*>(find(std::as_const(m), id));
}

QStringList idsOf(const QList<Workload>& workloads)
{
    QStringList ids;
    for (const Workload& w : workloads)
        ids.append(w.id);
    return ids;
}

} // namespace

class TestRevisionMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesOfOneSideComeOver();
    void sameChangeOnBothSidesIsNoConflict();
    void fieldChangedDifferentlyIsAConflictSettledByChoice();
    void additionsOfBothSidesAreKept();
    void removalAgainstAChangeIsAConflictOverTheEntry();
    void removalOfAnUnchangedEntryComesOver();
    void entryBothAddedConflictsOnTheFieldsTheySetDifferently();
    void listsThatAreMoreThanAValueMergeWhole();
    void priorityWeightsMergeOneByOne();
    void oneSideUnchangedGivesTheOtherSide_data();
    void oneSideUnchangedGivesTheOtherSide();
    void everyFieldThatIsMoreThanAValueIsMerged();
};

void TestRevisionMerge::changesOfOneSideComeOver()
{
    Model theirs = base();
    find(theirs, u"api"_s)->traffic.peakRps = 500;
    Model yours = base();
    yours.team.size = 8;
    find(yours, u"worker"_s)->cpu = Level::High;

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QVERIFY(merge.conflicts.isEmpty());
    QCOMPARE(merge.theirChanges, 1);
    QCOMPARE(merge.yourChanges, 2);
    Model expected = yours;
    find(expected, u"api"_s)->traffic.peakRps = 500;
    QCOMPARE(merge.merged, expected);
}

void TestRevisionMerge::sameChangeOnBothSidesIsNoConflict()
{
    Model theirs = base();
    theirs.system.name = u"Store"_s;
    const RevisionMerge merge = RevisionMerge::between(base(), theirs, theirs);
    QVERIFY(merge.conflicts.isEmpty());
    QCOMPARE(merge.merged, theirs);
}

void TestRevisionMerge::fieldChangedDifferentlyIsAConflictSettledByChoice()
{
    Model theirs = base();
    find(theirs, u"api"_s)->traffic.peakRps = 500;
    theirs.system.name = u"Store"_s;
    Model yours = base();
    find(yours, u"api"_s)->traffic.peakRps = 250;
    yours.system.name = u"Market"_s;

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QCOMPARE(merge.conflicts.size(), 2);
    const RevisionConflict expectedName{u"system"_s, u"system"_s, u"name"_s,
                                        u"Shop"_s,   u"Store"_s,  u"Market"_s};
    const RevisionConflict expectedRps{u"workloads"_s, u"api"_s, u"traffic.peak_rps"_s,
                                       u"100"_s,       u"500"_s, u"250"_s};
    QCOMPARE(merge.conflicts[0], expectedName);
    QCOMPARE(merge.conflicts[1], expectedRps);
    QCOMPARE(merge.conflicts[1].key(), u"workloads/api/traffic.peak_rps"_s);
    // Unsettled conflicts keep your values: nothing you typed is dropped without a choice.
    QCOMPARE(merge.merged, yours);

    const RevisionMerge settled =
        RevisionMerge::between(base(), theirs, yours, {{expectedRps.key(), MergeSide::Theirs}});
    QCOMPARE(settled.conflicts, merge.conflicts);
    Model expected = yours;
    find(expected, u"api"_s)->traffic.peakRps = 500;
    QCOMPARE(settled.merged, expected);
}

void TestRevisionMerge::additionsOfBothSidesAreKept()
{
    Model theirs = base();
    theirs.workloads.append(workload(u"search"_s, 50));
    Model yours = base();
    yours.workloads.prepend(workload(u"admin"_s, 5));

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QVERIFY(merge.conflicts.isEmpty());
    QCOMPARE(idsOf(merge.merged.workloads), (QStringList{u"admin"_s, u"api"_s, u"worker"_s, u"search"_s}));
    QCOMPARE(merge.theirChanges, 1);
    QCOMPARE(merge.yourChanges, 1);
}

void TestRevisionMerge::removalAgainstAChangeIsAConflictOverTheEntry()
{
    Model theirs = base();
    theirs.workloads.removeAt(1); // worker
    Model yours = base();
    find(yours, u"worker"_s)->memoryMb = 2048;
    find(yours, u"worker"_s)->gpu = true;

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QCOMPARE(merge.conflicts.size(), 1);
    const RevisionConflict expected{
        u"workloads"_s, u"worker"_s, {}, {}, u"removed"_s, u"changed: memory_mb, gpu"_s};
    QCOMPARE(merge.conflicts[0], expected);
    QCOMPARE(merge.merged, yours);
    QCOMPARE(idsOf(RevisionMerge::between(base(), theirs, yours, {{u"workloads/worker"_s, MergeSide::Theirs}})
                       .merged.workloads),
             QStringList{u"api"_s});

    // The other way round: they changed what you removed; theirs brings it back.
    const RevisionMerge reversed = RevisionMerge::between(base(), yours, theirs);
    QCOMPARE(reversed.conflicts.size(), 1);
    QCOMPARE(reversed.conflicts[0].theirs, u"changed: memory_mb, gpu"_s);
    QCOMPARE(reversed.conflicts[0].yours, u"removed"_s);
    QCOMPARE(reversed.merged, theirs);
    QCOMPARE(
        RevisionMerge::between(base(), yours, theirs, {{u"workloads/worker"_s, MergeSide::Theirs}}).merged,
        yours);
}

void TestRevisionMerge::removalOfAnUnchangedEntryComesOver()
{
    Model theirs = base();
    theirs.data.clear();
    Model yours = base();
    yours.workloads.removeAt(0);

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QVERIFY(merge.conflicts.isEmpty());
    QVERIFY(merge.merged.data.isEmpty());
    QCOMPARE(idsOf(merge.merged.workloads), QStringList{u"worker"_s});
}

void TestRevisionMerge::entryBothAddedConflictsOnTheFieldsTheySetDifferently()
{
    Model theirs = base();
    theirs.workloads.append(workload(u"search"_s, 50));
    Model yours = base();
    yours.workloads.append(workload(u"search"_s, 80));

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QCOMPARE(merge.conflicts.size(), 1);
    const RevisionConflict expected{u"workloads"_s, u"search"_s, u"traffic.peak_rps"_s, {}, u"50"_s, u"80"_s};
    QCOMPARE(merge.conflicts[0], expected);
    QCOMPARE(merge.merged.workloads.size(), 3);
}

void TestRevisionMerge::listsThatAreMoreThanAValueMergeWhole()
{
    Model theirs = base();
    theirs.team.skills = {{u"go"_s, 4}};
    find(theirs, u"api"_s)->uses = {{u"orders"_s, UseMode::Sync, Access::Read}};
    Model yours = base();
    yours.team.skills = {{u"java"_s, 3}};

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QCOMPARE(merge.conflicts.size(), 1);
    QCOMPARE(merge.conflicts[0].key(), u"team/team/skills"_s);
    QCOMPARE(merge.conflicts[0].theirs, u"go 4"_s);
    QCOMPARE(merge.conflicts[0].yours, u"java 3"_s);
    QCOMPARE(find(merge.merged, u"api"_s)->uses, find(theirs, u"api"_s)->uses);
    QCOMPARE(merge.merged.team.skills, yours.team.skills);
}

void TestRevisionMerge::priorityWeightsMergeOneByOne()
{
    Model theirs = base();
    theirs.priorities[Quality::Cost] = 5;
    theirs.priorities[Quality::Security] = 1;
    Model yours = base();
    yours.priorities[Quality::Security] = 4;

    const RevisionMerge merge = RevisionMerge::between(base(), theirs, yours);
    QCOMPARE(merge.conflicts.size(), 1);
    const RevisionConflict expected{u"priorities"_s, u"priorities"_s, u"security"_s, u"3"_s, u"1"_s, u"4"_s};
    QCOMPARE(merge.conflicts[0], expected);
    QCOMPARE(merge.merged.priorities[Quality::Cost], 5);
    QCOMPARE(merge.merged.priorities[Quality::Security], 4);
}

void TestRevisionMerge::oneSideUnchangedGivesTheOtherSide_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QStringList examples{u"examples/early-saas.yaml"_s, u"examples/fintech.yaml"_s,
                               u"examples/marketplace.yaml"_s};
    for (const QString& from : examples) {
        for (const QString& to : examples)
            QTest::addRow("%s to %s", qPrintable(from), qPrintable(to)) << from << to;
    }
}

// Whatever one side did, against a side that did nothing, is taken whole and without a conflict: the
// examples differ in every section, so each kind of change is met.
void TestRevisionMerge::oneSideUnchangedGivesTheOtherSide()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Model before = ModelFile::load(kSource + u'/' + from).model;
    const Model after = ModelFile::load(kSource + u'/' + to).model;

    const RevisionMerge theirsOnly = RevisionMerge::between(before, after, before);
    QVERIFY(theirsOnly.conflicts.isEmpty());
    QVERIFY2(ModelDiff::between(theirsOnly.merged, after).isEmpty(), qPrintable(from + u" -> "_s + to));
    QCOMPARE(theirsOnly.yourChanges, 0);

    const RevisionMerge yoursOnly = RevisionMerge::between(before, before, after);
    QVERIFY(yoursOnly.conflicts.isEmpty());
    QCOMPARE(yoursOnly.merged, after);
    QCOMPARE(yoursOnly.theirChanges, 0);
    QCOMPARE(theirsOnly.theirChanges, yoursOnly.yourChanges);
}

// A field declared Custom is handled by each consumer; the merge names the ones it knows, and a new one
// must be taught to it, or theirs would be dropped without a conflict.
void TestRevisionMerge::everyFieldThatIsMoreThanAValueIsMerged()
{
    std::set<std::string_view> custom;
    const auto collect = [&custom](const auto& fields) {
        for (const auto& d : fields) {
            if (d.type == FieldType::Custom)
                custom.insert(d.key);
        }
    };
    collect(fieldList<System>());
    collect(fieldList<Team>());
    collect(fieldList<Environment>());
    collect(fieldList<Workload>());
    collect(fieldList<DataStore>());
    collect(fieldList<Channel>());
    collect(fieldList<Decision>());
    QCOMPARE(custom, (std::set<std::string_view>{"skills", "subject", "uses"}));
}

QTEST_GUILESS_MAIN(TestRevisionMerge)
#include "tst_revisionmerge.moc"
