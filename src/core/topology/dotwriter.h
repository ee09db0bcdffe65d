// DotWriter: a Topology as Graphviz DOT text in the safe subset that Debian 12's Graphviz lays out
// without crashing: HTML-like node and cluster labels, edge xlabels (never label=), no record shapes,
// no newrank. Graph names are generated (n3, cluster_2, e5), never user strings, and index the Topology.
#pragma once

#include "diagramoptions.h"

#include <QByteArray>

namespace gw {

struct Topology;

class DotWriter
{
public:
    // Above this many boxes the DOT trades a little of the picture for layout time (see write()).
    static constexpr int kLargeNodes = 60;

    static QByteArray write(const Topology& topology, const DiagramOptions& options = {});

    // Node, cluster and edge names in the DOT text, and back (-1 when `name` is not one of ours).
    static QString nodeName(int index) { return QStringLiteral("n%1").arg(index); }
    static QString clusterName(int index) { return QStringLiteral("cluster_%1").arg(index); }
    static QString edgeName(int index) { return QStringLiteral("e%1").arg(index); }
    static int indexOf(QStringView name, QStringView prefix);
};

} // namespace gw
