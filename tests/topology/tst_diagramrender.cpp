// Diagrams drawn through the layout helper process (SVG, PNG, PDF, draw.io, geometry), Graphviz
// crashes contained in the helper, and `groundwork-cli render` as users call it.
#include "clirun.h"
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"
#include "core/rules/scoringengine.h"
#include "core/topology/diagramrenderer.h"
#include "core/topology/layoutprocess.h"
#include "core/topology/topologybuilder.h"
#include "generatedmodel.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace gw;

namespace {

const QString kData = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/topology/");
const QString kExamples = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/");

Model load(const QString& path)
{
    const LoadResult r = ModelFile::load(path);
    if (r.hasErrors())
        qFatal("fixture %s is invalid", qPrintable(path));
    return r.model;
}

Topology build(const QString& path)
{
    const Model m = load(path);
    return TopologyBuilder::build(m, ScoringEngine().score(m));
}

// All character data of an XML document, or a null string when it does not parse.
QString xmlText(const QByteArray& xml, QString* error = nullptr)
{
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isCharacters())
            text += r.text() + u' ';
    }
    if (r.hasError()) {
        if (error)
            *error = r.errorString() + QStringLiteral(" at line %1").arg(r.lineNumber());
        return {};
    }
    return text.simplified();
}

QStringList examples()
{
    return QDir(kExamples).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
}

using gw::testsupport::CliRun;
using gw::testsupport::runCli;

} // namespace

class TestDiagramRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgParsesAndHoldsEveryName_data();
    void svgParsesAndHoldsEveryName();
    void hostileNamesInSvgAndDrawIo();
    void pngAndPdfAreWhatTheySay();
    void sameModelSameBytes();
    void drawingTheModelIsDrawingItsTopology();
    void geometryIsOurs();
    void drawIoStructure();
    void graphvizCrashesAreContained_data();
    void graphvizCrashesAreContained();
    void cancelStopsTheLayout();
    void orthogonalSmallDiagram();
    void cliRender();
    void cliSaysWhenCollapsed();
    void helperWithoutInstalledIcons();
};

void TestDiagramRender::svgParsesAndHoldsEveryName_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& f : examples())
        QTest::newRow(qPrintable(f)) << kExamples + f;
    QTest::newRow("small") << kData + QStringLiteral("small.yaml");
}

void TestDiagramRender::svgParsesAndHoldsEveryName()
{
    QFETCH(QString, file);
    const Topology t = build(file);
    const DiagramResult r = DiagramRenderer::render(t, DiagramFormat::Svg);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString error;
    const QString text = xmlText(r.data, &error);
    QVERIFY2(!text.isNull(), qPrintable(error));
    for (const TopologyNode& n : t.nodes)
        QVERIFY2(text.contains(n.name.simplified()), qPrintable(n.name));
    QVERIFY(!r.data.contains("xlink:href=\"api.svg\"")); // icons are inline, the file stands alone
}

void TestDiagramRender::hostileNamesInSvgAndDrawIo()
{
    const Topology t = build(kData + QStringLiteral("hostile.yaml"));
    const DiagramResult svg = DiagramRenderer::render(t, DiagramFormat::Svg);
    QVERIFY2(svg.ok, qPrintable(svg.error));
    const QString text = xmlText(svg.data);
    QVERIFY(text.contains(QStringLiteral("a\"b<c>&{d}|e")));
    QVERIFY(!svg.data.contains("<script>"));
    const DiagramResult drawio = DiagramRenderer::render(t, DiagramFormat::DrawIo);
    QVERIFY2(drawio.ok, qPrintable(drawio.error));
    QXmlStreamReader r(drawio.data);
    QStringList values;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QStringLiteral("mxCell"))
            values.append(r.attributes().value(QStringLiteral("value")).toString());
    }
    QVERIFY(!r.hasError());
    QVERIFY(values.join(u'\n').contains(QStringLiteral("a\"b<c>&{d}|e\napi")));
}

void TestDiagramRender::pngAndPdfAreWhatTheySay()
{
    const Topology t = build(kExamples + QStringLiteral("early-saas.yaml"));
    const DiagramResult png = DiagramRenderer::render(t, DiagramFormat::Png);
    QVERIFY2(png.ok, qPrintable(png.error));
    QVERIFY(png.data.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(png.data.contains("IEND"));
    const DiagramResult pdf = DiagramRenderer::render(t, DiagramFormat::Pdf);
    QVERIFY2(pdf.ok, qPrintable(pdf.error));
    QVERIFY(pdf.data.startsWith("%PDF-1."));
    QVERIFY(pdf.data.trimmed().endsWith("%%EOF"));
}

void TestDiagramRender::sameModelSameBytes()
{
    const Topology t = build(kExamples + QStringLiteral("marketplace.yaml"));
    for (const DiagramFormat f :
         {DiagramFormat::Svg, DiagramFormat::Png, DiagramFormat::Pdf, DiagramFormat::DrawIo}) {
        const DiagramResult a = DiagramRenderer::render(t, f);
        const DiagramResult b = DiagramRenderer::render(t, f);
        QVERIFY(a.ok && b.ok);
        QVERIFY2(a.data == b.data, qPrintable(enumName(f)));
    }
    const TopologyLayout a = DiagramRenderer::layout(t);
    const TopologyLayout b = DiagramRenderer::layout(t);
    QCOMPARE(a.geometry.nodes, b.geometry.nodes);
}

// Given the model, the renderer starts the helper before it builds the topology: the drawing, and
// the topology it hands back, are those of building first and rendering after.
void TestDiagramRender::drawingTheModelIsDrawingItsTopology()
{
    const Model m = load(kExamples + QStringLiteral("fintech.yaml"));
    const Recommendations r = ScoringEngine().score(m);
    TopologyBuilder::Options build;
    build.environment = m.environments.last().name;
    const Topology expected = TopologyBuilder::build(m, r, build);
    for (const DiagramFormat f : {DiagramFormat::Svg, DiagramFormat::DrawIo, DiagramFormat::Mermaid}) {
        Topology built;
        const DiagramResult fromModel = DiagramRenderer::render(m, r, build, f, {}, nullptr, &built);
        QVERIFY2(fromModel.ok, qPrintable(fromModel.error));
        QCOMPARE(fromModel.data, DiagramRenderer::render(expected, f).data);
        QCOMPARE(built.environment, expected.environment);
        QCOMPARE(built.nodes.size(), expected.nodes.size());
        for (int i = 0; i < built.nodes.size(); ++i)
            QCOMPARE(built.nodes[i].id, expected.nodes[i].id);
    }
    Topology built;
    const TopologyLayout laid = DiagramRenderer::layout(m, r, build, {}, nullptr, &built);
    QVERIFY2(laid.ok, qPrintable(laid.error));
    QCOMPARE(laid.geometry.nodes, DiagramRenderer::layout(expected).geometry.nodes);
    QCOMPARE(built.nodes.size(), expected.nodes.size());

    // A refusal after the helper was started leaves nothing running behind: the call returns.
    DiagramOptions ortho;
    ortho.orthogonal = true;
    const Model large = gw::testsupport::generateModel({120, 50, 10}); // above kMaxOrthoNodes boxes
    TopologyBuilder::Options full;
    full.collapseAbove = 0;
    const DiagramResult refused =
        DiagramRenderer::render(large, ScoringEngine().score(large), full, DiagramFormat::Svg, ortho);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("orthogonal")), qPrintable(refused.error));
}

void TestDiagramRender::geometryIsOurs()
{
    const Topology t = build(kData + QStringLiteral("small.yaml"));
    const TopologyLayout l = DiagramRenderer::layout(t);
    QVERIFY2(l.ok, qPrintable(l.error));
    const QRectF all(QPointF(0, 0), l.geometry.size);
    QCOMPARE(l.geometry.nodes.size(), t.nodes.size());
    for (int i = 0; i < t.nodes.size(); ++i) {
        const QRectF box = l.geometry.nodes[i];
        QVERIFY(!box.isEmpty());
        QVERIFY(all.contains(box));
        if (t.nodes[i].cluster >= 0)
            QVERIFY2(l.geometry.clusters[t.nodes[i].cluster].contains(box), qPrintable(t.nodes[i].id));
    }
    // Left to right: the internet is left of the gateway, which is left of the data stores.
    const auto x = [&](const QString& id) { return l.geometry.nodes[t.nodeIndex(id)].center().x(); };
    QVERIFY(x(QStringLiteral("clients:public")) < x(QStringLiteral("edge")));
    QVERIFY(x(QStringLiteral("edge")) < x(QStringLiteral("d:db")));
    // y points down: the title sits above everything, so the environment box does not start at 0.
    QVERIFY(l.geometry.clusters[0].top() > 0);
    QCOMPARE(l.geometry.edges.size(), t.edges.size());
    for (const EdgeGeometry& e : l.geometry.edges) {
        QVERIFY(e.spline.size() >= 4);
        QVERIFY(all.contains(e.spline.first()));
    }
    // Top to bottom turns the picture.
    DiagramOptions tb;
    tb.direction = LayoutDirection::TopToBottom;
    const TopologyLayout v = DiagramRenderer::layout(t, tb);
    QVERIFY(v.ok);
    const auto y = [&](const QString& id) { return v.geometry.nodes[t.nodeIndex(id)].center().y(); };
    QVERIFY(y(QStringLiteral("clients:public")) < y(QStringLiteral("d:db")));
}

void TestDiagramRender::drawIoStructure()
{
    const Topology t = build(kExamples + QStringLiteral("marketplace.yaml"));
    const DiagramResult r = DiagramRenderer::render(t, DiagramFormat::DrawIo);
    QVERIFY2(r.ok, qPrintable(r.error));
    // mxfile > diagram > mxGraphModel > root > mxCell*, cells 0 and 1 first, every parent / source /
    // target an existing cell, vertices with a geometry.
    QXmlStreamReader x(r.data);
    QStringList path;
    QSet<QString> ids;
    QList<QPair<QString, QString>> references;
    int vertices = 0, edges = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            path.append(x.name().toString());
            if (x.name() == QStringLiteral("mxCell")) {
                QCOMPARE(path.mid(0, 4),
                         (QStringList{QStringLiteral("mxfile"), QStringLiteral("diagram"),
                                      QStringLiteral("mxGraphModel"), QStringLiteral("root")}));
                const auto a = x.attributes();
                const QString id = a.value(QStringLiteral("id")).toString();
                QVERIFY(!ids.contains(id));
                if (ids.isEmpty())
                    QCOMPARE(id, QStringLiteral("0"));
                ids.insert(id);
                for (const char* ref : {"parent", "source", "target"}) {
                    if (a.hasAttribute(QLatin1StringView(ref)))
                        references.append({id, a.value(QLatin1StringView(ref)).toString()});
                }
                vertices += a.value(QStringLiteral("vertex")) == QStringLiteral("1") ? 1 : 0;
                edges += a.value(QStringLiteral("edge")) == QStringLiteral("1") ? 1 : 0;
            }
        } else if (x.isEndElement()) {
            path.removeLast();
        }
    }
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    QVERIFY(ids.contains(QStringLiteral("1")));
    for (const auto& [from, to] : references)
        QVERIFY2(ids.contains(to), qPrintable(from + QStringLiteral(" -> ") + to));
    QCOMPARE(vertices, t.nodes.size() + t.clusters.size());
    QCOMPARE(edges, t.edges.size());
}

void TestDiagramRender::graphvizCrashesAreContained_data()
{
    QTest::addColumn<QString>("file");
    // Found with random graphs on Debian 12's Graphviz 2.42: edge label= across nested clusters, and
    // splines=ortho with labels and mixed node sizes; both abort the process that runs them.
    QTest::newRow("label in nested clusters") << kData + QStringLiteral("crash-init-rank.dot");
    QTest::newRow("ortho with labels") << kData + QStringLiteral("crash-ortho.dot");
}

void TestDiagramRender::graphvizCrashesAreContained()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    LayoutRequest request;
    request.dot = f.readAll();
    request.format = QStringLiteral("svg");
    request.geometry = true;
    const LayoutResult r = LayoutProcess::run(request);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("the Graphviz layout crashed; no diagram was drawn")) ||
                 r.error.startsWith(QStringLiteral("Graphviz could not lay the diagram out")),
             qPrintable(r.error));
    // And we are still here: the next layout works.
    const DiagramResult after =
        DiagramRenderer::render(build(kData + QStringLiteral("small.yaml")), DiagramFormat::Svg);
    QVERIFY(after.ok);
}

void TestDiagramRender::cancelStopsTheLayout()
{
    std::atomic_bool cancel = true;
    const DiagramResult r = DiagramRenderer::render(build(kExamples + QStringLiteral("marketplace.yaml")),
                                                    DiagramFormat::Svg, {}, &cancel);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("the layout was cancelled"));
}

void TestDiagramRender::orthogonalSmallDiagram()
{
    DiagramOptions o;
    o.orthogonal = true;
    const Topology t = build(kExamples + QStringLiteral("early-saas.yaml"));
    const DiagramResult r = DiagramRenderer::render(t, DiagramFormat::Svg, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!xmlText(r.data).isNull());
}

void TestDiagramRender::cliRender()
{
    QTemporaryDir dir;
    const QString model = kData + QStringLiteral("small.yaml");
    for (const QString& name : {QStringLiteral("d.svg"), QStringLiteral("d.png"), QStringLiteral("d.pdf"),
                                QStringLiteral("d.dot"), QStringLiteral("d.mmd"), QStringLiteral("d.puml"),
                                QStringLiteral("d.dsl"), QStringLiteral("d.drawio")}) {
        const CliRun run =
            runCli({QStringLiteral("render"), model, QStringLiteral("-o"), dir.filePath(name)});
        QVERIFY2(run.exitCode == 0, qPrintable(name + u' ' + run.err));
        QVERIFY(QFileInfo(dir.filePath(name)).size() > 100);
    }
    const QString out = dir.filePath(QStringLiteral("x.txt"));
    QCOMPARE(runCli({QStringLiteral("render"), model, QStringLiteral("-o"), out, QStringLiteral("--format"),
                     QStringLiteral("mermaid"), QStringLiteral("--env"), QStringLiteral("staging"),
                     QStringLiteral("--direction"), QStringLiteral("TB")})
                 .exitCode,
             0);
    QFile mermaid(out);
    QVERIFY(mermaid.open(QIODevice::ReadOnly));
    QVERIFY(mermaid.readAll().contains("flowchart TB"));

    QCOMPARE(runCli({QStringLiteral("render"), model, QStringLiteral("-o"), out}).exitCode, 2); // no format
    QCOMPARE(runCli({QStringLiteral("render"), model}).exitCode, 2);                            // no -o
    QCOMPARE(runCli({QStringLiteral("render"), model, QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("a.svg")), QStringLiteral("--env"), QStringLiteral("qa")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("render"), kData + QStringLiteral("missing.yaml"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("a.svg"))})
                 .exitCode,
             2);
    QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("groundwork: 1\nsystem: {name: S}\nteam: {size: 0}\n");
    broken.close();
    QCOMPARE(runCli({QStringLiteral("render"), broken.fileName(), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("b.svg"))})
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.svg"))));
}

void TestDiagramRender::cliSaysWhenCollapsed()
{
    QTemporaryDir dir;
    QFile model(dir.filePath(QStringLiteral("large.yaml")));
    QVERIFY(model.open(QIODevice::WriteOnly));
    // 160 elements: above TopologyBuilder::kCollapseAbove, still quick to draw in full.
    static_assert(TopologyBuilder::kCollapseAbove < 160);
    model.write(ModelWriter::toYaml(testsupport::generateModel({96, 48, 16})));
    model.close();

    const QString overview = dir.filePath(QStringLiteral("overview.svg"));
    const CliRun collapsed =
        runCli({QStringLiteral("render"), model.fileName(), QStringLiteral("-o"), overview});
    QVERIFY2(collapsed.exitCode == 0, qPrintable(collapsed.err));
    QVERIFY2(collapsed.out.contains(QStringLiteral("collapsed overview: 160 elements")),
             qPrintable(collapsed.out));
    QVERIFY(collapsed.out.contains(QStringLiteral("--full")));
    QFile svg(overview);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = xmlText(svg.readAll());
    QVERIFY(text.contains(QStringLiteral("collapsed overview: 160 elements")));
    QVERIFY(QRegularExpression(QStringLiteral("\\b\\d+ workloads\\b")).match(text).hasMatch());
    QVERIFY(!text.contains(QStringLiteral("Service 95"))); // no single element's box

    const QString fullPath = dir.filePath(QStringLiteral("full.svg"));
    const CliRun full = runCli({QStringLiteral("render"), model.fileName(), QStringLiteral("-o"), fullPath,
                                QStringLiteral("--full")});
    QVERIFY2(full.exitCode == 0, qPrintable(full.err));
    QVERIFY(!full.out.contains(QStringLiteral("collapsed")));
    QFile fullSvg(fullPath);
    QVERIFY(fullSvg.open(QIODevice::ReadOnly));
    const QString fullText = xmlText(fullSvg.readAll());
    QVERIFY(!fullText.contains(QStringLiteral("collapsed overview")));
    QVERIFY(fullText.contains(QStringLiteral("Service 95")));
}

void TestDiagramRender::helperWithoutInstalledIcons()
{
    // A helper without share/groundwork/icons beside it writes its own copy of the icons for Graphviz:
    // the picture is the same.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("groundwork-layout"));
    QVERIFY(QFile::copy(LayoutProcess::helperPath(), copy));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("../share/groundwork/icons"))).exists());
    const Topology t = build(kData + QStringLiteral("small.yaml"));
    const DiagramResult installed = DiagramRenderer::render(t, DiagramFormat::Svg);
    QVERIFY2(installed.ok, qPrintable(installed.error));
    qputenv("GROUNDWORK_LAYOUT", copy.toLocal8Bit());
    const DiagramResult fallback = DiagramRenderer::render(t, DiagramFormat::Svg);
    qputenv("GROUNDWORK_LAYOUT", LayoutProcess::helperPath().toLocal8Bit());
    QVERIFY2(fallback.ok, qPrintable(fallback.error));
    QCOMPARE(fallback.data, installed.data);
    QVERIFY(fallback.data.contains("data:image/svg+xml;base64,")); // icons inline, not file names
}

QTEST_GUILESS_MAIN(TestDiagramRender)
#include "tst_diagramrender.moc"
