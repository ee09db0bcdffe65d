#include "topologycollapser.h"

#include "topologyrecords_p.h"

#include "../rules/recommendation.h"

#include <array>

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
// reader sees it: the pick's text. Nodes are first looked up by where the text of their pick and its
// services lives: every element given one candidate shares those strings, so this neither hashes nor
// reads text per node (one text can live in two places, never two texts in one place). Only a place
// not seen before is spelled out.
struct PickKey
{
    int cluster;
    NodeKind kind;
    std::array<const QChar*, 4> text; // the candidate and its service on the cloud (on Any, all three)
    std::array<qsizetype, 4> size;
    bool operator==(const PickKey&) const = default;
    friend size_t qHash(const PickKey& k, size_t seed = 0)
    {
        return qHashMulti(seed, k.cluster, static_cast<int>(k.kind), quintptr(k.text[0]), k.size[0],
                          quintptr(k.text[1]), k.size[1], quintptr(k.text[2]), k.size[2], quintptr(k.text[3]),
                          k.size[3]);
    }
};

PickKey pickKey(const NodeRecord& n, Cloud cloud)
{
    PickKey key{n.cluster, n.kind, {}, {}};
    if (!n.pick)
        return key;
    const ServiceNames& services = n.pick->services;
    const auto set = [&key](std::size_t i, const QString& text) {
        key.text[i] = text.constData();
        key.size[i] = text.size();
    };
    set(0, n.pick->candidate);
    switch (cloud) {
    case Cloud::Aws:
        set(1, services.aws);
        break;
    case Cloud::Gcp:
        set(1, services.gcp);
        break;
    case Cloud::Azure:
        set(1, services.azure);
        break;
    case Cloud::Any:
        set(1, services.aws);
        set(2, services.gcp);
        set(3, services.azure);
        break;
    }
    return key;
}

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

bool sameText(const QString& a, const QString& b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

// A member's kind as the box lists it: "relational", or "relational replica" in a standby region.
struct KindLabel
{
    const QString* text;
    bool replica;
    bool operator==(const KindLabel& other) const
    {
        return replica == other.replica && sameText(*text, *other.text);
    }
    QString spelled() const { return replica ? *text + QStringLiteral(" replica") : *text; }
};

// Labels and kinds are mostly shared strings: compared first by where they live, as sameText does.
template<typename T> void appendOnce(QList<T>& list, const T& item)
{
    if (!list.contains(item))
        list.append(item);
}

struct EdgeLabel
{
    const QString* text;
    bool operator==(const EdgeLabel& other) const { return sameText(*text, *other.text); }
    QString spelled() const { return *text; }
};

template<typename T> QString joined(const QList<T>& items)
{
    QString out;
    for (const T& item : items) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += item.spelled();
    }
    return out;
}

} // namespace

Topology TopologyCollapser::collapse(const TopologyRecords& t)
{
    Topology out;
    out.title = t.title;
    out.environment = t.environment;
    out.clusters = t.clusters;
    for (const NodeRecord& r : t.nodes)
        out.collapsedElements += r.element ? 1 : 0;

    // The kinds of the members (api, worker, ...) are listed on the box. Groups keep the order of their
    // first member.
    QHash<PickKey, int> groupOfPick; // -> index in out.nodes
    QHash<TextKey, int> groupOfText;
    QList<QList<KindLabel>> kindsOf; // per group, the member kinds in order of appearance
    QList<int> nodeGroup(t.nodes.size(), -1);
    PickKey lastKey{-1, NodeKind::Clients, {}, {}};
    int lastGroup = -1;
    for (int i = 0; i < t.nodes.size(); ++i) {
        const NodeRecord& n = t.nodes[i];
        int g = -1;
        if (groups(n.kind)) {
            const PickKey key = pickKey(n, t.cloud);
            // Neighbours mostly share their group: the last one found is tried before the hash.
            g = key == lastKey ? lastGroup : groupOfPick.value(key, -1);
            if (g < 0) {
                TopologyNode group = t.node(i);
                const TextKey text{n.cluster, n.kind, group.pickText()};
                g = groupOfText.value(text, -1);
                if (g < 0) {
                    g = static_cast<int>(out.nodes.size());
                    group.id = QStringLiteral("g%1:").arg(g) + enumName(n.kind);
                    group.elementId.clear();
                    group.count = 0;
                    group.highFindings = 0;
                    out.nodes.append(std::move(group));
                    kindsOf.append(QList<KindLabel>());
                    groupOfText.insert(text, g);
                }
                groupOfPick.insert(key, g);
            }
            lastKey = key;
            lastGroup = g;
            out.nodes[g].count += 1;
        } else {
            g = static_cast<int>(out.nodes.size());
            out.nodes.append(t.node(i));
            kindsOf.append(QList<KindLabel>());
        }
        nodeGroup[i] = g;
    }
    // Then the members, each box's list made once at its size: a box can hold thousands.
    for (TopologyNode& group : out.nodes) {
        if (groups(group.kind))
            group.members.reserve(group.count);
    }
    for (int i = 0; i < t.nodes.size(); ++i) {
        const NodeRecord& n = t.nodes[i];
        if (!groups(n.kind))
            continue;
        const int g = nodeGroup[i];
        TopologyNode& group = out.nodes[g];
        group.highFindings += n.highFindings;
        if (n.element)
            group.members.append(*n.key);
        else
            group.members.append(n.id());
        appendOnce(kindsOf[g], KindLabel{n.kindLabel, n.replica});
    }
    for (int g = 0; g < out.nodes.size(); ++g) {
        TopologyNode& group = out.nodes[g];
        if (groups(group.kind)) {
            group.name = QString::number(group.count) + u' ' + plural(group.kind, group.count);
            group.kindLabel = joined(kindsOf[g]);
        }
    }
    out.rebuildIndex();

    // One edge per pair of boxes and line style, counting what it bundles and naming its labels. The
    // boxes are mostly few (tens): a table over every pair then finds an edge's bundle without
    // hashing. A model of many regions can make more boxes than such a table should hold.
    constexpr qsizetype kTableBoxes = 256;
    const qsizetype boxes = out.nodes.size();
    const bool tabled = boxes <= kTableBoxes;
    QList<int> table(tabled ? boxes * boxes * 2 : 0, -1); // (from box, to box, style) -> out.edges index
    QHash<quint64, int> hashed;
    const auto bundleOf = [&](int from, int to, EdgeStyle style) -> int& {
        if (tabled)
            return table[(from * boxes + to) * 2 + static_cast<int>(style)];
        const quint64 key = quint64(quint32(from)) << 33 | quint64(quint32(to)) << 1 | quint64(style);
        auto it = hashed.find(key);
        if (it == hashed.end())
            it = hashed.insert(key, -1);
        return *it;
    };
    QList<QList<EdgeLabel>> labelsOf;
    for (const EdgeRecord& e : t.edges) {
        const int from = nodeGroup[e.from];
        const int to = nodeGroup[e.to];
        int& b = bundleOf(from, to, e.style); // set before anything else is added to the hash
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
            out.edges.append(std::move(bundled));
            labelsOf.append(QList<EdgeLabel>());
        }
        TopologyEdge& into = out.edges[b];
        into.count += 1;
        if (into.access != e.access)
            into.access = Access::ReadWrite; // reads and writes bundled: the data flows both ways
        if (into.mode != e.mode)
            into.mode = e.style == EdgeStyle::Sync ? UseMode::Sync : UseMode::Async;
        if (e.label && !e.label->isEmpty())
            appendOnce(labelsOf[b], EdgeLabel{e.label});
    }
    for (int e = 0; e < out.edges.size(); ++e) {
        TopologyEdge& edge = out.edges[e];
        edge.label = joined(labelsOf[e]);
        if (edge.count > 1)
            edge.label += (edge.label.isEmpty() ? QString() : QStringLiteral(" ")) + QChar(0x00D7) +
                          QString::number(edge.count);
    }
    return out;
}

} // namespace gw
