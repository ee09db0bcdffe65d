// TopologyCollapser: the overview of a topology too large to draw box by box: the nodes of each zone
// that share a kind and a pick become one box with their count, and the edges between those boxes are
// bundled with theirs. Graphviz needs seconds to minutes for thousands of boxes, and such a picture is
// no longer readable anyway. Works on TopologyBuilder's records, so that the ids and edges of the full
// drawing are never spelled out.
#pragma once

#include "topology.h"

namespace gw {

struct TopologyRecords;

class TopologyCollapser
{
public:
    // `records` as an overview; Topology::collapsedElements says how many model elements it stands for.
    static Topology collapse(const TopologyRecords& records);
};

} // namespace gw
