// TopologyCluster: a box around nodes: an environment, a region inside it, or a network zone inside that.
#pragma once

#include "../model/enumtraits.h"

#include <QString>

namespace gw {

enum class ClusterKind { Environment, Region, Zone };
template<> struct EnumTraits<ClusterKind>
{
    static constexpr std::array<std::string_view, 3> names{"environment", "region", "zone"};
};

// Network zones, from the outside in. Only the edge zone is public.
enum class Zone { None, Edge, Application, Data };
template<> struct EnumTraits<Zone>
{
    static constexpr std::array<std::string_view, 4> names{"none", "edge", "application", "data"};
};

struct TopologyCluster
{
    QString id; // unique in the graph, never a user string: "env", "env/region", "env/region/data"
    ClusterKind kind = ClusterKind::Environment;
    Zone zone = Zone::None; // for zones
    QString label;          // user text for environments and regions
    int parent = -1;        // index into Topology::clusters; -1 for the top level

    bool isPublic() const { return zone == Zone::Edge; }
};

} // namespace gw
