// DiagramRenderer: the one entry point that draws a Topology in any DiagramFormat (Graphviz formats
// through the layout helper process, text formats by our writers) and lays it out for the desktop
// app's interactive scene. Blocking: call it off the UI thread; `cancel` stops a running layout.
//
//   Topology t = TopologyBuilder::build(model, ScoringEngine().score(model));
//   DiagramResult svg = DiagramRenderer::render(t, DiagramFormat::Svg);
//   TopologyLayout scene = DiagramRenderer::layout(t);   // scene.geometry.nodes[i] is t.nodes[i]
//
// Given the model instead, it starts the helper before it builds the topology: the helper spends
// most of its time loading Graphviz, and does so meanwhile.
#pragma once

#include "diagramformat.h"
#include "diagramoptions.h"
#include "layoutgeometry.h"
#include "topologybuilder.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace gw {

struct Topology;
class LayoutProcess;

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
    // The model's topology (TopologyBuilder::build with `build`), drawn; `built`, when given, receives
    // that topology.
    static DiagramResult render(const Model& model, const Recommendations& recommendations,
                                const TopologyBuilder::Options& build, DiagramFormat format,
                                const DiagramOptions& options = {}, const std::atomic_bool* cancel = nullptr,
                                Topology* built = nullptr);
    static TopologyLayout layout(const Model& model, const Recommendations& recommendations,
                                 const TopologyBuilder::Options& build, const DiagramOptions& options = {},
                                 const std::atomic_bool* cancel = nullptr, Topology* built = nullptr);
    // Why orthogonal edges cannot be drawn for this topology; empty when they can.
    static QString orthogonalRefusal(const Topology& topology);

private:
    // `started`: a helper already started for this format, or nullptr to start one when needed.
    static DiagramResult renderWith(LayoutProcess* started, const Topology& topology, DiagramFormat format,
                                    const DiagramOptions& options, const std::atomic_bool* cancel);
    static TopologyLayout layoutWith(LayoutProcess* started, const Topology& topology,
                                     const DiagramOptions& options, const std::atomic_bool* cancel);
};

} // namespace gw
