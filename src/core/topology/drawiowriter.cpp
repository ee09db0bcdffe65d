#include "drawiowriter.h"

#include "dotwriter.h"
#include "layoutgeometry.h"
#include "textescape.h"
#include "topology.h"

namespace gw {

namespace {

QString num(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0, 'f', 1);
}

const char* nodeStyle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Workload:
        return "rounded=1;whiteSpace=wrap;html=0;fillColor=#ebf4ff;strokeColor=#2b6cb0;align=left;"
               "spacingLeft=6;fontSize=10;";
    case NodeKind::DataStore:
        return "shape=cylinder3;boundedLbl=1;size=6;whiteSpace=wrap;html=0;fillColor=#effaf3;strokeColor=#"
               "2f855a;fontSize=10;";
    case NodeKind::Channel:
        return "shape=process;whiteSpace=wrap;html=0;fillColor=#fffbea;strokeColor=#b7791f;fontSize=10;";
    case NodeKind::Clients:
        return "ellipse;whiteSpace=wrap;html=0;fillColor=#f7fafc;strokeColor=#4a5568;fontSize=10;";
    case NodeKind::Edge:
    case NodeKind::LoadBalancer:
        return "shape=hexagon;perimeter=hexagonPerimeter2;size=0.1;whiteSpace=wrap;html=0;fillColor=#f5f0ff;"
               "strokeColor=#6b46c1;fontSize=10;";
    }
    return "rounded=1;whiteSpace=wrap;html=0;";
}

QString clusterStyle(const TopologyCluster& c)
{
    const QString common =
        QStringLiteral("rounded=1;arcSize=4;whiteSpace=wrap;html=0;container=1;collapsible=0;"
                       "verticalAlign=top;align=left;spacingLeft=6;fontSize=11;");
    switch (c.kind) {
    case ClusterKind::Environment:
        return common + QStringLiteral("fillColor=#ffffff;strokeColor=#4a5568;fontStyle=1;");
    case ClusterKind::Region:
        return common + QStringLiteral("fillColor=#ffffff;strokeColor=#718096;dashed=1;");
    case ClusterKind::Zone:
        break;
    }
    return common + (c.zone == Zone::Edge ? QStringLiteral("fillColor=#fff5f5;strokeColor=#e53e3e;")
                                          : QStringLiteral("fillColor=#f8fafc;strokeColor=#a0aec0;"));
}

QString geometry(const QRectF& r, const QPointF& origin)
{
    return QStringLiteral("<mxGeometry x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" as=\"geometry\"/>")
        .arg(num(r.x() - origin.x()), num(r.y() - origin.y()), num(r.width()), num(r.height()));
}

} // namespace

QByteArray DrawIoWriter::write(const Topology& t, const LayoutGeometry& g)
{
    QString out;
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out += QStringLiteral("<mxfile host=\"Groundwork\" type=\"device\">\n");
    out += QStringLiteral("  <diagram id=\"topology\" name=\"") + textescape::xml(t.environment) +
           QStringLiteral("\">\n");
    out += QStringLiteral(
               "    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" "
               "connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" pageScale=\"1\" pageWidth=\"%1\" "
               "pageHeight=\"%2\" math=\"0\" shadow=\"0\">\n")
               .arg(num(g.size.width()), num(g.size.height()));
    out +=
        QStringLiteral("      <root>\n        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n");

    // Children of a container are placed relative to it.
    auto originOf = [&](int cluster) {
        return cluster >= 0 && cluster < g.clusters.size() ? g.clusters[cluster].topLeft() : QPointF();
    };
    auto parentOf = [&](int cluster) {
        return cluster >= 0 ? DotWriter::clusterName(cluster) : QStringLiteral("1");
    };
    for (int c = 0; c < t.clusters.size(); ++c) {
        const TopologyCluster& cluster = t.clusters[c];
        const QString title =
            cluster.kind == ClusterKind::Region ? QStringLiteral("region ") + cluster.label : cluster.label;
        out +=
            QStringLiteral("        <mxCell id=\"%1\" value=\"%2\" style=\"%3\" vertex=\"1\" parent=\"%4\">")
                .arg(DotWriter::clusterName(c), textescape::xml(title), clusterStyle(cluster),
                     parentOf(cluster.parent)) +
            geometry(c < g.clusters.size() ? g.clusters[c] : QRectF(), originOf(cluster.parent)) +
            QStringLiteral("</mxCell>\n");
    }
    for (int n = 0; n < t.nodes.size(); ++n) {
        const TopologyNode& node = t.nodes[n];
        QString value =
            textescape::xml(node.name) + QStringLiteral("&#10;") + textescape::xml(node.kindLabel);
        if (!node.pickText().isEmpty())
            value += QStringLiteral("&#10;") + textescape::xml(node.pickText());
        if (node.highFindings > 0)
            value += QStringLiteral("&#10;%1 high finding(s)").arg(node.highFindings);
        out +=
            QStringLiteral("        <mxCell id=\"%1\" value=\"%2\" style=\"%3\" vertex=\"1\" parent=\"%4\">")
                .arg(DotWriter::nodeName(n), value, QString::fromLatin1(nodeStyle(node.kind)),
                     parentOf(node.cluster)) +
            geometry(n < g.nodes.size() ? g.nodes[n] : QRectF(), originOf(node.cluster)) +
            QStringLiteral("</mxCell>\n");
    }
    for (const EdgeGeometry& eg : g.edges) {
        if (eg.edge < 0 || eg.edge >= t.edges.size())
            continue;
        const TopologyEdge& e = t.edges[eg.edge];
        QString style =
            QStringLiteral("curved=1;html=0;fontSize=9;strokeColor=#4a5568;endArrow=block;endSize=5;");
        if (e.style == EdgeStyle::Async)
            style += QStringLiteral("dashed=1;");
        if (e.showsAccess && e.access != Access::Write) {
            style += QStringLiteral("startArrow=block;startSize=5;");
            if (e.access == Access::Read)
                style += QStringLiteral("endArrow=none;");
        }
        out += QStringLiteral("        <mxCell id=\"%1\" value=\"%2\" style=\"%3\" edge=\"1\" parent=\"1\" "
                              "source=\"%4\" target=\"%5\">")
                   .arg(DotWriter::edgeName(eg.edge), textescape::xml(e.label), style,
                        DotWriter::nodeName(t.nodeIndex(e.from)), DotWriter::nodeName(t.nodeIndex(e.to)));
        out += QStringLiteral("<mxGeometry relative=\"1\" as=\"geometry\">");
        // The on-curve points of Graphviz's spline (every third control point) as waypoints.
        QString points;
        for (qsizetype i = 3; i + 1 < eg.spline.size(); i += 3)
            points += QStringLiteral("<mxPoint x=\"%1\" y=\"%2\"/>")
                          .arg(num(eg.spline[i].x()), num(eg.spline[i].y()));
        if (!points.isEmpty())
            out += QStringLiteral("<Array as=\"points\">") + points + QStringLiteral("</Array>");
        out += QStringLiteral("</mxGeometry></mxCell>\n");
    }
    out += QStringLiteral("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n");
    return out.toUtf8();
}

} // namespace gw
