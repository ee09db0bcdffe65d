#include "topologyrecords_p.h"

namespace gw {

Topology TopologyRecords::full() const
{
    Topology t;
    t.title = title;
    t.environment = environment;
    t.clusters = clusters;
    t.nodes.reserve(nodes.size());
    for (const NodeRecord& r : nodes) {
        t.nodes.append(r.node);
        t.nodes.last().id = r.id();
    }
    t.edges.reserve(edges.size());
    for (const EdgeRecord& r : edges) {
        TopologyEdge e;
        e.from = t.nodes[r.from].id;
        e.to = t.nodes[r.to].id;
        e.style = r.style;
        e.mode = r.mode;
        e.access = r.access;
        e.showsAccess = r.showsAccess;
        e.label = r.label;
        t.edges.append(std::move(e));
    }
    t.rebuildIndex();
    return t;
}

} // namespace gw
