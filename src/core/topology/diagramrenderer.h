// DiagramRenderer: the one entry point that draws a Topology in any DiagramFormat (Graphviz formats
// through the layout helper process, text formats by our writers) and lays it out for the desktop
// app's interactive scene. Blocking: call it off the UI thread; `cancel` stops a running layout.
//
//   Topology t = TopologyBuilder::build(model, ScoringEngine().score(model));
//   DiagramResult svg = DiagramRenderer::render(t, DiagramFormat::Svg);
//   TopologyLayout scene = DiagramRenderer::layout(t);   // scene.geometry.nodes[i] is t.nodes[i]
#pragma once

#include "diagramformat.h"
#include "diagramoptions.h"
#include "layoutgeometry.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace gw {

struct Topology;

struct DiagramResult
{
    bool ok = false;
    QString error;
    QByteArray data;
};

struct TopologyLayout
{
    bool ok = false;
    QString error;
    LayoutGeometry geometry;
};

class DiagramRenderer
{
public:
    static DiagramResult render(const Topology& topology, DiagramFormat format,
                                const DiagramOptions& options = {}, const std::atomic_bool* cancel = nullptr);
    static TopologyLayout layout(const Topology& topology, const DiagramOptions& options = {},
                                 const std::atomic_bool* cancel = nullptr);
    // Why orthogonal edges cannot be drawn for this topology; empty when they can.
    static QString orthogonalRefusal(const Topology& topology);
};

} // namespace gw
