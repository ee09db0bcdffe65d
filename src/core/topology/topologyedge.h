// TopologyEdge: one arrow of the topology diagram, from a `uses` entry of the model or between derived
// nodes. The arrow points from the caller to what it calls; access says which way the data flows.
#pragma once

#include "../model/workload.h"

#include <QString>

namespace gw {

enum class EdgeStyle { Sync, Async }; // drawn solid / dashed

struct TopologyEdge
{
    QString from; // node ids
    QString to;
    EdgeStyle style = EdgeStyle::Sync;
    UseMode mode = UseMode::Sync;
    Access access = Access::ReadWrite;
    bool showsAccess = false; // true for edges to data stores: the label and arrowheads tell read / write
    QString label;            // "REST", "publish", "read"; may be empty
    int count = 1;            // how many edges of the full topology this one bundles (TopologyCollapser)
};

} // namespace gw
