// LayoutGeometry: where a laid-out Topology's boxes, clusters and edges are, in points with y pointing
// down, indexed like the Topology. The desktop app draws its interactive scene from it; the draw.io
// writer places its cells with it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>

namespace gw {

struct EdgeGeometry
{
    int edge = -1;                     // index into Topology::edges
    QList<QPointF> spline;             // cubic B-spline control points: p0, (c1, c2, p)...
    std::optional<QPointF> arrowStart; // tip of the arrowhead at the tail, when there is one
    std::optional<QPointF> arrowEnd;   // tip of the arrowhead at the head
    std::optional<QPointF> labelPos;   // centre of the xlabel
};

struct LayoutGeometry
{
    QSizeF size;
    QList<QRectF> nodes;    // per Topology node; an empty rect when the layout did not place it
    QList<QRectF> clusters; // per Topology cluster
    QList<QPointF> clusterLabels;
    QList<EdgeGeometry> edges; // the edges that were drawn, in Topology order

    bool isEmpty() const { return nodes.isEmpty(); }
    // From the helper's JSON; node, cluster and edge names are DotWriter's. False on malformed input.
    static std::optional<LayoutGeometry> fromJson(const QByteArray& json, int nodeCount, int clusterCount);
};

} // namespace gw
