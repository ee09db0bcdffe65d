// TopologyRecords: what TopologyBuilder gathers from a model before it becomes a Topology: the clusters,
// the nodes with every field but their ids, and the edges between node indices. Both the full drawing
// and the collapsed overview (TopologyCollapser) are made from it; the overview never spells the id of
// a node it groups away, nor keys anything by strings per edge.
#pragma once

#include "topology.h"

namespace gw {

struct NodeRecord
{
    TopologyNode node;        // `id` stays empty: see id()
    QLatin1StringView prefix; // "w:", "d:", "c:", "lb:", or empty when `key` is the whole id ("edge")
    QString key;              // the model element's id, or the id of a derived node
    QString suffix;           // "@2" for a copy in another region

    QString id() const { return prefix + key + suffix; }
};

struct EdgeRecord
{
    int from = -1; // indices into TopologyRecords::nodes
    int to = -1;
    EdgeStyle style = EdgeStyle::Sync;
    UseMode mode = UseMode::Sync;
    Access access = Access::ReadWrite;
    bool showsAccess = false;
    QString label;
};

struct TopologyRecords
{
    QString title;
    QString environment;
    QList<TopologyCluster> clusters;
    QList<NodeRecord> nodes; // in the order of Topology::nodes
    QList<EdgeRecord> edges; // in the order of Topology::edges

    // Every node and edge as they are.
    Topology full() const;
};

} // namespace gw
