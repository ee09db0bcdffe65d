// TopologyNode: one box of the topology diagram: a workload, data store or channel of the model, or a
// node the model implies (the clients, the edge gateway, a load balancer).
#pragma once

#include "../model/enumtraits.h"

#include <QString>
#include <QStringList>

namespace gw {

enum class NodeKind { Workload, DataStore, Channel, Clients, Edge, LoadBalancer };
template<> struct EnumTraits<NodeKind>
{
    static constexpr std::array<std::string_view, 6> names{"workload", "data-store",   "channel",
                                                           "clients",  "edge-gateway", "load-balancer"};
};

struct TopologyNode
{
    QString id; // unique in the graph, never a user string: "w:buyer-api", "lb:buyer-api", "edge"
    NodeKind kind = NodeKind::Workload;
    QString elementId; // the model element's id; empty for derived nodes
    QString name;      // what the box is titled with (user text)
    QString kindLabel; // "api", "relational", "topic", "internet", "load balancer"
    QString icon;      // base name of an icon in resources/icons/ ("api" for api.svg)
    QString pick;      // the chosen candidate ("managed-containers"); empty without recommendations
    QString service;   // its cloud service ("Cloud Run"); may be empty
    int highFindings = 0;
    int cluster = -1;    // the innermost cluster holding it (an index into Topology::clusters), -1: none
    int count = 1;       // how many nodes of the full topology this one stands for (TopologyCollapser)
    QStringList members; // in a collapsed topology: the element (or derived node) ids it stands for

    bool isDerived() const { return elementId.isEmpty(); }
    // "managed-containers - Cloud Run", or the part that is known.
    QString pickText() const
    {
        if (pick.isEmpty() || service.isEmpty())
            return pick.isEmpty() ? service : pick;
        return pick + QStringLiteral(" - ") + service;
    }
};

} // namespace gw
