// Topology: the diagram of one environment as a graph of our own types (nodes, edges, nested clusters),
// built from a model and its recommendations by TopologyBuilder and drawn by every diagram writer.
#pragma once

#include "topologycluster.h"
#include "topologyedge.h"
#include "topologynode.h"

#include <QHash>
#include <QList>

namespace gw {

struct Topology
{
    QString title;                   // the system's name
    QString environment;             // the environment drawn
    QList<TopologyCluster> clusters; // parents before children
    QList<TopologyNode> nodes;       // in a stable order: derived front nodes, then model order
    QList<TopologyEdge> edges;
    int collapsedElements = 0; // an overview (TopologyCollapser) of this many model elements; 0: full

    bool isCollapsed() const { return collapsedElements > 0; }
    // What a reader of the picture must know about it (that it is an overview); empty when nothing.
    QString note() const;

    // -1 when there is none.
    int nodeIndex(const QString& id) const;
    const TopologyNode* node(const QString& id) const;
    // The zone a node sits in (Zone::None for nodes outside every zone).
    Zone zoneOf(const TopologyNode& node) const;
    // The clusters whose parent is `parent` (-1: the top level), and the nodes directly inside `cluster`.
    QList<int> childClusters(int parent) const;
    QList<int> nodesIn(int cluster) const;
    // The chain of clusters from the top level down to `cluster`.
    QList<int> clusterPath(int cluster) const;

    // Makes nodeIndex() a hash look-up; call after changing `nodes` (the builder does).
    void rebuildIndex();

private:
    QHash<QString, int> m_index; // node id -> index
};

} // namespace gw
