// TopologyRecords: what TopologyBuilder gathers from a model before it becomes a Topology: the clusters,
// the nodes and the edges between node indices. A record points at the text it shows (in the model, the
// recommendations, or the builder's fixed texts) instead of copying it: the collapsed overview
// (TopologyCollapser) reads hardly any of that text, and at thousands of elements the copies showed in
// the profile (docs/performance.md, "Diagrams"). Both the full drawing and the overview are made from
// these records, which live only as long as the model and recommendations they were built from (and the
// builder's fixed texts).
#pragma once

#include "topology.h"

#include "../model/system.h"

namespace gw {

struct Pick;

struct NodeRecord
{
    NodeKind kind = NodeKind::Workload;
    int cluster = -1;
    int highFindings = 0;
    int region = 1;                // 1: the primary region; N: the copy in region N, id suffix "@N"
    bool element = false;          // a model element's own box (not derived, not a copy)
    bool replica = false;          // a standby region's copy: " replica" after the kind
    const char* prefix = "";       // "w:", "d:", "c:", "lb:", or "" when `key` is the whole id
    const QString* key = nullptr;  // the model element's id, or the id of a derived node
    const QString* name = nullptr; // user text
    const QString* kindLabel = nullptr;
    const QString* icon = nullptr;
    const Pick* pick = nullptr; // the chosen pick; nullptr: none

    QString id() const;
};

struct EdgeRecord
{
    int from = -1; // indices into TopologyRecords::nodes
    int to = -1;
    EdgeStyle style = EdgeStyle::Sync;
    UseMode mode = UseMode::Sync;
    Access access = Access::ReadWrite;
    bool showsAccess = false;
    const QString* label = nullptr; // nullptr: none
};

struct TopologyRecords
{
    QString title;
    QString environment;
    Cloud cloud = Cloud::Any; // whose service names the boxes show
    QList<TopologyCluster> clusters;
    QList<NodeRecord> nodes; // in the order of Topology::nodes
    QList<EdgeRecord> edges; // in the order of Topology::edges
    // The node as drawn, with its id.
    TopologyNode node(int index) const;
    QString service(const Pick* pick) const;
    // Every node and edge as they are.
    Topology full() const;
};

} // namespace gw
