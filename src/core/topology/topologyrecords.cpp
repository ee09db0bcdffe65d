#include "topologyrecords_p.h"

#include "../rules/recommendation.h"

namespace gw {

QString NodeRecord::id() const
{
    if (region == 1)
        return QLatin1StringView(prefix) + *key;
    return QLatin1StringView(prefix) + *key + u'@' + QString::number(region);
}

QString TopologyRecords::service(const Pick* pick) const
{
    return pick ? pick->services.on(cloud) : QString();
}

TopologyNode TopologyRecords::node(int index) const
{
    const NodeRecord& r = nodes[index];
    TopologyNode n;
    n.id = r.id();
    n.kind = r.kind;
    if (r.element)
        n.elementId = *r.key;
    n.name = *r.name;
    n.kindLabel = r.replica ? *r.kindLabel + QStringLiteral(" replica") : *r.kindLabel;
    n.icon = *r.icon;
    if (r.pick) {
        n.pick = r.pick->candidate;
        n.service = service(r.pick);
    }
    n.highFindings = r.highFindings;
    n.cluster = r.cluster;
    return n;
}

Topology TopologyRecords::full() const
{
    Topology t;
    t.title = title;
    t.environment = environment;
    t.clusters = clusters;
    t.nodes.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        t.nodes.append(node(i));
    t.edges.reserve(edges.size());
    for (const EdgeRecord& r : edges) {
        TopologyEdge e;
        e.from = t.nodes[r.from].id;
        e.to = t.nodes[r.to].id;
        e.style = r.style;
        e.mode = r.mode;
        e.access = r.access;
        e.showsAccess = r.showsAccess;
        if (r.label)
            e.label = *r.label;
        t.edges.append(std::move(e));
    }
    t.rebuildIndex();
    return t;
}

} // namespace gw
