// Diff as a reviewer uses it: what changed in the model and what that did to the advice, with golden
// outputs for pairs of examples (tests/store/update-diff-golden.sh rewrites them) and exit codes for CI.
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/diff/diffreport.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"
#include "core/store/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gw::Model)

namespace {

const QString kSource = QStringLiteral(GROUNDWORK_SOURCE_DIR);

using gw::testsupport::CliRun;

// In the source folder, so that the golden outputs hold relative paths.
CliRun cli(const QStringList& args)
{
    return gw::testsupport::runCli(args, {}, kSource);
}

Model load(const QString& relative)
{
    return ModelFile::load(kSource + u'/' + relative).model;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenOutputs_data();
    void goldenOutputs();
    void modelDiffNamesFieldsAndElements();
    void ownershipChangesAreFieldChanges();
    void reversedDiffResolvesWhatTheForwardOneRaised();
    void snapshotsCompareWithTheAdviceOfTheirTime();
    void cliComparesTwoSnapshotsOfOneProject();
    void projectComparesSnapshotsAsTheWholeDiffDoes_data();
    void projectComparesSnapshotsAsTheWholeDiffDoes();
    void badSidesAreIoErrors();
};

void TestDiff::goldenOutputs_data()
{
    QTest::addColumn<QString>("oldSide");
    QTest::addColumn<QString>("newSide");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("golden");
    QFile pairs(kSource + QStringLiteral("/tests/data/diff/pairs.txt"));
    QVERIFY(pairs.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    while (!pairs.atEnd()) {
        const QString line = QString::fromUtf8(pairs.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(parts.size(), 3);
        const QList<std::pair<QString, QString>> formats{{QStringLiteral("table"), QStringLiteral("txt")},
                                                         {QStringLiteral("markdown"), QStringLiteral("md")},
                                                         {QStringLiteral("json"), QStringLiteral("json")}};
        for (const auto& [format, ext] : formats) {
            QTest::addRow("%s.%s", qPrintable(parts[0]), qPrintable(ext))
                << parts[1] << parts[2] << format
                << kSource + QStringLiteral("/tests/data/golden/diff/%1.%2").arg(parts[0], ext);
        }
        ++count;
    }
    QVERIFY(count >= 4);
}

void TestDiff::goldenOutputs()
{
    QFETCH(QString, oldSide);
    QFETCH(QString, newSide);
    QFETCH(QString, format);
    QFETCH(QString, golden);
    const CliRun r = cli({QStringLiteral("diff"), oldSide, newSide, QStringLiteral("--format"), format});
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.exitCode, oldSide == newSide ? 0 : 1);
    QFile expected(golden);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(QString::fromUtf8(r.stdOut), QString::fromUtf8(expected.readAll()));
    if (format == QStringLiteral("json")) {
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.stdOut, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("different")).toBool(), oldSide != newSide);
    }
}

void TestDiff::modelDiffNamesFieldsAndElements()
{
    const Model before = load(QStringLiteral("examples/marketplace.yaml"));
    Model after = before;
    after.workloads.removeAt(1);
    after.workloads[0].traffic.peakRps = 1234;
    after.channels.append(after.channels.first()); // a repeated id must not hide or crash anything
    const ModelDiff diff = ModelDiff::between(before, after);
    QCOMPARE(diff.count(ElementChange::Kind::Removed), 1);
    QCOMPARE(diff.count(ElementChange::Kind::Added), 1);
    QCOMPARE(diff.count(ElementChange::Kind::Changed), 1);
    const auto changed = std::find_if(diff.changes.cbegin(), diff.changes.cend(), [](const ElementChange& c) {
        return c.kind == ElementChange::Kind::Changed;
    });
    QCOMPARE(changed->id, before.workloads[0].id);
    QCOMPARE(changed->fields.size(), 1);
    QCOMPARE(changed->fields[0].field, QStringLiteral("traffic.peak_rps"));
    QCOMPARE(changed->fields[0].after, QStringLiteral("1234"));
    QVERIFY(ModelDiff::between(before, before).isEmpty());
}

void TestDiff::ownershipChangesAreFieldChanges()
{
    const Model before = load(QStringLiteral("tests/data/valid/ownership.yaml"));
    Model after = before;
    after.system.ownership.costCentre = QStringLiteral("CC-2000");
    after.data[0].ownership.owner.clear(); // back to the system's owner
    const ModelDiff diff = ModelDiff::between(before, after);
    QCOMPARE(diff.count(ElementChange::Kind::Changed), 2);
    const QList<FieldChange> system{
        {QStringLiteral("cost_centre"), QStringLiteral("CC-1042"), QStringLiteral("CC-2000")}};
    const QList<FieldChange> ledger{{QStringLiteral("owner"), QStringLiteral("finance-platform"), QString()}};
    for (const ElementChange& c : diff.changes)
        QCOMPARE(c.fields, c.section == QStringLiteral("system") ? system : ledger);
}

void TestDiff::reversedDiffResolvesWhatTheForwardOneRaised()
{
    const Model a = load(QStringLiteral("examples/fintech.yaml"));
    const Model b = load(QStringLiteral("tests/data/diff/fintech-v2.yaml"));
    const AdviceSummary adviceA = AdviceSummary::from(PricedScoring::score(a));
    const AdviceSummary adviceB = AdviceSummary::from(PricedScoring::score(b));
    const AdviceDiff forward = AdviceDiff::between(adviceA, adviceB);
    const AdviceDiff backward = AdviceDiff::between(adviceB, adviceA);
    QVERIFY(!forward.newFindings.isEmpty());
    QCOMPARE(backward.resolvedFindings, forward.newFindings);
    QCOMPARE(backward.newFindings, forward.resolvedFindings);
    QCOMPARE(backward.decisions.size(), forward.decisions.size());
    QVERIFY(AdviceDiff::between(adviceA, adviceA).isEmpty());
}

void TestDiff::snapshotsCompareWithTheAdviceOfTheirTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.groundwork"));
    const Model a = load(QStringLiteral("examples/fintech.yaml"));
    const Model b = load(QStringLiteral("tests/data/diff/fintech-v2.yaml"));
    {
        ProjectFile project;
        QVERIFY(project.create(path));
        QVERIFY(project.save(b));
        QVERIFY(project.takeSnapshot(QStringLiteral("before"), {}, a,
                                     AdviceSummary::from(PricedScoring::score(a))));
    }
    const CliRun fromSnapshot = cli({QStringLiteral("diff"), path + QStringLiteral("@before"), path,
                                     QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(fromSnapshot.exitCode, 1);
    const CliRun fromYaml = cli({QStringLiteral("diff"), QStringLiteral("examples/fintech.yaml"),
                                 QStringLiteral("tests/data/diff/fintech-v2.yaml"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject s = QJsonDocument::fromJson(fromSnapshot.stdOut).object();
    const QJsonObject y = QJsonDocument::fromJson(fromYaml.stdOut).object();
    QCOMPARE(s.value(QStringLiteral("model")), y.value(QStringLiteral("model")));
    QCOMPARE(s.value(QStringLiteral("advice")), y.value(QStringLiteral("advice")));
    QCOMPARE(cli({QStringLiteral("diff"), path + QStringLiteral("@before"),
                  QStringLiteral("examples/fintech.yaml")})
                 .exitCode,
             0);
}

// `diff p@a p@b`: the project compares its own snapshots. A schema-1 file is read as it is (the CLI never
// upgrades), a migrated copy part by part; both say the same, and the model part is the YAML diff's.
void TestDiff::cliComparesTwoSnapshotsOfOneProject()
{
    const QString v1 = QStringLiteral("tests/data/store/v1-fintech.groundwork");
    QTemporaryDir dir;
    const QString migrated = dir.filePath(QStringLiteral("migrated.groundwork"));
    QVERIFY(QFile::copy(kSource + u'/' + v1, migrated));
    QFile::setPermissions(migrated, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        ProjectFile project;
        QVERIFY2(project.open(migrated), qPrintable(project.errorString())); // upgrades it
    }
    const auto json = [](const QString& file) {
        const CliRun r =
            cli({QStringLiteral("diff"), file + QStringLiteral("@q1"), file + QStringLiteral("@q2"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 1)
            qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
        return QJsonDocument::fromJson(r.stdOut).object();
    };
    const QJsonObject asStored = json(v1);
    const QJsonObject byParts = json(migrated);
    QVERIFY(!asStored.isEmpty());
    QCOMPARE(byParts.value(QStringLiteral("model")), asStored.value(QStringLiteral("model")));
    QCOMPARE(byParts.value(QStringLiteral("advice")), asStored.value(QStringLiteral("advice")));
    QVERIFY(!asStored.value(QStringLiteral("advice"))
                 .toObject()
                 .value(QStringLiteral("decisions"))
                 .toArray()
                 .isEmpty());
    const CliRun yaml = cli({QStringLiteral("diff"), QStringLiteral("examples/fintech.yaml"),
                             QStringLiteral("tests/data/diff/fintech-v2.yaml"), QStringLiteral("--format"),
                             QStringLiteral("json")});
    QCOMPARE(byParts.value(QStringLiteral("model")),
             QJsonDocument::fromJson(yaml.stdOut).object().value(QStringLiteral("model")));
    QCOMPARE(cli({QStringLiteral("diff"), migrated + QStringLiteral("@q2"), migrated + QStringLiteral("@q2")})
                 .exitCode,
             0);
    const CliRun missing =
        cli({QStringLiteral("diff"), migrated + QStringLiteral("@q1"), migrated + QStringLiteral("@q9")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("no snapshot named 'q9'")), qPrintable(missing.err));
}

namespace {

// A model changed in every section and in the ways an edit history produces: model-level fields,
// environments, priorities, team, pins, elements changed, removed, added, moved and repeated.
Model everySectionChanged(Model m)
{
    m.system.regions.append(QStringLiteral("eu-north-1"));
    m.system.rtoMinutes = 45;
    m.priorities.weights[0] = m.priorities.weights[0] == 5 ? 1 : 5;
    m.team.size += 3;
    m.team.skills.append({QStringLiteral("rust"), 2});
    if (!m.environments.isEmpty()) {
        m.environments[0].region = QStringLiteral("ap-southeast-2");
        m.environments.removeLast();
    }
    m.environments.append({QStringLiteral("perf"), QStringLiteral("perf-account"), {}, {}});
    m.workloads[0].memoryMb += 512;
    m.workloads.move(1, m.workloads.size() - 1);
    m.workloads.append(m.workloads[2]); // a repeated id: matched occurrence by occurrence
    m.data.removeFirst();
    m.channels.append(m.channels.first());
    m.channels.last().id = QStringLiteral("audit-events");
    if (!m.decisions.isEmpty()) {
        m.decisions[0].status = DecisionStatus::Rejected;
        m.decisions.removeLast();
    }
    m.decisions.append({QStringLiteral("system/architecture-style"), QStringLiteral("modular-monolith"),
                        DecisionStatus::Proposed, QStringLiteral("fewer moving parts")});
    return m;
}

// Advice as a project may hold it from an invalid model: one decision and one finding listed twice.
AdviceSummary withRepeats(AdviceSummary advice)
{
    if (!advice.decisions.isEmpty())
        advice.decisions.append(advice.decisions.first());
    if (advice.decisions.size() > 2)
        advice.decisions[1].topScoreTenths += 7;
    if (!advice.findings.isEmpty())
        advice.findings.append(advice.findings.first());
    return advice;
}

} // namespace

void TestDiff::projectComparesSnapshotsAsTheWholeDiffDoes_data()
{
    QTest::addColumn<Model>("before");
    QTest::addColumn<Model>("after");
    QTest::addColumn<bool>("repeats");
    const Model fintech = load(QStringLiteral("examples/fintech.yaml"));
    const Model marketplace = load(QStringLiteral("examples/marketplace.yaml"));
    const Model saas = load(QStringLiteral("examples/early-saas.yaml"));
    QTest::newRow("fintech: a system field and a data store")
        << fintech << load(QStringLiteral("tests/data/diff/fintech-v2.yaml")) << false;
    QTest::newRow("fintech-v2 back to fintech")
        << load(QStringLiteral("tests/data/diff/fintech-v2.yaml")) << fintech << false;
    QTest::newRow("marketplace-v2") << marketplace
                                    << load(QStringLiteral("tests/data/diff/marketplace-v2.yaml")) << false;
    QTest::newRow("early-saas-v2") << saas << load(QStringLiteral("tests/data/diff/early-saas-v2.yaml"))
                                   << false;
    QTest::newRow("every section of marketplace") << marketplace << everySectionChanged(marketplace) << false;
    QTest::newRow("every section of fintech, back") << everySectionChanged(fintech) << fintech << false;
    QTest::newRow("unchanged") << fintech << fintech << false;
    QTest::newRow("another model altogether") << saas << fintech << false;
    QTest::newRow("advice with repeated entries") << marketplace << everySectionChanged(marketplace) << true;
}

// The project's diff reads only what differs between two snapshots; it must say exactly what the diff
// of the two whole snapshots says, in every format.
void TestDiff::projectComparesSnapshotsAsTheWholeDiffDoes()
{
    QFETCH(Model, before);
    QFETCH(Model, after);
    QFETCH(bool, repeats);
    // Scored as every command scores, estimates included, so that the stored costs are compared too.
    AdviceSummary beforeAdvice = AdviceSummary::from(PricedScoring::score(before));
    AdviceSummary afterAdvice = AdviceSummary::from(PricedScoring::score(after));
    if (repeats) {
        beforeAdvice = withRepeats(beforeAdvice);
        afterAdvice = withRepeats(afterAdvice);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.groundwork"));
    ProjectFile project;
    QVERIFY(project.create(path));
    QVERIFY(project.save(after));
    QVERIFY2(project.takeSnapshot(QStringLiteral("a"), {}, before, beforeAdvice),
             qPrintable(project.errorString()));
    QVERIFY2(project.takeSnapshot(QStringLiteral("b"), {}, after, afterAdvice),
             qPrintable(project.errorString()));
    for (const auto& [x, y] :
         {std::pair{u"a"_s, u"b"_s}, std::pair{u"b"_s, u"a"_s}, std::pair{u"a"_s, u"a"_s}}) {
        const bool forward = x == u"a"_s;
        const DiffReport whole =
            x == y    ? DiffReport::compare(x, before, beforeAdvice, y, before, beforeAdvice)
            : forward ? DiffReport::compare(x, before, beforeAdvice, y, after, afterAdvice)
                      : DiffReport::compare(x, after, afterAdvice, y, before, beforeAdvice);
        const std::optional<DiffReport> fast = project.compareSnapshots(x, y, x, y);
        QVERIFY2(fast, qPrintable(project.errorString()));
        QCOMPARE(QString::fromUtf8(fast->toJson()), QString::fromUtf8(whole.toJson()));
        QCOMPARE(fast->toTable(), whole.toTable());
        QCOMPARE(fast->toMarkdown(), whole.toMarkdown());
        QVERIFY(fast->model.changes == whole.model.changes);
        QVERIFY(fast->advice.decisions == whole.advice.decisions);
    }
    QVERIFY(!project.compareSnapshots(u"a"_s, u"nope"_s, u"a"_s, u"nope"_s));
    QCOMPARE(project.error(), ProjectFile::Error::NotFound);
}

void TestDiff::badSidesAreIoErrors()
{
    const CliRun missing =
        cli({QStringLiteral("diff"), QStringLiteral("nope.yaml"), QStringLiteral("examples/fintech.yaml")});
    QCOMPARE(missing.exitCode, 2);
    const CliRun noSnapshot = cli({QStringLiteral("diff"), QStringLiteral("examples/fintech.yaml"),
                                   QStringLiteral("tests/data/store/schema-v1.groundwork@nope")});
    QCOMPARE(noSnapshot.exitCode, 2);
    QVERIFY2(noSnapshot.err.contains(QStringLiteral("no snapshot named 'nope'")), qPrintable(noSnapshot.err));
    QCOMPARE(cli({QStringLiteral("diff"), QStringLiteral("examples/fintech.yaml")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("diff"), QStringLiteral("examples/fintech.yaml"),
                  QStringLiteral("examples/fintech.yaml"), QStringLiteral("--format"), QStringLiteral("xml")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
