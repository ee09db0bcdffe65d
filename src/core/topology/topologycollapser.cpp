#include "topologycollapser.h"

#include <QSet>

namespace gw {

namespace {

QString plural(NodeKind kind, int count)
{
    const bool one = count == 1;
    switch (kind) {
    case NodeKind::Workload:
        return one ? QStringLiteral("workload") : QStringLiteral("workloads");
    case NodeKind::DataStore:
        return one ? QStringLiteral("data store") : QStringLiteral("data stores");
    case NodeKind::Channel:
        return one ? QStringLiteral("channel") : QStringLiteral("channels");
    case NodeKind::LoadBalancer:
        return one ? QStringLiteral("load balancer") : QStringLiteral("load balancers");
    case NodeKind::Clients:
    case NodeKind::Edge:
        break;
    }
    return {};
}

// Nodes that stand for several (model elements and their load balancers) are grouped; the clients and
// the edge gateway are one each already.
bool groups(NodeKind kind)
{
    return kind != NodeKind::Clients && kind != NodeKind::Edge;
}

} // namespace

Topology TopologyCollapser::collapse(const Topology& t)
{
    Topology out;
    out.title = t.title;
    out.environment = t.environment;
    out.clusters = t.clusters;
    for (const TopologyNode& n : t.nodes)
        out.collapsedElements += n.isDerived() ? 0 : n.count;

    // Group key: cluster, kind and pick (the platform an architect reviews); the kinds of the members
    // (api, worker, ...) are listed on the box. Groups keep the order of their first member.
    QHash<QString, int> groupOf; // key -> index in out.nodes
    QList<QStringList> kindsOf;  // per group, the member kinds in order of appearance
    QList<int> nodeGroup(t.nodes.size(), -1);
    for (int i = 0; i < t.nodes.size(); ++i) {
        const TopologyNode& n = t.nodes[i];
        const QString key =
            groups(n.kind)
                ? QString(QString::number(n.cluster) + u'\n' + enumName(n.kind) + u'\n' + n.pickText())
                : QString(u'\n' + n.id);
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            TopologyNode group = n;
            if (groups(n.kind)) {
                group.id = QStringLiteral("g%1:").arg(out.nodes.size()) + enumName(n.kind);
                group.elementId.clear();
                group.count = 0;
                group.highFindings = 0;
            }
            it = groupOf.insert(key, static_cast<int>(out.nodes.size()));
            out.nodes.append(group);
            kindsOf.append(QStringList());
        }
        TopologyNode& group = out.nodes[*it];
        if (groups(n.kind)) {
            group.count += n.count;
            group.highFindings += n.highFindings;
            group.members.append(n.elementId.isEmpty() ? n.id : n.elementId);
            if (!kindsOf[*it].contains(n.kindLabel))
                kindsOf[*it].append(n.kindLabel);
        }
        nodeGroup[i] = *it;
    }
    for (int g = 0; g < out.nodes.size(); ++g) {
        TopologyNode& group = out.nodes[g];
        if (groups(group.kind)) {
            group.name = QString::number(group.count) + u' ' + plural(group.kind, group.count);
            group.kindLabel = kindsOf[g].join(QStringLiteral(", "));
        }
    }
    out.rebuildIndex();

    // One edge per pair of boxes and line style, counting what it bundles and naming its labels.
    QHash<QString, int> edgeOf;
    QList<QStringList> labelsOf;
    for (const TopologyEdge& e : t.edges) {
        const int from = t.nodeIndex(e.from);
        const int to = t.nodeIndex(e.to);
        if (from < 0 || to < 0)
            continue;
        TopologyEdge bundled = e;
        bundled.from = out.nodes[nodeGroup[from]].id;
        bundled.to = out.nodes[nodeGroup[to]].id;
        const QString key = bundled.from + u'\n' + bundled.to + u'\n' + QString::number(int(e.style));
        auto it = edgeOf.find(key);
        if (it == edgeOf.end()) {
            bundled.count = 0;
            it = edgeOf.insert(key, static_cast<int>(out.edges.size()));
            out.edges.append(bundled);
            labelsOf.append(QStringList());
        }
        TopologyEdge& into = out.edges[*it];
        into.count += e.count;
        if (into.access != e.access)
            into.access = Access::ReadWrite; // reads and writes bundled: the data flows both ways
        if (into.mode != e.mode)
            into.mode = e.style == EdgeStyle::Sync ? UseMode::Sync : UseMode::Async;
        if (!e.label.isEmpty() && !labelsOf[*it].contains(e.label))
            labelsOf[*it].append(e.label);
    }
    for (int e = 0; e < out.edges.size(); ++e) {
        TopologyEdge& edge = out.edges[e];
        edge.label = labelsOf[e].join(QStringLiteral(", "));
        if (edge.count > 1)
            edge.label += (edge.label.isEmpty() ? QString() : QStringLiteral(" ")) + QChar(0x00D7) +
                          QString::number(edge.count);
    }
    return out;
}

} // namespace gw
