// The topology graph built from models (clusters, derived nodes, edges) and the text formats written
// from it: DOT structure, Mermaid / PlantUML / Structurizr grammar, escaping of hostile names, goldens.
#include "core/cost/pricedscoring.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"
#include "core/topology/diagramrenderer.h"
#include "core/topology/dotwriter.h"
#include "core/topology/mermaidwriter.h"
#include "core/topology/plantumlwriter.h"
#include "core/topology/structurizrwriter.h"
#include "core/topology/textescape.h"
#include "core/topology/topologybuilder.h"
#include "generatedmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

const QString kData = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/topology/");
const QString kGolden = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/golden/topology/");
const QString kExamples = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/");
const QString kHostileName = QStringLiteral("a\"b<c>&{d}|e");

Model load(const QString& path)
{
    const LoadResult r = ModelFile::load(path);
    if (r.hasErrors())
        qFatal("fixture %s is invalid", qPrintable(path));
    return r.model;
}

Topology build(const QString& path, const QString& env = {}, bool withRules = true)
{
    const Model m = load(path);
    return TopologyBuilder::build(m, withRules ? PricedScoring::score(m) : Recommendations{},
                                  {env}); // as the CLI
}

const TopologyEdge* findEdge(const Topology& t, const QString& from, const QString& to)
{
    for (const TopologyEdge& e : t.edges) {
        if (e.from == from && e.to == to)
            return &e;
    }
    return nullptr;
}

QStringList examples()
{
    return QDir(kExamples).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT

private:
    static void checkDotClusterMembership(const Topology& t);

private Q_SLOTS:
    void clustersNestEnvironmentRegionZone();
    void derivedNodes();
    void loadBalancersOnlyWithoutServerless();
    void edgesStyleAndLabel();
    void nodesShowPicksAndFindings();
    void dataStoresNeverPublic_data();
    void dataStoresNeverPublic();
    void environmentChoice();
    void worksWithoutRecommendations();
    void dotUsesOnlyTheSafeSubset();
    void dotClusterMembership();
    void hostileNamesAreEscaped();
    void mermaidGrammar();
    void mermaidParsesWithMermaid();
    void structurizrGrammar();
    void plantUmlParses();
    void deterministic();
    void golden_data();
    void golden();
    void formatFromExtension();
    void orthogonalRefusedWhenLarge();
    void largeModelsAreCollapsed();
    void collapsedGroupsCountEveryElementAndEdge();
    void staleRecommendationsFoundById();
    void overviewGolden_data();
    void overviewGolden();
    void largeDotLetsConsumersFloat();
    void standbyRegionHoldsDataReplicas();
    void activeActiveDrawsEveryRegion();
    void overviewOfManyRegionsBundlesEveryEdge();
};

void TestTopology::clustersNestEnvironmentRegionZone()
{
    const Topology t = build(kData + QStringLiteral("small.yaml"));
    QCOMPARE(t.environment, QStringLiteral("production"));
    QCOMPARE(t.clusters.size(), 5);
    QCOMPARE(t.clusters[0].kind, ClusterKind::Environment);
    QCOMPARE(t.clusters[0].label, QStringLiteral("production (prod)"));
    QCOMPARE(t.clusters[1].kind, ClusterKind::Region);
    QCOMPARE(t.clusters[1].label, QStringLiteral("eu-west-1"));
    QCOMPARE(t.clusters[1].parent, 0);
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(t.clusters[i].kind, ClusterKind::Zone);
        QCOMPARE(t.clusters[i].parent, 1);
    }
    QCOMPARE(t.zoneOf(*t.node(QStringLiteral("w:api"))), Zone::Application);
    QCOMPARE(t.zoneOf(*t.node(QStringLiteral("c:events"))), Zone::Application);
    QCOMPARE(t.zoneOf(*t.node(QStringLiteral("d:db"))), Zone::Data);
    QCOMPARE(t.zoneOf(*t.node(QStringLiteral("edge"))), Zone::Edge);
    QCOMPARE(t.clusterPath(t.node(QStringLiteral("d:db"))->cluster), (QList<int>{0, 1, 4}));
    // Clients are outside the environment.
    QCOMPARE(t.node(QStringLiteral("clients:public"))->cluster, -1);
}

void TestTopology::derivedNodes()
{
    const Topology t = build(kData + QStringLiteral("small.yaml"));
    const TopologyNode* internet = t.node(QStringLiteral("clients:public"));
    const TopologyNode* partners = t.node(QStringLiteral("clients:partner"));
    const TopologyNode* edge = t.node(QStringLiteral("edge"));
    QVERIFY(internet && partners && edge);
    QCOMPARE(internet->kind, NodeKind::Clients);
    QCOMPARE(edge->kind, NodeKind::Edge);
    QVERIFY(edge->isDerived());
    QVERIFY(!edge->pick.isEmpty()); // from the system edge decision
    QVERIFY(findEdge(t, internet->id, edge->id));
    QVERIFY(findEdge(t, partners->id, edge->id));
    // The gateway fronts every public and partner workload (or its load balancer), and nothing else.
    for (const QString& id : {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("partner-hook")}) {
        const QString front =
            t.node(QStringLiteral("lb:") + id) ? QStringLiteral("lb:") + id : QStringLiteral("w:") + id;
        QVERIFY2(findEdge(t, QStringLiteral("edge"), front), qPrintable(id));
    }
    QVERIFY(!findEdge(t, QStringLiteral("edge"), QStringLiteral("w:consumer")));
}

void TestTopology::loadBalancersOnlyWithoutServerless()
{
    Model m = load(kData + QStringLiteral("small.yaml"));
    m.decisions.append(
        Decision{QStringLiteral("api/compute"), QStringLiteral("kubernetes"), DecisionStatus::Accepted, {}});
    m.decisions.append(
        Decision{QStringLiteral("web/compute"), QStringLiteral("functions"), DecisionStatus::Accepted, {}});
    const Topology t = TopologyBuilder::build(m, ScoringEngine().score(m));
    const TopologyNode* lb = t.node(QStringLiteral("lb:api"));
    QVERIFY(lb);
    QCOMPARE(lb->kind, NodeKind::LoadBalancer);
    QCOMPARE(t.zoneOf(*lb), Zone::Edge);
    QVERIFY(findEdge(t, QStringLiteral("lb:api"), QStringLiteral("w:api")));
    QVERIFY(findEdge(t, QStringLiteral("edge"), QStringLiteral("lb:api")));
    QVERIFY(!t.node(QStringLiteral("lb:web"))); // serverless brings its own front door
    QVERIFY(!t.node(QStringLiteral("lb:consumer")));
}

void TestTopology::edgesStyleAndLabel()
{
    const Topology t = build(kData + QStringLiteral("small.yaml"));
    const TopologyEdge* sync = findEdge(t, QStringLiteral("w:web"), QStringLiteral("w:api"));
    QVERIFY(sync);
    QCOMPARE(sync->style, EdgeStyle::Sync);
    QVERIFY(QStringList({QStringLiteral("REST"), QStringLiteral("GraphQL"), QStringLiteral("gRPC")})
                .contains(sync->label));
    const TopologyEdge* async = findEdge(t, QStringLiteral("w:partner-hook"), QStringLiteral("w:api"));
    QVERIFY(async);
    QCOMPARE(async->style, EdgeStyle::Async);
    QCOMPARE(async->label, QStringLiteral("async"));
    const TopologyEdge* publish = findEdge(t, QStringLiteral("w:api"), QStringLiteral("c:events"));
    QVERIFY(publish);
    QCOMPARE(publish->style, EdgeStyle::Async);
    QCOMPARE(publish->label, QStringLiteral("publish"));
    const TopologyEdge* consume = findEdge(t, QStringLiteral("c:events"), QStringLiteral("w:consumer"));
    QVERIFY(consume); // through the channel node, pointing at the consumer
    QCOMPARE(consume->label, QStringLiteral("consume"));
    const TopologyEdge* read = findEdge(t, QStringLiteral("w:api"), QStringLiteral("d:cache"));
    QVERIFY(read && read->showsAccess);
    QCOMPARE(read->access, Access::Read);
    QCOMPARE(read->label, QStringLiteral("read"));
    QCOMPARE(findEdge(t, QStringLiteral("w:api"), QStringLiteral("d:db"))->label,
             QStringLiteral("read/write"));
    QCOMPARE(findEdge(t, QStringLiteral("w:consumer"), QStringLiteral("d:archive"))->label,
             QStringLiteral("write"));
    QVERIFY(!findEdge(t, QStringLiteral("w:consumer"), QStringLiteral("c:events"))); // no direct consume edge

    const QString dot = QString::fromUtf8(DotWriter::write(t));
    QVERIFY(dot.contains(
        QRegularExpression(QStringLiteral("n\\d+ -> n\\d+ \\[id=e\\d+, style=dashed, xlabel=<publish>\\]"))));
    QVERIFY(dot.contains(QRegularExpression(QStringLiteral("\\[id=e\\d+, dir=back, xlabel=<read>\\]"))));
    QVERIFY(
        dot.contains(QRegularExpression(QStringLiteral("\\[id=e\\d+, dir=both, xlabel=<read/write>\\]"))));
}

void TestTopology::nodesShowPicksAndFindings()
{
    const Model m = load(kExamples + QStringLiteral("marketplace.yaml"));
    const Recommendations r = ScoringEngine().score(m);
    const Topology t = TopologyBuilder::build(m, r);
    for (const TopologyNode& n : t.nodes) {
        if (n.isDerived())
            continue;
        const DecisionKind kind = n.kind == NodeKind::Workload    ? DecisionKind::Compute
                                  : n.kind == NodeKind::DataStore ? DecisionKind::Database
                                                                  : DecisionKind::Messaging;
        const DecisionResult* d = r.decision(n.elementId, kind);
        QVERIFY2(d, qPrintable(n.elementId));
        QCOMPARE(n.pick, d->chosen.candidate);
        QCOMPARE(n.service, d->chosen.services.on(m.system.cloud));
        int high = 0;
        for (const Finding* f : r.findingsFor(n.elementId))
            high += f->severity == FindingSeverity::High ? 1 : 0;
        QCOMPARE(n.highFindings, high);
        if (!n.service.isEmpty())
            QCOMPARE(n.pickText(), n.pick + QStringLiteral(" - ") + n.service);
    }
    // A badge is drawn exactly where there are high findings.
    const QString dot = QString::fromUtf8(DotWriter::write(t));
    int badges = 0;
    for (const TopologyNode& n : t.nodes)
        badges += n.highFindings > 0 ? 1 : 0;
    QCOMPARE(static_cast<int>(dot.count(QStringLiteral(" high </B>"))), badges);
}

void TestTopology::dataStoresNeverPublic_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& f : examples())
        QTest::newRow(qPrintable(f)) << kExamples + f;
    QTest::newRow("small") << kData + QStringLiteral("small.yaml");
    QTest::newRow("hostile") << kData + QStringLiteral("hostile.yaml");
}

void TestTopology::dataStoresNeverPublic()
{
    QFETCH(QString, file);
    const Topology t = build(file);
    int stores = 0;
    for (const TopologyNode& n : t.nodes) {
        if (n.kind != NodeKind::DataStore)
            continue;
        ++stores;
        QCOMPARE(t.zoneOf(n), Zone::Data);
        for (const int c : t.clusterPath(n.cluster))
            QVERIFY(!t.clusters[c].isPublic());
    }
    QVERIFY(stores > 0);
    // Every model element is drawn once.
    const Model m = load(file);
    QCOMPARE(static_cast<int>(std::count_if(t.nodes.begin(), t.nodes.end(),
                                            [](const TopologyNode& n) { return !n.isDerived(); })),
             static_cast<int>(m.workloads.size() + m.data.size() + m.channels.size()));
}

void TestTopology::environmentChoice()
{
    const Topology staging = build(kData + QStringLiteral("small.yaml"), QStringLiteral("staging"));
    QCOMPARE(staging.environment, QStringLiteral("staging"));
    QCOMPARE(staging.clusters[0].label, QStringLiteral("staging"));
    QCOMPARE(staging.clusters[1].label, QStringLiteral("eu-central-1")); // the environment's own region
    const Model m = load(kData + QStringLiteral("small.yaml"));
    QVERIFY(TopologyBuilder::hasEnvironment(m, QStringLiteral("staging")));
    QVERIFY(TopologyBuilder::hasEnvironment(m, QString()));
    QVERIFY(!TopologyBuilder::hasEnvironment(m, QStringLiteral("qa")));
}

void TestTopology::worksWithoutRecommendations()
{
    const Topology t = build(kData + QStringLiteral("small.yaml"), {}, false);
    QVERIFY(!t.node(QStringLiteral("edge"))); // no edge decision: clients call the workloads' front
    QVERIFY(findEdge(t, QStringLiteral("clients:public"), QStringLiteral("lb:api")));
    QVERIFY(
        findEdge(t, QStringLiteral("clients:partner"), QStringLiteral("lb:partner-hook"))); // compute unknown
    QCOMPARE(findEdge(t, QStringLiteral("w:web"), QStringLiteral("w:api"))->label, QStringLiteral("HTTPS"));
    for (const TopologyNode& n : t.nodes)
        QVERIFY(n.pick.isEmpty());
    QVERIFY(!DotWriter::write(t).isEmpty());
}

void TestTopology::dotUsesOnlyTheSafeSubset()
{
    for (const QString& f : examples()) {
        const QString dot = QString::fromUtf8(DotWriter::write(build(kExamples + f)));
        for (const QString& line : dot.split(u'\n')) {
            if (line.contains(QStringLiteral(" -> "))) // edges carry xlabels only
                QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("[\\[ ,]label="))),
                         qPrintable(line));
        }
        QVERIFY(!dot.contains(QStringLiteral("newrank")));
        QVERIFY(!dot.contains(QStringLiteral("record")));
        QVERIFY(!dot.contains(QStringLiteral("ortho")));
        QVERIFY(dot.contains(QStringLiteral("xlabel=<")));
    }
}

void TestTopology::dotClusterMembership()
{
    // small: one region; fintech: a primary and a standby region.
    for (const QString& path :
         QStringList{kData + QStringLiteral("small.yaml"), kExamples + QStringLiteral("fintech.yaml")})
        checkDotClusterMembership(build(path));
}

void TestTopology::checkDotClusterMembership(const Topology& t)
{
    const QString dot = QString::fromUtf8(DotWriter::write(t));
    // Walk the subgraph nesting and record where each node is declared.
    QStringList stack;
    QHash<QString, QString> inCluster;
    for (const QString& raw : dot.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(QStringLiteral("subgraph ")))
            stack.append(line.section(u' ', 1, 1));
        else if (line == QStringLiteral("}") && !stack.isEmpty())
            stack.removeLast();
        else if (QRegularExpression(QStringLiteral("^n\\d+;$")).match(line).hasMatch())
            inCluster.insert(line.chopped(1), stack.join(u'/'));
    }
    for (int i = 0; i < t.nodes.size(); ++i) {
        QStringList expected;
        for (const int c : t.clusterPath(t.nodes[i].cluster))
            expected.append(DotWriter::clusterName(c));
        QCOMPARE(inCluster.value(DotWriter::nodeName(i)), expected.join(u'/'));
    }
}

void TestTopology::hostileNamesAreEscaped()
{
    const Topology t = build(kData + QStringLiteral("hostile.yaml"));
    QCOMPARE(t.node(QStringLiteral("w:front"))->name, kHostileName);

    const QString dot = QString::fromUtf8(DotWriter::write(t));
    QVERIFY(dot.contains(QStringLiteral("a&quot;b&lt;c&gt;&amp;{d}|e")));
    QVERIFY(!dot.contains(kHostileName));
    QVERIFY(!dot.contains(QStringLiteral("<script>")));

    const QString mermaid = QString::fromUtf8(MermaidWriter::write(t));
    QVERIFY(mermaid.contains(QStringLiteral("a#34;b#60;c#62;#38;#123;d#125;#124;e")));
    QVERIFY(!mermaid.contains(QStringLiteral("-->x")));
    for (const QString& line : mermaid.split(u'\n')) // the hostile "click" stays inside its label
        QVERIFY2(!line.trimmed().startsWith(QStringLiteral("click")), qPrintable(line));

    const QString puml = QString::fromUtf8(PlantUmlWriter::write(t));
    QVERIFY(puml.contains(QStringLiteral("a&#34;b&#60;c&#62;&#38;&#123;d&#125;&#124;e")));
    QCOMPARE(puml.count(QStringLiteral("@enduml")), 1);
    QVERIFY(!puml.contains(QStringLiteral("%strlen")));
    QVERIFY(!puml.contains(QStringLiteral("!include <C4/C4_Container>\n!include")));

    const QString dsl = QString::fromUtf8(StructurizrWriter::write(t));
    QVERIFY(dsl.contains(QStringLiteral("\"a\\\"b<c>&{d}|e\"")));
    QVERIFY(!dsl.contains(QStringLiteral("${X}")));

    QCOMPARE(textescape::xml(QStringLiteral("x\ny\x01")), QStringLiteral("x y"));
    QCOMPARE(textescape::structurizr(QStringLiteral("${A} \\")), QStringLiteral("$ {A} \\\\"));
    QCOMPARE(textescape::identifier(QStringLiteral("a-b.c")), QStringLiteral("a_b_c"));
}

// Mermaid flowchart rules as documented: a header, then subgraph ... end blocks, node statements
// id["label"] in one of the documented shapes, links id --> id or id -.-> id with |"text"|, classDef
// and class lines; labels are quoted and hold no raw quote.
void TestTopology::mermaidGrammar()
{
    const QRegularExpression label(QStringLiteral("\"[^\"]*\""));
    const QRegularExpression nodeLine(
        QStringLiteral("^n\\d+(\\[\"[^\"]*\"\\]|\\[\\(\"[^\"]*\"\\)\\]|>\"[^\"]*\"\\]|\\(\\(\"[^\"]*\"\\)\\)|"
                       "\\{\\{\"[^\"]*\"\\}\\}|\\(\\[\"[^\"]*\"\\]\\))$"));
    const QRegularExpression linkLine(QStringLiteral("^n\\d+ <?(-->|-\\.->)(\\|\"[^\"|]*\"\\|)? n\\d+$"));
    const QRegularExpression subgraphLine(QStringLiteral("^subgraph cluster_\\d+\\[\"[^\"]*\"\\]$"));
    const QRegularExpression classLine(
        QStringLiteral("^(classDef [a-z]+ [a-z:#0-9,]+|class (n\\d+,)*n\\d+ [a-z]+)$"));
    const QStringList files{kData + QStringLiteral("hostile.yaml"),
                            kExamples + QStringLiteral("marketplace.yaml")};
    for (const QString& file : files) {
        const QString text = QString::fromUtf8(MermaidWriter::write(build(file)));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines[0].startsWith(QStringLiteral("%% ")));
        QCOMPARE(lines[1], QStringLiteral("flowchart LR"));
        int depth = 0;
        for (qsizetype i = 2; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (subgraphLine.match(line).hasMatch())
                ++depth;
            else if (line == QStringLiteral("end"))
                --depth;
            else
                QVERIFY2(nodeLine.match(line).hasMatch() || linkLine.match(line).hasMatch() ||
                             classLine.match(line).hasMatch(),
                         qPrintable(line));
            QVERIFY(depth >= 0);
        }
        QCOMPARE(depth, 0);
    }
}

// mermaid's own parser (npm, tests/tools, run by node) on the diagrams of every example, hostile names,
// both multi-region strategies and a collapsed overview; and on a broken file, which it must refuse.
void TestTopology::mermaidParsesWithMermaid()
{
    const QString tools = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/tools/");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFileInfo::exists(tools + QStringLiteral("node_modules/mermaid/package.json"))) {
        if (!qEnvironmentVariableIsEmpty("CI"))
            QFAIL("mermaid (npm) is missing; scripts/install-test-tools installs it");
        QSKIP("mermaid (npm) is not installed here; scripts/install-test-tools installs it");
    }
    QTemporaryDir dir;
    QStringList good;
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        good.append(f.fileName());
    };
    for (const QString& example : examples())
        write(example + QStringLiteral(".mmd"), MermaidWriter::write(build(kExamples + example)));
    write(QStringLiteral("hostile.mmd"), MermaidWriter::write(build(kData + QStringLiteral("hostile.yaml"))));
    Model activeActive = load(kData + QStringLiteral("small.yaml"));
    activeActive.decisions.append(Decision{QStringLiteral("system/region-strategy"),
                                           QStringLiteral("active-active"), DecisionStatus::Accepted,
                                           QString()});
    write(QStringLiteral("active-active.mmd"),
          MermaidWriter::write(TopologyBuilder::build(activeActive, ScoringEngine().score(activeActive))));
    const Model large = testsupport::generateModel({60, 30, 10});
    TopologyBuilder::Options collapse;
    collapse.collapseAbove = 50;
    const Topology overview = TopologyBuilder::build(large, ScoringEngine().score(large), collapse);
    QVERIFY(overview.isCollapsed());
    write(QStringLiteral("overview.mmd"), MermaidWriter::write(overview));
    const QString broken = dir.filePath(QStringLiteral("broken.mmd"));
    QFile b(broken);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("flowchart LR\n  n0[\"a\"] --> \n");
    b.close();

    QProcess p;
    p.start(node, QStringList{tools + QStringLiteral("mermaid-parse.mjs")} + good + QStringList{broken});
    QVERIFY(p.waitForFinished(180'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& file : std::as_const(good))
        QVERIFY2(out.contains(QStringLiteral("ok ") + file + QStringLiteral(" flowchart")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("error ") + broken + u':'), qPrintable(out));
    QCOMPARE(p.exitCode(), 1); // for the broken file only
}

// Structurizr DSL rules: balanced braces, every string closed on its line, every identifier used in
// a relationship or instance declared before.
void TestTopology::structurizrGrammar()
{
    const QString text =
        QString::fromUtf8(StructurizrWriter::write(build(kData + QStringLiteral("hostile.yaml"))));
    int depth = 0;
    QSet<QString> declared{QStringLiteral("system")};
    const QRegularExpression assign(QStringLiteral("^([A-Za-z0-9_]+) = "));
    const QRegularExpression relation(
        QStringLiteral("^([A-Za-z0-9_]+) -> ([A-Za-z0-9_]+) \"(\\\\.|[^\"\\\\])*\" \"(sync|async)\"$"));
    const QRegularExpression instance(
        QStringLiteral("(containerInstance|softwareSystemInstance) ([A-Za-z0-9_]+)$"));
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        // Strip strings (with \" escapes), then look at what is left.
        QString bare = line;
        bare.remove(QRegularExpression(QStringLiteral("\"(\\\\.|[^\"\\\\])*\"")));
        QVERIFY2(!bare.contains(u'"'), qPrintable(line));
        depth += static_cast<int>(bare.count(u'{')) - static_cast<int>(bare.count(u'}'));
        QVERIFY(depth >= 0);
        if (const auto m = assign.match(line); m.hasMatch())
            declared.insert(m.captured(1));
        if (const auto m = relation.match(line); m.hasMatch()) {
            QVERIFY2(declared.contains(m.captured(1)) && declared.contains(m.captured(2)), qPrintable(line));
        } else {
            QVERIFY2(!line.contains(QStringLiteral(" -> ")), qPrintable(line));
        }
        if (const auto m = instance.match(line); m.hasMatch())
            QVERIFY2(declared.contains(m.captured(2)), qPrintable(line));
    }
    QCOMPARE(depth, 0);
    QVERIFY(text.contains(QStringLiteral("deploymentEnvironment")));
    QVERIFY(text.contains(QStringLiteral("deployment system ")));
}

// PlantUML's own parser (Debian's plantuml package, scripts/debian-packages.txt), fully offline.
void TestTopology::plantUmlParses()
{
    const QString plantuml = QStandardPaths::findExecutable(QStringLiteral("plantuml"));
    if (plantuml.isEmpty())
        QSKIP("plantuml is not installed (apt-get install plantuml)");
    QStringList files{kData + QStringLiteral("hostile.yaml"), kData + QStringLiteral("small.yaml")};
    for (const QString& f : examples())
        files.append(kExamples + f);
    for (const QString& file : files) {
        QProcess p;
        p.start(plantuml, {QStringLiteral("-syntax")});
        p.write(PlantUmlWriter::write(build(file)));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(!out.startsWith(QStringLiteral("ERROR")), qPrintable(file + u'\n' + out));
        QVERIFY2(out.startsWith(QStringLiteral("DESCRIPTION")), qPrintable(out));
    }
}

void TestTopology::deterministic()
{
    for (const QString& f : examples()) {
        const Topology a = build(kExamples + f);
        const Topology b = build(kExamples + f);
        QCOMPARE(DotWriter::write(a), DotWriter::write(b));
        QCOMPARE(MermaidWriter::write(a), MermaidWriter::write(b));
        QCOMPARE(PlantUmlWriter::write(a), PlantUmlWriter::write(b));
        QCOMPARE(StructurizrWriter::write(a), StructurizrWriter::write(b));
    }
}

void TestTopology::golden_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("format");
    for (const QString& f : examples()) {
        for (const char* format : {"dot", "mermaid", "plantuml", "structurizr"})
            QTest::addRow("%s %s", qPrintable(f), format) << f << QString::fromLatin1(format);
    }
}

// Refresh with tests/topology/update-golden.sh and review the diff.
void TestTopology::golden()
{
    QFETCH(QString, model);
    QFETCH(QString, format);
    const DiagramFormat fmt = *enumFromString<DiagramFormat>(format);
    const QString ext = fmt == DiagramFormat::Mermaid       ? QStringLiteral("mmd")
                        : fmt == DiagramFormat::PlantUml    ? QStringLiteral("puml")
                        : fmt == DiagramFormat::Structurizr ? QStringLiteral("dsl")
                                                            : QStringLiteral("dot");
    QFile golden(kGolden + QFileInfo(model).completeBaseName() + u'.' + ext);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const DiagramResult r = DiagramRenderer::render(build(kExamples + model), fmt);
    QVERIFY(r.ok);
    QCOMPARE(QString::fromUtf8(r.data), QString::fromUtf8(golden.readAll()));
}

void TestTopology::formatFromExtension()
{
    QCOMPARE(diagramFormatForFile(QStringLiteral("a/b.SVG")), DiagramFormat::Svg);
    QCOMPARE(diagramFormatForFile(QStringLiteral("x.gv")), DiagramFormat::Dot);
    QCOMPARE(diagramFormatForFile(QStringLiteral("x.mmd")), DiagramFormat::Mermaid);
    QCOMPARE(diagramFormatForFile(QStringLiteral("x.puml")), DiagramFormat::PlantUml);
    QCOMPARE(diagramFormatForFile(QStringLiteral("x.dsl")), DiagramFormat::Structurizr);
    QCOMPARE(diagramFormatForFile(QStringLiteral("x.drawio")), DiagramFormat::DrawIo);
    QVERIFY(!diagramFormatForFile(QStringLiteral("x.txt")));
}

void TestTopology::orthogonalRefusedWhenLarge()
{
    Topology t;
    for (int i = 0; i <= DiagramOptions::kMaxOrthoNodes; ++i) {
        TopologyNode n;
        n.id = QStringLiteral("w:%1").arg(i);
        n.elementId = QString::number(i);
        n.name = QString::number(i);
        t.nodes.append(n);
    }
    t.rebuildIndex();
    DiagramOptions o;
    o.orthogonal = true;
    const DiagramResult r = DiagramRenderer::render(t, DiagramFormat::Svg, o);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("orthogonal edges are offered up to")));
    QVERIFY(DiagramRenderer::orthogonalRefusal(build(kData + QStringLiteral("small.yaml"))).isEmpty());
}

namespace {

struct Generated
{
    Model model;
    Recommendations recommendations;
};

// Why `overview` does not bundle every edge of `full` into one edge between the boxes of its ends that
// says how many it bundles; empty when it does.
QString bundlingProblem(const Topology& overview, const Topology& full)
{
    int bundled = 0;
    QSet<QString> pairs;
    for (const TopologyEdge& e : overview.edges) {
        const QString pair = e.from + u' ' + e.to + u' ' + QString::number(int(e.style));
        if (!overview.node(e.from) || !overview.node(e.to))
            return QStringLiteral("an edge between boxes that are not there: ") + pair;
        if (pairs.contains(pair))
            return QStringLiteral("two edges between the same boxes: ") + pair;
        pairs.insert(pair);
        if (e.count > 1 && !e.label.endsWith(QChar(0x00D7) + QString::number(e.count)))
            return QStringLiteral("a label without its count: ") + e.label;
        bundled += e.count;
    }
    if (bundled != full.edges.size())
        return QStringLiteral("%1 edges bundled of %2").arg(bundled).arg(full.edges.size());
    return {};
}

Generated generated(int workloads, int dataStores, int channels)
{
    Generated g;
    g.model = testsupport::generateModel({workloads, dataStores, channels});
    g.recommendations = ScoringEngine().score(g.model);
    return g;
}

} // namespace

void TestTopology::largeModelsAreCollapsed()
{
    const Generated g = generated(60, 30, 10); // 100 elements
    TopologyBuilder::Options options;
    options.collapseAbove = 99;
    const Topology overview = TopologyBuilder::build(g.model, g.recommendations, options);
    QVERIFY(overview.isCollapsed());
    QCOMPARE(overview.collapsedElements, 100);
    QVERIFY(overview.nodes.size() < 30);
    QVERIFY(overview.note().contains(QStringLiteral("collapsed overview: 100 elements")));
    // The picture says so too.
    QVERIFY(QString::fromUtf8(DotWriter::write(overview)).contains(overview.note()));

    options.collapseAbove = 100; // at the limit: drawn in full
    QVERIFY(!TopologyBuilder::build(g.model, g.recommendations, options).isCollapsed());
    options.collapseAbove = 0; // never
    const Topology full = TopologyBuilder::build(g.model, g.recommendations, options);
    QVERIFY(!full.isCollapsed());
    QVERIFY(full.note().isEmpty());
    QVERIFY(!QString::fromUtf8(DotWriter::write(full)).contains(QStringLiteral("collapsed")));
    // The examples are far below the default limit.
    for (const QString& example : examples())
        QVERIFY(!build(kExamples + example).isCollapsed());
}

void TestTopology::collapsedGroupsCountEveryElementAndEdge()
{
    const Generated g = generated(60, 30, 10);
    TopologyBuilder::Options options;
    options.collapseAbove = 0;
    const Topology full = TopologyBuilder::build(g.model, g.recommendations, options);
    options.collapseAbove = 99;
    const Topology overview = TopologyBuilder::build(g.model, g.recommendations, options);
    QVERIFY(overview.isCollapsed());

    // Every node of the full drawing is in exactly one box of the overview, in the same cluster and of
    // the same kind, and a box's count is its number of members.
    QHash<QString, const TopologyNode*> byMember; // element id, or the id of a derived node
    for (const TopologyNode& n : full.nodes)
        byMember.insert(n.isDerived() ? n.id : n.elementId, &n);
    QHash<QString, int> seen;
    int edgeZoneBoxes = 0;
    for (const TopologyNode& box : overview.nodes) {
        if (box.kind == NodeKind::Clients || box.kind == NodeKind::Edge) {
            QVERIFY(full.node(box.id));
            continue;
        }
        QCOMPARE(box.count, box.members.size());
        QVERIFY(box.isDerived()); // a box stands for several elements, never one to select
        for (const QString& member : box.members) {
            seen[member] += 1;
            const TopologyNode* original = byMember.value(member);
            QVERIFY2(original, qPrintable(member));
            QCOMPARE(original->cluster, box.cluster);
            QCOMPARE(original->kind, box.kind);
            QCOMPARE(original->pickText(), box.pickText());
            QVERIFY(box.kindLabel.split(QStringLiteral(", ")).contains(original->kindLabel));
        }
        if (overview.zoneOf(box) == Zone::Edge)
            ++edgeZoneBoxes;
        if (box.kind == NodeKind::DataStore)
            QCOMPARE(overview.zoneOf(box), Zone::Data);
        QVERIFY(box.name.startsWith(QString::number(box.count) + u' '));
    }
    int elements = 0;
    for (const TopologyNode& n : full.nodes) {
        if (n.kind == NodeKind::Clients || n.kind == NodeKind::Edge)
            continue;
        const QString key = n.isDerived() ? n.id : n.elementId;
        QCOMPARE(seen.value(key), 1);
        elements += n.isDerived() ? 0 : 1;
    }
    QCOMPARE(elements, 100);
    QCOMPARE(edgeZoneBoxes, 1); // the load balancers, as one box

    const QString problem = bundlingProblem(overview, full);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const TopologyNode* channels = nullptr;
    for (const TopologyNode& n : overview.nodes) {
        if (n.kind == NodeKind::Channel && !channels)
            channels = &n;
    }
    QVERIFY(channels);
    bool consumeBundle = false;
    for (const TopologyEdge& e : overview.edges)
        consumeBundle =
            consumeBundle || (e.from == channels->id && e.label.startsWith(QStringLiteral("consume")));
    QVERIFY(consumeBundle);
}

// Recommendations made before an edit name their elements by positions that have moved: every box
// still shows the pick and findings of its own element, found by id.
void TestTopology::staleRecommendationsFoundById()
{
    const Model m = load(kData + QStringLiteral("small.yaml"));
    const Recommendations scored = ScoringEngine().score(m);
    const Topology expected = TopologyBuilder::build(m, scored);
    Model edited = m;
    Workload inserted;
    inserted.id = QStringLiteral("inserted");
    inserted.kind = WorkloadKind::Worker;
    edited.workloads.prepend(inserted);
    DataStore insertedStore;
    insertedStore.id = QStringLiteral("inserted-store");
    edited.data.prepend(insertedStore);
    const Topology t = TopologyBuilder::build(edited, scored);
    int withPick = 0;
    for (const TopologyNode& n : expected.nodes) {
        const TopologyNode* same = t.node(n.id);
        QVERIFY2(same, qPrintable(n.id));
        QCOMPARE(same->pick, n.pick);
        QCOMPARE(same->service, n.service);
        QCOMPARE(same->highFindings, n.highFindings);
        withPick += n.pick.isEmpty() ? 0 : 1;
    }
    QVERIFY(withPick > 3);
    QVERIFY(t.node(QStringLiteral("w:inserted"))->pick.isEmpty());
    QVERIFY(t.node(QStringLiteral("d:inserted-store"))->pick.isEmpty());
}

namespace {

Model withRegionStrategy(Model m, const QString& strategy)
{
    m.decisions.append(
        Decision{QStringLiteral("system/region-strategy"), strategy, DecisionStatus::Accepted, QString()});
    return m;
}

} // namespace

void TestTopology::overviewGolden_data()
{
    QTest::addColumn<Model>("model");
    QTest::addColumn<bool>("withRules");
    QTest::addColumn<int>("collapseAbove");
    const Model generated = testsupport::generateModel({120, 60, 20}); // 200: above the default limit
    QTest::newRow("generated-200") << generated << true << TopologyBuilder::kCollapseAbove;
    QTest::newRow("generated-200-no-rules") << generated << false << TopologyBuilder::kCollapseAbove;
    QTest::newRow("generated-200-active-active")
        << withRegionStrategy(generated, QStringLiteral("active-active")) << true
        << TopologyBuilder::kCollapseAbove;
    QTest::newRow("generated-200-warm-standby")
        << withRegionStrategy(generated, QStringLiteral("warm-standby")) << true
        << TopologyBuilder::kCollapseAbove;
    for (const QString& example : examples()) {
        QTest::addRow("%s", qPrintable(QFileInfo(example).completeBaseName()))
            << load(kExamples + example) << true << 1;
    }
    QTest::newRow("hostile") << load(kData + QStringLiteral("hostile.yaml")) << true << 1;
    QTest::newRow("small-active-active")
        << withRegionStrategy(load(kData + QStringLiteral("small.yaml")), QStringLiteral("active-active"))
        << true << 1;
}

// The overview of each model, as DOT: every box, its count, kinds, pick and findings, and every bundled
// edge with its labels and count. Refresh with tests/topology/update-golden.sh and review the diff.
void TestTopology::overviewGolden()
{
    QFETCH(Model, model);
    QFETCH(bool, withRules);
    QFETCH(int, collapseAbove);
    TopologyBuilder::Options options;
    options.collapseAbove = collapseAbove;
    const Topology overview =
        TopologyBuilder::build(model, withRules ? ScoringEngine().score(model) : Recommendations{}, options);
    QVERIFY(overview.isCollapsed());
    const QByteArray dot = DotWriter::write(overview);
    QFile golden(kGolden + QStringLiteral("overview/") + QString::fromLatin1(QTest::currentDataTag()) +
                 QStringLiteral(".dot"));
    if (!qEnvironmentVariableIsEmpty("GROUNDWORK_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden).path());
        QVERIFY(golden.open(QIODevice::WriteOnly));
        golden.write(dot);
        return;
    }
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    QCOMPARE(QString::fromUtf8(dot), QString::fromUtf8(golden.readAll()));
}

void TestTopology::largeDotLetsConsumersFloat()
{
    const Generated g = generated(60, 30, 10);
    TopologyBuilder::Options options;
    options.collapseAbove = 0;
    const Topology full = TopologyBuilder::build(g.model, g.recommendations, options);
    QVERIFY(full.nodes.size() > DotWriter::kLargeNodes);
    const QString dot = QString::fromUtf8(DotWriter::write(full));
    int consumes = 0;
    for (int e = 0; e < full.edges.size(); ++e) {
        const QRegularExpression edgeLine(
            QStringLiteral("\\[id=%1[,\\]][^\\n]*").arg(DotWriter::edgeName(e)));
        const QString line = edgeLine.match(dot).captured();
        QVERIFY(!line.isEmpty());
        QCOMPARE(line.contains(QStringLiteral("constraint=false")), full.edges[e].mode == UseMode::Consume);
        consumes += full.edges[e].mode == UseMode::Consume ? 1 : 0;
    }
    QVERIFY(consumes > 0);
    // Small diagrams keep every edge's pull on the ranks: consumers sit after their channel.
    for (const QString& example : examples())
        QVERIFY(!DotWriter::write(build(kExamples + example)).contains("constraint=false"));
}

namespace {

QList<int> clustersOf(const Topology& t, ClusterKind kind)
{
    QList<int> out;
    for (int c = 0; c < t.clusters.size(); ++c) {
        if (t.clusters[c].kind == kind)
            out.append(c);
    }
    return out;
}

// The region cluster holding `node`, -1 for none.
int regionOf(const Topology& t, const TopologyNode& node)
{
    for (int c = node.cluster; c >= 0; c = t.clusters[c].parent) {
        if (t.clusters[c].kind == ClusterKind::Region)
            return c;
    }
    return -1;
}

} // namespace

void TestTopology::standbyRegionHoldsDataReplicas()
{
    // fintech: regions [eu-central-1, eu-west-1], region strategy pinned to active-passive (warm standby).
    const Model m = load(kExamples + QStringLiteral("fintech.yaml"));
    const Topology t = build(kExamples + QStringLiteral("fintech.yaml"));
    const QList<int> regions = clustersOf(t, ClusterKind::Region);
    QCOMPARE(regions.size(), 2);
    QCOMPARE(t.clusters[regions[0]].label, QStringLiteral("eu-central-1 (primary)"));
    QVERIFY(t.clusters[regions[1]].label.startsWith(QStringLiteral("eu-west-1 (standby")));
    QCOMPARE(t.clusters[regions[1]].parent, 0); // beside the primary, in the same environment
    const QList<int> standbyZones = t.childClusters(regions[1]);
    QCOMPARE(standbyZones.size(), 1);
    QCOMPARE(t.clusters[standbyZones[0]].zone, Zone::Data);

    int replicas = 0;
    for (const DataStore& d : m.data) {
        const TopologyNode* primary = t.node(QStringLiteral("d:") + d.id);
        QVERIFY(primary);
        QCOMPARE(regionOf(t, *primary), regions[0]);
        const TopologyNode* replica = t.node(QStringLiteral("d:") + d.id + QStringLiteral("@2"));
        if (d.shape == DataShape::Cache) {
            QVERIFY(!replica); // a cache is refilled, not replicated
            continue;
        }
        QVERIFY2(replica, qPrintable(d.id));
        ++replicas;
        QCOMPARE(replica->cluster, standbyZones[0]);
        QVERIFY(replica->isDerived());
        QCOMPARE(replica->name, primary->name);
        QVERIFY(replica->kindLabel.endsWith(QStringLiteral(" replica")));
        const TopologyEdge* replication = findEdge(t, primary->id, replica->id);
        QVERIFY(replication);
        QCOMPARE(replication->label, QStringLiteral("replication"));
        QCOMPARE(replication->style, EdgeStyle::Async);
    }
    QVERIFY(replicas > 0);
    // Workloads and channels run in the primary region only.
    for (const TopologyNode& n : t.nodes) {
        if (n.kind == NodeKind::Workload || n.kind == NodeKind::Channel)
            QCOMPARE(regionOf(t, n), regions[0]);
    }
    // The DOT nests the standby data zone in its region.
    const QString dot = QString::fromUtf8(DotWriter::write(t));
    QVERIFY(dot.contains(QStringLiteral("label=<region eu-west-1 (standby: data replicas)>")));

    // Development lives in eu-west-1 alone: one region.
    QCOMPARE(clustersOf(build(kExamples + QStringLiteral("fintech.yaml"), QStringLiteral("development")),
                        ClusterKind::Region)
                 .size(),
             1);
}

// Forty active regions make hundreds of boxes, more than the collapser's table of box pairs holds:
// its edges are bundled through a hash then, as completely as through the table.
void TestTopology::overviewOfManyRegionsBundlesEveryEdge()
{
    Model m = testsupport::generateModel({120, 60, 20});
    m.system.regions.clear();
    for (int r = 0; r < 40; ++r)
        m.system.regions.append(QStringLiteral("region-%1").arg(r));
    m.decisions.append(Decision{QStringLiteral("system/region-strategy"), QStringLiteral("active-active"),
                                DecisionStatus::Accepted, QString()});
    for (Environment& e : m.environments)
        e.region.clear(); // in the first region: the one every other region copies
    const Recommendations r = ScoringEngine().score(m);
    TopologyBuilder::Options options;
    options.collapseAbove = 0;
    const Topology full = TopologyBuilder::build(m, r, options);
    options.collapseAbove = TopologyBuilder::kCollapseAbove;
    const Topology overview = TopologyBuilder::build(m, r, options);
    QVERIFY(overview.isCollapsed());
    QVERIFY2(overview.nodes.size() > 256, qPrintable(QString::number(overview.nodes.size())));
    const QString problem = bundlingProblem(overview, full);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTopology::activeActiveDrawsEveryRegion()
{
    Model m = load(kData + QStringLiteral("small.yaml")); // regions [eu-west-1, eu-central-1]
    const Topology single = TopologyBuilder::build(m, ScoringEngine().score(m));
    QCOMPARE(clustersOf(single, ClusterKind::Region).size(), 1); // multi-az: one region

    m.decisions.append(Decision{QStringLiteral("system/region-strategy"), QStringLiteral("active-active"),
                                DecisionStatus::Accepted, QString()});
    const Topology t = TopologyBuilder::build(m, ScoringEngine().score(m));
    const QList<int> regions = clustersOf(t, ClusterKind::Region);
    QCOMPARE(regions.size(), 2);
    QCOMPARE(t.clusters[regions[0]].label, QStringLiteral("eu-west-1 (active)"));
    QCOMPARE(t.clusters[regions[1]].label, QStringLiteral("eu-central-1 (active)"));

    // The gateway is in front of both regions, in the environment but in neither region.
    const TopologyNode* gateway = t.node(QStringLiteral("edge"));
    QVERIFY(gateway);
    QCOMPARE(regionOf(t, *gateway), -1);
    QCOMPARE(t.zoneOf(*gateway), Zone::Edge);
    QCOMPARE(t.clusterPath(gateway->cluster).first(), 0);

    // Every node of the primary region has its copy in the same zone of the second one, with the
    // same edges between the copies.
    for (const TopologyNode& n : single.nodes) {
        if (regionOf(single, n) < 0 || n.kind == NodeKind::Edge)
            continue;
        const TopologyNode* original = t.node(n.id);
        const TopologyNode* copy = t.node(n.id + QStringLiteral("@2"));
        QVERIFY2(original && copy, qPrintable(n.id));
        QCOMPARE(regionOf(t, *original), regions[0]);
        QCOMPARE(regionOf(t, *copy), regions[1]);
        QCOMPARE(t.zoneOf(*copy), t.zoneOf(*original));
        QCOMPARE(copy->name, original->name);
    }
    const TopologyEdge* call = findEdge(t, QStringLiteral("w:web@2"), QStringLiteral("w:api@2"));
    QVERIFY(call);
    QCOMPARE(call->label, findEdge(t, QStringLiteral("w:web"), QStringLiteral("w:api"))->label);
    // The gateway calls into both regions (through their load balancers where there are any).
    const QString front =
        single.node(QStringLiteral("lb:api")) ? QStringLiteral("lb:api") : QStringLiteral("w:api");
    QVERIFY(findEdge(t, QStringLiteral("edge"), front));
    QVERIFY(findEdge(t, QStringLiteral("edge"), front + QStringLiteral("@2")));
    QVERIFY(findEdge(t, QStringLiteral("c:events@2"), QStringLiteral("w:consumer@2")));
    // Data written in both regions replicates both ways, caches included.
    for (const QString& store :
         {QStringLiteral("d:db"), QStringLiteral("d:cache"), QStringLiteral("d:archive")}) {
        const TopologyEdge* replication = findEdge(t, store, store + QStringLiteral("@2"));
        QVERIFY2(replication, qPrintable(store));
        QCOMPARE(replication->label, QStringLiteral("replication"));
        QCOMPARE(replication->access, Access::ReadWrite);
        QVERIFY(replication->showsAccess);
    }
    // Data stores stay private in every region, and the DOT nests every copy in its region's zone.
    for (const TopologyNode& n : t.nodes) {
        if (n.kind == NodeKind::DataStore)
            QCOMPARE(t.zoneOf(n), Zone::Data);
    }
    const QString dot = QString::fromUtf8(DotWriter::write(t));
    QVERIFY(dot.contains(QStringLiteral("dir=both, color=\"#2f855a\"")));

    // staging names eu-central-1 as its region: drawn there alone.
    TopologyBuilder::Options staging;
    staging.environment = QStringLiteral("staging");
    QCOMPARE(
        clustersOf(TopologyBuilder::build(m, ScoringEngine().score(m), staging), ClusterKind::Region).size(),
        1);
}

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
