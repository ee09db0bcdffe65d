// Decision records and the Well-Architected lens as their readers get them: every MADR section, status
// from the model's pinned decisions, records updated in place on a second run; a lens within the limits
// of the lens format specification whose risk rules name only existing choices.
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using Run = gw::testsupport::CliRun;

namespace {

// From the source folder, as a CI job runs it: examples/... paths resolve and show as given.
Run cli(const QStringList& args)
{
    return gw::testsupport::runCli(args, {}, QStringLiteral(GROUNDWORK_SOURCE_DIR));
}

const QStringList kExamples{QStringLiteral("early-saas"), QStringLiteral("fintech"),
                            QStringLiteral("marketplace")};

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList records(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

Recommendations scoreOf(const QString& name)
{
    return PricedScoring::score(
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + QStringLiteral(".yaml"))
            .model);
}

// The lens format's ids: 3 to 128 letters, digits and underscores.
bool validId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{3,128}$"));
    return re.match(id).hasMatch();
}

bool validText(const QJsonValue& v, int max)
{
    return v.isString() && !v.toString().isEmpty() && v.toString().size() <= max;
}

bool validResource(const QJsonValue& v)
{
    if (v.isUndefined())
        return true;
    const QJsonObject o = v.toObject();
    if (!validText(o[u"displayText"], 2048))
        return false;
    const QString url = o[u"url"].toString();
    return !o.contains(u"url") || url.startsWith(QStringLiteral("https://")) ||
           url.startsWith(QStringLiteral("http://"));
}

} // namespace

class TestAdrLens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsHaveEveryMadrSection_data();
    void recordsHaveEveryMadrSection();
    void secondRunUpdatesInPlace();
    void projectFileGivesStatusAndHistory();
    void recordsMatchGolden_data();
    void recordsMatchGolden();
    void lensRespectsTheFormatLimits();
};

void TestAdrLens::recordsHaveEveryMadrSection_data()
{
    QTest::addColumn<QString>("name");
#ifdef GROUNDWORK_SANITIZED
    // Under the sanitizers each CLI run takes seconds; the largest example is the one that reaches the
    // most code, and the plain run checks all three.
    QTest::newRow("fintech") << QStringLiteral("fintech");
#else
    for (const QString& name : kExamples)
        QTest::newRow(qPrintable(name)) << name;
#endif
}

void TestAdrLens::recordsHaveEveryMadrSection()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("adr"), QStringLiteral("examples/%1.yaml").arg(name),
                       QStringLiteral("-o"), dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Recommendations recs = scoreOf(name);
    const Model model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + QStringLiteral(".yaml"))
            .model;
    const QStringList files = records(dir.path());
    QCOMPARE(files.size(), recs.decisions.size());
    const QRegularExpression fileName(QStringLiteral("^\\d{4}-[a-z0-9-]+\\.md$"));
    int pinned = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QVERIFY2(fileName.match(files[i]).hasMatch(), qPrintable(files[i]));
        QVERIFY(files[i].startsWith(QStringLiteral("%1-").arg(i + 1, 4, 10, QChar(u'0'))));
        const QString text = readText(QDir(dir.path()).filePath(files[i]));
        for (const char* section :
             {"## Context and Problem Statement", "## Decision Drivers", "## Considered Options",
              "## Decision Outcome", "### Consequences", "## Pros and Cons of the Options"}) {
            QVERIFY2(text.contains(QString::fromLatin1(section) + u'\n'), section);
        }
        const DecisionResult& d = recs.decisions[i];
        QVERIFY(
            text.contains(QStringLiteral("groundwork-decision: %1/%2\n").arg(d.subject, enumName(d.kind))));
        QString status = QStringLiteral("proposed");
        for (const Decision& pin : model.decisions) {
            if (pin.subject == QStringLiteral("%1/%2").arg(d.subject, enumName(d.kind)))
                status = enumName(pin.status);
        }
        QVERIFY2(text.startsWith(QStringLiteral("---\nstatus: %1\n").arg(status)), qPrintable(files[i]));
        pinned += d.pinned ? 1 : 0;
        QVERIFY(text.contains(QStringLiteral("Chosen option: \"")));
        // Every option, ranked or excluded, has its pros and cons.
        const QString prosAndCons = text.section(QStringLiteral("## Pros and Cons of the Options\n"), 1)
                                        .section(QStringLiteral("\n## "), 0, 0);
        QCOMPARE(prosAndCons.count(QStringLiteral("\n### ")), d.ranking.size() + d.excluded.size());
    }
    if (name == QStringLiteral("marketplace"))
        QVERIFY(pinned > 0); // the example pins decisions (one rejected): their status must come through
}

void TestAdrLens::secondRunUpdatesInPlace()
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("adr"), QStringLiteral("examples/marketplace.yaml"),
                           QStringLiteral("-o"), dir.path()};
    QCOMPARE(cli(args).exitCode, 0);
    const QStringList first = records(dir.path());
    QVERIFY(first.size() > 3);
    // A reader renumbers and renames one record, edits another, and keeps notes of their own beside them.
    QVERIFY(QFile::rename(QDir(dir.path()).filePath(first[2]),
                          QDir(dir.path()).filePath(QStringLiteral("0099-our-title.md"))));
    QFile edited(QDir(dir.path()).filePath(first[0]));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nA line added by hand.\n");
    edited.close();
    QFile notes(QDir(dir.path()).filePath(QStringLiteral("README.md")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("# Our decisions\n");
    notes.close();

    const Run second = cli(args);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral(", 0 new, ")), qPrintable(second.out));
    QStringList expected = first;
    expected.removeAt(2);
    expected.append(QStringLiteral("0099-our-title.md"));
    expected.append(QStringLiteral("README.md"));
    expected.sort();
    QCOMPARE(records(dir.path()), expected);
    QVERIFY(!readText(QDir(dir.path()).filePath(first[0])).contains(QStringLiteral("A line added by hand.")));
    QVERIFY(readText(QDir(dir.path()).filePath(QStringLiteral("0099-our-title.md")))
                .contains(QStringLiteral("## Decision Outcome")));
    QCOMPARE(readText(QDir(dir.path()).filePath(QStringLiteral("README.md"))),
             QStringLiteral("# Our decisions\n"));
}

void TestAdrLens::projectFileGivesStatusAndHistory()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("plan.groundwork"));
    QCOMPARE(cli({QStringLiteral("convert"), QStringLiteral("examples/marketplace.yaml"), project}).exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("adr"));
    const Run r = cli({QStringLiteral("adr"), project, QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Recommendations recs = scoreOf(QStringLiteral("marketplace"));
    const QStringList files = records(out);
    QCOMPARE(files.size(), recs.decisions.size());
    const Model model =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/marketplace.yaml")).model;
    int withHistory = 0;
    for (const QString& file : files) {
        const QString text = readText(QDir(out).filePath(file));
        const Decision* pin = nullptr;
        for (const Decision& d : model.decisions) {
            if (text.contains(QStringLiteral("groundwork-decision: %1\n").arg(d.subject)))
                pin = &d;
        }
        if (!pin) {
            QVERIFY2(!text.contains(QStringLiteral("## More Information")), qPrintable(file));
            continue;
        }
        // The log recorded every pin (rejected ones too) when the project was written: the record's
        // status and history come from it.
        QVERIFY2(text.contains(QStringLiteral("## More Information")), qPrintable(file));
        QVERIFY(text.contains(QStringLiteral(": %1, %2").arg(pin->choice, enumName(pin->status))));
        QVERIFY(text.startsWith(QStringLiteral("---\nstatus: %1\n").arg(enumName(pin->status))));
        ++withHistory;
    }
    QCOMPARE(withHistory, model.decisions.size());
}

void TestAdrLens::recordsMatchGolden_data()
{
    recordsHaveEveryMadrSection_data();
}

void TestAdrLens::recordsMatchGolden()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("adr"), QStringLiteral("examples/%1.yaml").arg(name), QStringLiteral("-o"),
                  dir.path()})
                 .exitCode,
             0);
    const QString golden = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/golden/report/adr/") + name;
    QVERIFY2(QDir(golden).exists(), "run scripts/update-report-goldens");
    QCOMPARE(records(dir.path()), records(golden));
    for (const QString& file : records(golden))
        QCOMPARE(readText(QDir(dir.path()).filePath(file)), readText(QDir(golden).filePath(file)));
}

void TestAdrLens::lensRespectsTheFormatLimits()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("lens.json"));
    const Run r = cli({QStringLiteral("lens"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty()); // no rule left out
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() <= 500 * 1024);
    QJsonParseError error;
    const QJsonObject lens = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(lens[u"schemaVersion"].toString(), QStringLiteral("2021-11-01"));
    QVERIFY(validText(lens[u"name"], 128));
    QVERIFY(validText(lens[u"description"], 2048));
    const QJsonArray pillars = lens[u"pillars"].toArray();
    QVERIFY(!pillars.isEmpty() && pillars.size() <= 10);

    QSet<QString> pillarIds, questionIds;
    int questions = 0;
    for (const QJsonValue& p : pillars) {
        const QString pid = p[u"id"].toString();
        QVERIFY2(validId(pid) && !pillarIds.contains(pid), qPrintable(pid));
        pillarIds.insert(pid);
        QVERIFY(validText(p[u"name"], 128));
        const QJsonArray qs = p[u"questions"].toArray();
        QVERIFY(!qs.isEmpty() && qs.size() <= 20);
        for (const QJsonValue& q : qs) {
            ++questions;
            const QString qid = q[u"id"].toString();
            QVERIFY2(validId(qid) && !questionIds.contains(qid), qPrintable(qid));
            questionIds.insert(qid);
            QVERIFY(validText(q[u"title"], 128));
            QVERIFY(validText(q[u"description"], 2048));
            QVERIFY(validResource(q[u"helpfulResource"]));
            const QJsonArray choices = q[u"choices"].toArray();
            QVERIFY(!choices.isEmpty() && choices.size() <= 15);
            QSet<QString> choiceIds;
            for (const QJsonValue& c : choices) {
                const QString cid = c[u"id"].toString();
                QVERIFY2(validId(cid) && !choiceIds.contains(cid), qPrintable(cid));
                choiceIds.insert(cid);
                QVERIFY(validText(c[u"title"], 128));
                QVERIFY(validResource(c[u"helpfulResource"]));
                if (!cid.endsWith(QStringLiteral("_no"))) // "None of these" needs no improvement plan
                    QVERIFY2(validResource(c[u"improvementPlan"]) && c[u"improvementPlan"].isObject(),
                             qPrintable(cid));
            }
            const QJsonArray rules = q[u"riskRules"].toArray();
            QVERIFY(!rules.isEmpty() && rules.size() <= 3);
            QSet<QString> risks;
            int defaults = 0;
            for (const QJsonValue& rule : rules) {
                const QString risk = rule[u"risk"].toString();
                QVERIFY2(risk == u"HIGH_RISK" || risk == u"MEDIUM_RISK" || risk == u"NO_RISK",
                         qPrintable(risk));
                QVERIFY2(!risks.contains(risk), "one risk rule per level");
                risks.insert(risk);
                const QString condition = rule[u"condition"].toString();
                if (condition == u"default") {
                    ++defaults;
                    continue;
                }
                // A boolean expression of the question's choice ids: ids, &&, ||, !, parentheses.
                QString rest = condition;
                static const QRegularExpression id(QStringLiteral("[A-Za-z0-9_]+"));
                for (const QRegularExpressionMatch& m : id.globalMatch(condition))
                    QVERIFY2(choiceIds.contains(m.captured()), qPrintable(m.captured()));
                rest.remove(id);
                rest.remove(QStringLiteral("&&")).remove(QStringLiteral("||"));
                for (const QChar ch : std::as_const(rest))
                    QVERIFY2(ch == u'!' || ch == u'(' || ch == u')' || ch == u' ', qPrintable(condition));
            }
            QCOMPARE(defaults, 1);
            QCOMPARE(rules.last()[u"condition"].toString(), QStringLiteral("default"));
        }
    }
    const CatalogLoad builtIn = RulePackLoader::load({});
    QCOMPARE(questions, builtIn.catalog->findings().size()); // one question per finding rule
}

QTEST_GUILESS_MAIN(TestAdrLens)
#include "tst_adrlens.moc"
