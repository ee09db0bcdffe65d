// groundwork-cli report as a reviewer receives it: HTML that parses and asks for nothing outside itself,
// a PDF whose text holds the summary, every decision and every finding, Markdown whose links resolve,
// and Markdown goldens for the examples (scripts/update-report-goldens rewrites them).
#include "clirun.h"
#include "core/cost/pricedscoring.h"
#include "core/export/reportcontent.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace gw;
using Run = gw::testsupport::CliRun;

namespace {

// From the source folder, as a CI job runs it: examples/... paths resolve and show as given.
Run cli(const QStringList& args)
{
    return gw::testsupport::runCli(args, {}, QStringLiteral(GROUNDWORK_SOURCE_DIR));
}

// A poppler tool's exit code and standard output.
Run tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60'000);
    Run run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    return run;
}

const QStringList kExamples{QStringLiteral("early-saas"), QStringLiteral("fintech"),
                            QStringLiteral("marketplace")};

QString examplePath(const QString& name)
{
    return QStringLiteral("examples/") + name + QStringLiteral(".yaml");
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Whitespace folded to single spaces, so that wrapped lines compare with one-line strings; ligatures that
// the PDF's fonts draw ("fl" as U+FB02) back to their letters.
QString folded(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

struct Expected
{
    LoadResult load;
    Recommendations recommendations;
};

Expected expected(const QString& name)
{
    Expected e;
    e.load = ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/") + examplePath(name));
    e.recommendations = PricedScoring::score(e.load.model);
    return e;
}

bool isExternal(QStringView url)
{
    const QString u = url.trimmed().toString().toLower();
    return u.startsWith(QStringLiteral("http:")) || u.startsWith(QStringLiteral("https:")) ||
           u.startsWith(QStringLiteral("//")) || u.startsWith(QStringLiteral("file:")) ||
           u.startsWith(QStringLiteral("ftp:"));
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlParsesAndIsSelfContained_data();
    void htmlParsesAndIsSelfContained();
    void htmlEscapesUserText();
    void pdfHoldsSummaryDecisionsAndFindings_data();
    void pdfHoldsSummaryDecisionsAndFindings();
    void markdownLinksResolve_data();
    void markdownLinksResolve();
    void markdownMatchesGolden_data();
    void markdownMatchesGolden();
    void usageErrors();
};

void TestReportCommand::htmlParsesAndIsSelfContained_data()
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

void TestReportCommand::htmlParsesAndIsSelfContained()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name + QStringLiteral(".html"));
    const Run r = cli({QStringLiteral("report"), examplePath(name), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // the diagram was drawn

    QXmlStreamReader xml(readText(out));
    QString text;
    QStringList ids;
    int svgs = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text() + u' ';
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString().toLower();
        QVERIFY2(element != u"script" && element != u"link" && element != u"iframe" && element != u"object",
                 qPrintable(element));
        svgs += element == u"svg" ? 1 : 0;
        for (const QXmlStreamAttribute& a : xml.attributes()) {
            const QString attr = a.name().toString().toLower();
            if (attr == u"src" || attr == u"href" || attr == u"xlink:href" ||
                a.qualifiedName() == u"xlink:href")
                QVERIFY2(!isExternal(a.value()), qPrintable(a.value().toString()));
            if (attr == u"id")
                ids.append(a.value().toString());
        }
        if (element == u"style") {
            const QString css = xml.readElementText();
            QVERIFY(!css.contains(QStringLiteral("url(")));
            QVERIFY(!css.contains(QStringLiteral("@import")));
        }
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));

    const Expected e = expected(name);
    for (const char* section : {"summary", "topology", "decisions", "scores", "findings", "plan", "elements",
                                "assumptions", "sources"}) {
        QVERIFY2(ids.contains(QString::fromLatin1(section)), section);
    }
    int charts = 0;
    for (const DecisionResult& d : e.recommendations.decisions)
        charts += d.ranking.size() >= 2 ? 1 : 0;
    QCOMPARE(svgs, 1 + charts); // the diagram and one chart per decision with a runner-up
    const QString all = folded(text);
    QVERIFY(all.contains(e.load.model.system.name));
    for (const DecisionResult& d : e.recommendations.decisions)
        QVERIFY2(all.contains(d.chosen.label), qPrintable(d.chosen.label));
    for (const Finding& f : e.recommendations.findings) {
        QVERIFY2(all.contains(folded(f.message)), qPrintable(f.message));
        QVERIFY2(all.contains(folded(f.recommendation)), qPrintable(f.recommendation));
    }
}

void TestReportCommand::htmlEscapesUserText()
{
    QTemporaryDir dir;
    QString model = readText(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml"));
    const QRegularExpression name(QStringLiteral("(?m)^  name: .*$"));
    QVERIFY(model.contains(name));
    model.replace(name, QStringLiteral("  name: \"<script>alert(1)</script> & <img src=http://x/>\""));
    const QString path = dir.filePath(QStringLiteral("hostile.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(model.toUtf8());
    f.close();
    const QString out = dir.filePath(QStringLiteral("hostile.html"));
    QCOMPARE(cli({QStringLiteral("report"), path, QStringLiteral("-o"), out}).exitCode, 0);
    const QString html = readText(out);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(!html.contains(QStringLiteral("<img src=http")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img")));
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestReportCommand::pdfHoldsSummaryDecisionsAndFindings_data()
{
    htmlParsesAndIsSelfContained_data();
}

void TestReportCommand::pdfHoldsSummaryDecisionsAndFindings()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name + QStringLiteral(".pdf"));
    const Run r = cli({QStringLiteral("report"), examplePath(name), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const Run info = tool(QStringLiteral("pdfinfo"), {out});
    QVERIFY2(info.exitCode == 0, "pdfinfo is missing or failed: scripts/install-deps installs poppler-utils");
    const Expected e = expected(name);
    const QString title = e.load.model.system.name + QStringLiteral(": architecture review");
    QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("(?m)^Title: +") +
                                                  QRegularExpression::escape(title) + u'$')),
             qPrintable(info.out));
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("(?m)^Pages: +(\\d+)$")).match(info.out);
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 4, qPrintable(info.out)); // title, contents, and the sections on their own pages

    const Run text = tool(QStringLiteral("pdftotext"),
                          {QStringLiteral("-enc"), QStringLiteral("UTF-8"), out, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString all = folded(text.out);
    for (const char* heading :
         {"Contents", "Summary", "Decisions", "Findings", "Improvement plan", "Sources"})
        QVERIFY2(all.contains(QString::fromLatin1(heading)), heading);
    QVERIFY(all.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    QVERIFY(all.contains(QStringLiteral("Main picks")));
    for (const DecisionResult& d : e.recommendations.decisions)
        QVERIFY2(all.contains(d.chosen.label), qPrintable(d.chosen.label));
    for (const Finding& f : e.recommendations.findings)
        QVERIFY2(all.contains(folded(f.message)), qPrintable(f.message));
}

void TestReportCommand::markdownLinksResolve_data()
{
    htmlParsesAndIsSelfContained_data();
}

void TestReportCommand::markdownLinksResolve()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name + QStringLiteral(".md"));
    const Run r = cli({QStringLiteral("report"), examplePath(name), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString md = readText(out);
    QStringList anchors;
    const QRegularExpression anchor(QStringLiteral("<a id=\"([^\"]+)\"></a>"));
    for (const QRegularExpressionMatch& m : anchor.globalMatch(md))
        anchors.append(m.captured(1));
    int files = 0, internal = 0;
    const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    for (const QRegularExpressionMatch& m : link.globalMatch(md)) {
        const QString target = m.captured(1);
        QVERIFY2(!isExternal(target), qPrintable(target));
        if (target.startsWith(u'#')) {
            QVERIFY2(anchors.contains(target.mid(1)), qPrintable(target));
            ++internal;
        } else {
            QVERIFY2(QFile::exists(QDir(dir.path()).filePath(target)), qPrintable(target));
            ++files;
        }
    }
    QCOMPARE(files, 1); // the diagram beside the report
    QVERIFY(internal >= 9);
}

void TestReportCommand::markdownMatchesGolden_data()
{
    htmlParsesAndIsSelfContained_data();
}

void TestReportCommand::markdownMatchesGolden()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name + QStringLiteral(".md"));
    QCOMPARE(cli({QStringLiteral("report"), examplePath(name), QStringLiteral("-o"), out}).exitCode, 0);
    const QString golden =
        QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/golden/report/") + name + QStringLiteral(".md");
    QVERIFY2(QFile::exists(golden), "run scripts/update-report-goldens");
    QCOMPARE(readText(out), readText(golden));
}

void TestReportCommand::usageErrors()
{
    QTemporaryDir dir;
    QCOMPARE(cli({QStringLiteral("report"), examplePath(QStringLiteral("fintech"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("report"), examplePath(QStringLiteral("fintech")), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("r.docx"))})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("/nonexistent.yaml"), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("r.html"))})
                 .exitCode,
             2);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.html"))));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
