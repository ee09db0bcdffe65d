// DrawIoWriter: a laid-out Topology as a draw.io (diagrams.net) file: mxGraph XML whose cells sit where
// Graphviz placed them, so that the diagram opens already arranged and stays editable.
#pragma once

#include <QByteArray>

namespace gw {

struct Topology;
struct LayoutGeometry;

class DrawIoWriter
{
public:
    static QByteArray write(const Topology& topology, const LayoutGeometry& geometry);
};

} // namespace gw
