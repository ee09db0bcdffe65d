#include "dotwriter.h"

#include "nodelabel.h"
#include "textescape.h"
#include "topology.h"

namespace gw {

namespace {

struct Palette
{
    const char* border;
    const char* fill;
};

Palette paletteOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Workload:
        return {"#2b6cb0", "#ebf4ff"};
    case NodeKind::DataStore:
        return {"#2f855a", "#effaf3"};
    case NodeKind::Channel:
        return {"#b7791f", "#fffbea"};
    case NodeKind::Clients:
        return {"#4a5568", "#f7fafc"};
    case NodeKind::Edge:
    case NodeKind::LoadBalancer:
        return {"#6b46c1", "#f5f0ff"};
    }
    return {"#4a5568", "#ffffff"};
}

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

// The lines of nodelabel::wrap(), each escaped, one HTML line break apart.
QString wrapped(const QString& text, int width)
{
    QStringList lines = nodelabel::wrap(text, width);
    for (QString& line : lines)
        line = textescape::xml(line);
    return lines.join(QStringLiteral("<BR ALIGN=\"LEFT\"/>"));
}

QString nodeLabel(const TopologyNode& n, const DiagramOptions& options)
{
    const Palette p = paletteOf(n.kind);
    QString rows;
    const QString name = wrapped(n.name, nodelabel::nameWrap(options.orthogonal));
    const QString kind = textescape::xml(n.kindLabel);
    const QString pick = wrapped(n.pickText(), nodelabel::pickWrap(options.orthogonal));
    const int rowCount = pick.isEmpty() ? 2 : 3;
    // The badge is a small pill beside the name; the rows below span its column too.
    QString badge;
    QString span;
    if (n.highFindings > 0) {
        badge = QStringLiteral(
                    "<TD ALIGN=\"RIGHT\" VALIGN=\"TOP\" BGCOLOR=\"#c53030\" STYLE=\"rounded\" "
                    "CELLPADDING=\"%2\"><FONT COLOR=\"white\" POINT-SIZE=\"%3\"><B> %1 high </B></FONT></TD>")
                    .arg(n.highFindings)
                    .arg(nodelabel::kBadgePadding)
                    .arg(nodelabel::kBadgeSize);
        span = QStringLiteral(" COLSPAN=\"2\"");
    }
    QString icon;
    if (options.icons && !n.icon.isEmpty()) {
        icon = QStringLiteral(
                   "<TD ROWSPAN=\"%1\" FIXEDSIZE=\"TRUE\" WIDTH=\"%3\" HEIGHT=\"%3\" VALIGN=\"MIDDLE\">"
                   "<IMG SRC=\"%2.svg\" SCALE=\"TRUE\"/></TD>")
                   .arg(rowCount)
                   .arg(n.icon) // icon names are ours, never user text
                   .arg(nodelabel::kIconSize);
    }
    rows += QStringLiteral("<TR>") + icon + QStringLiteral("<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>") + name +
            QStringLiteral("</B></TD>") + badge + QStringLiteral("</TR>");
    rows += QStringLiteral("<TR><TD ALIGN=\"LEFT\"") + span +
            QStringLiteral("><FONT POINT-SIZE=\"%1\" COLOR=\"#4a5568\">").arg(nodelabel::kDetailSize) + kind +
            QStringLiteral("</FONT></TD></TR>");
    if (!pick.isEmpty()) {
        rows +=
            QStringLiteral("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"%2><FONT POINT-SIZE=\"%3\" COLOR=\"%1\">")
                .arg(latin1(p.border), span, QString::number(nodelabel::kDetailSize)) +
            pick + QStringLiteral("</FONT></TD></TR>");
    }
    QString table =
        QStringLiteral("<TABLE BORDER=\"%3\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"%4\" "
                       "STYLE=\"rounded\" COLOR=\"%1\" BGCOLOR=\"%2\"")
            .arg(latin1(p.border), latin1(p.fill), QString::number(nodelabel::kBorder),
                 QString::number(nodelabel::kCellPadding));
    if (options.orthogonal)
        table += QStringLiteral(" FIXEDSIZE=\"TRUE\" WIDTH=\"200\" HEIGHT=\"56\"");
    return table + u'>' + rows + QStringLiteral("</TABLE>");
}

QString clusterAttributes(const TopologyCluster& c)
{
    QString label = textescape::xml(c.label);
    switch (c.kind) {
    case ClusterKind::Environment:
        return QStringLiteral("label=<<B>%1</B>>; style=\"rounded\"; color=\"#4a5568\"; penwidth=1.4; "
                              "fontsize=13; bgcolor=\"#ffffff\";")
            .arg(label);
    case ClusterKind::Region:
        return QStringLiteral("label=<region %1>; style=\"rounded,dashed\"; color=\"#718096\"; fontsize=11; "
                              "bgcolor=\"#ffffff\";")
            .arg(label);
    case ClusterKind::Zone:
        break;
    }
    const char* fill = c.zone == Zone::Edge ? "#fff5f5" : c.zone == Zone::Data ? "#f0f5fa" : "#f8fafc";
    const char* border = c.zone == Zone::Edge ? "#e53e3e" : "#a0aec0";
    return QStringLiteral(
               "label=<%1>; style=\"rounded,filled\"; fillcolor=\"%2\"; color=\"%3\"; fontsize=10; "
               "fontcolor=\"#4a5568\";")
        .arg(label, latin1(fill), latin1(border));
}

void writeCluster(QString& out, const Topology& t, int cluster, int depth, const DiagramOptions& options,
                  const QList<QList<int>>& children, const QList<QList<int>>& members)
{
    const QString indent(depth * 2 + 2, u' ');
    out += indent + QStringLiteral("subgraph ") + DotWriter::clusterName(cluster) + QStringLiteral(" {\n");
    out += indent + QStringLiteral("  ") + clusterAttributes(t.clusters[cluster]) + u'\n';
    for (const int c : children[cluster + 1])
        writeCluster(out, t, c, depth + 1, options, children, members);
    for (const int n : members[cluster + 1])
        out += indent + QStringLiteral("  ") + DotWriter::nodeName(n) + u';' + u'\n';
    out += indent + QStringLiteral("}\n");
}

} // namespace

int DotWriter::indexOf(QStringView name, QStringView prefix)
{
    if (!name.startsWith(prefix))
        return -1;
    bool ok = false;
    const int i = name.mid(prefix.size()).toInt(&ok);
    return ok && i >= 0 ? i : -1;
}

QByteArray DotWriter::write(const Topology& t, const DiagramOptions& options)
{
    QString out;
    out.reserve(512 + t.nodes.size() * 700 + t.edges.size() * 120);
    out += QStringLiteral("digraph topology {\n");
    out +=
        QStringLiteral(
            "  graph [rankdir=%1, fontname=\"DejaVu Sans\", fontsize=11, charset=\"UTF-8\", "
            "nodesep=0.35, ranksep=0.9, pad=0.25, bgcolor=\"white\", labelloc=t, labeljust=l, fontsize=16, "
            "splines=%2, forcelabels=true, nslimit=2];\n")
            .arg(options.direction == LayoutDirection::TopToBottom ? QStringLiteral("TB")
                                                                   : QStringLiteral("LR"),
                 options.orthogonal ? QStringLiteral("ortho") : QStringLiteral("spline"));
    out += QStringLiteral("  label=<<FONT POINT-SIZE=\"16\"><B>") + textescape::xml(t.title) +
           QStringLiteral("</B> &#8212; ") + textescape::xml(t.environment) + QStringLiteral("</FONT>");
    if (const QString note = t.note(); !note.isEmpty())
        out += QStringLiteral("<BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"11\" COLOR=\"#c53030\">") +
               textescape::xml(note) + QStringLiteral("</FONT>");
    out += QStringLiteral(">;\n");
    out += QStringLiteral("  node [shape=plain, fontname=\"DejaVu Sans\", fontsize=%1, margin=0];\n")
               .arg(nodelabel::kNameSize);
    out += QStringLiteral(
               "  edge [fontname=\"DejaVu Sans\", fontsize=%1, fontcolor=\"#4a5568\", color=\"#4a5568\", "
               "arrowsize=0.7];\n")
               .arg(nodelabel::kEdgeLabelSize);

    // Children and members per cluster, index 0 standing for the top level.
    QList<QList<int>> children(t.clusters.size() + 1);
    QList<QList<int>> members(t.clusters.size() + 1);
    for (int c = 0; c < t.clusters.size(); ++c)
        children[t.clusters[c].parent + 1].append(c);
    for (int n = 0; n < t.nodes.size(); ++n)
        members[t.nodes[n].cluster + 1].append(n);

    for (int n = 0; n < t.nodes.size(); ++n) {
        out += QStringLiteral("  ") + nodeName(n) + QStringLiteral(" [label=<") +
               nodeLabel(t.nodes[n], options) + QStringLiteral(">];\n");
    }
    for (const int c : children[0])
        writeCluster(out, t, c, 0, options, children, members);

    const bool large = t.nodes.size() > kLargeNodes;
    for (int e = 0; e < t.edges.size(); ++e) {
        const TopologyEdge& edge = t.edges[e];
        const int from = t.nodeIndex(edge.from);
        const int to = t.nodeIndex(edge.to);
        if (from < 0 || to < 0)
            continue;
        out += QStringLiteral("  ") + nodeName(from) + QStringLiteral(" -> ") + nodeName(to) +
               QStringLiteral(" [id=") + edgeName(e);
        if (edge.style == EdgeStyle::Async)
            out += QStringLiteral(", style=dashed");
        if (edge.showsAccess) {
            if (edge.access == Access::Read)
                out += QStringLiteral(", dir=back");
            else if (edge.access == Access::ReadWrite)
                out += QStringLiteral(", dir=both");
        }
        // A consumer pulls from its channel: the arrow may point back without pushing the consumer a rank
        // further. In large diagrams, chains of publish -> consume -> publish otherwise stretch the graph
        // over hundreds of ranks, and Graphviz's crossing minimisation and routing grow with them.
        if (large && edge.mode == UseMode::Consume)
            out += QStringLiteral(", constraint=false");
        // Only replication joins two stores. Its many equal labels would sit on the region borders: the
        // replica boxes and the standby region's title say it, the colour of the data zone marks it.
        const bool replication =
            t.nodes[from].kind == NodeKind::DataStore && t.nodes[to].kind == NodeKind::DataStore;
        if (replication)
            out += QStringLiteral(", color=\"#2f855a\", penwidth=1.2");
        else if (!edge.label.isEmpty() && !options.orthogonal)
            out += QStringLiteral(", xlabel=<") + textescape::xml(edge.label) + u'>';
        out += QStringLiteral("];\n");
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace gw
