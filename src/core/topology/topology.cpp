#include "topology.h"

namespace gw {

QString Topology::note() const
{
    if (!isCollapsed())
        return {};
    return QStringLiteral("collapsed overview: %1 elements drawn as %2 boxes, grouped by zone, kind and pick")
        .arg(collapsedElements)
        .arg(nodes.size());
}

void Topology::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_index.insert(nodes[i].id, i);
}

int Topology::nodeIndex(const QString& id) const
{
    if (m_index.size() == nodes.size())
        return m_index.value(id, -1);
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return i;
    }
    return -1;
}

const TopologyNode* Topology::node(const QString& id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes[i];
}

Zone Topology::zoneOf(const TopologyNode& node) const
{
    for (int c = node.cluster; c >= 0; c = clusters[c].parent) {
        if (clusters[c].kind == ClusterKind::Zone)
            return clusters[c].zone;
    }
    return Zone::None;
}

QList<int> Topology::childClusters(int parent) const
{
    QList<int> out;
    for (int i = 0; i < clusters.size(); ++i) {
        if (clusters[i].parent == parent)
            out.append(i);
    }
    return out;
}

QList<int> Topology::nodesIn(int cluster) const
{
    QList<int> out;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].cluster == cluster)
            out.append(i);
    }
    return out;
}

QList<int> Topology::clusterPath(int cluster) const
{
    QList<int> path;
    for (int c = cluster; c >= 0; c = clusters[c].parent)
        path.prepend(c);
    return path;
}

} // namespace gw
