#include "topologycollapser.h"

#include "topologyrecords_p.h"

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

// What makes a group: the cluster, the kind and the pick (the platform an architect reviews), as the
// reader sees it: the pick's text. Nodes are first looked up by where the text of their pick and
// service lives: every element given one candidate shares its strings, so this neither hashes nor
// reads text per node (one text can live in two places, never two texts in one). Only a place not
// seen before is spelled out.
struct PickKey
{
    int cluster;
    NodeKind kind;
    const QChar* pick;
    qsizetype pickSize;
    const QChar* service;
    qsizetype serviceSize;
    bool operator==(const PickKey&) const = default;
    friend size_t qHash(const PickKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.cluster, static_cast<int>(k.kind), quintptr(k.pick), k.pickSize,
                          quintptr(k.service), k.serviceSize);
    }
};

struct TextKey
{
    int cluster;
    NodeKind kind;
    QString pickText;
    bool operator==(const TextKey&) const = default;
    friend size_t qHash(const TextKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.cluster, static_cast<int>(k.kind), k.pickText);
    }
};

} // namespace

Topology TopologyCollapser::collapse(const TopologyRecords& t)
{
    Topology out;
    out.title = t.title;
    out.environment = t.environment;
    out.clusters = t.clusters;
    for (const NodeRecord& r : t.nodes)
        out.collapsedElements += r.node.isDerived() ? 0 : r.node.count;

    // The kinds of the members (api, worker, ...) are listed on the box. Groups keep the order of their
    // first member.
    QHash<PickKey, int> groupOfPick; // -> index in out.nodes
    QHash<TextKey, int> groupOfText;
    QList<QStringList> kindsOf; // per group, the member kinds in order of appearance
    QList<int> nodeGroup(t.nodes.size(), -1);
    for (int i = 0; i < t.nodes.size(); ++i) {
        const TopologyNode& n = t.nodes[i].node;
        int g = -1;
        if (groups(n.kind)) {
            const PickKey key{
                n.cluster,       n.kind, n.pick.constData(), n.pick.size(), n.service.constData(),
                n.service.size()};
            g = groupOfPick.value(key, -1);
            if (g < 0) {
                const TextKey text{n.cluster, n.kind, n.pickText()};
                g = groupOfText.value(text, -1);
                if (g < 0) {
                    g = static_cast<int>(out.nodes.size());
                    TopologyNode group = n;
                    group.id = QStringLiteral("g%1:").arg(g) + enumName(n.kind);
                    group.elementId.clear();
                    group.count = 0;
                    group.highFindings = 0;
                    out.nodes.append(std::move(group));
                    kindsOf.append(QStringList());
                    groupOfText.insert(text, g);
                }
                groupOfPick.insert(key, g);
            }
            TopologyNode& group = out.nodes[g];
            group.count += n.count;
            group.highFindings += n.highFindings;
            group.members.append(n.isDerived() ? t.nodes[i].id() : n.elementId);
            if (!kindsOf[g].contains(n.kindLabel))
                kindsOf[g].append(n.kindLabel);
        } else {
            g = static_cast<int>(out.nodes.size());
            out.nodes.append(n);
            out.nodes.last().id = t.nodes[i].id();
            kindsOf.append(QStringList());
        }
        nodeGroup[i] = g;
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
    QHash<quint64, int> edgeOf; // (from box, to box, style) -> index in out.edges
    QList<QStringList> labelsOf;
    for (const EdgeRecord& e : t.edges) {
        const int from = nodeGroup[e.from];
        const int to = nodeGroup[e.to];
        const quint64 key = quint64(quint32(from)) << 33 | quint64(quint32(to)) << 1 | quint64(e.style);
        int b = edgeOf.value(key, -1);
        if (b < 0) {
            b = static_cast<int>(out.edges.size());
            TopologyEdge bundled;
            bundled.from = out.nodes[from].id;
            bundled.to = out.nodes[to].id;
            bundled.style = e.style;
            bundled.mode = e.mode;
            bundled.access = e.access;
            bundled.showsAccess = e.showsAccess;
            bundled.count = 0;
            edgeOf.insert(key, b);
            out.edges.append(std::move(bundled));
            labelsOf.append(QStringList());
        }
        TopologyEdge& into = out.edges[b];
        into.count += 1;
        if (into.access != e.access)
            into.access = Access::ReadWrite; // reads and writes bundled: the data flows both ways
        if (into.mode != e.mode)
            into.mode = e.style == EdgeStyle::Sync ? UseMode::Sync : UseMode::Async;
        if (!e.label.isEmpty() && !labelsOf[b].contains(e.label))
            labelsOf[b].append(e.label);
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
