// TopologyBuilder: turns a model and its recommendations into the Topology of one environment: the
// model's elements, the nodes the model implies (clients, edge gateway, load balancers), the edges of
// every `uses`, and the clusters environment -> region -> network zone.
#pragma once

#include "topology.h"

namespace gw {

struct Model;
struct Recommendations;

class TopologyBuilder
{
public:
    // Above this many model elements a diagram is drawn as a collapsed overview (TopologyCollapser): a
    // full drawing would take Graphviz seconds to minutes and be a wall of boxes.
    static constexpr int kCollapseAbove = 150;

    struct Options
    {
        QString environment;                // empty: the model's first environment
        int collapseAbove = kCollapseAbove; // 0: always the full drawing
    };

    // Empty recommendations are fine: nodes then show no pick, and there is no edge gateway.
    static Topology build(const Model& model, const Recommendations& recommendations, const Options& options);
    static Topology build(const Model& model, const Recommendations& recommendations);
    // Whether `model` has an environment of that name (empty names the first one).
    static bool hasEnvironment(const Model& model, const QString& environment);
};

} // namespace gw
