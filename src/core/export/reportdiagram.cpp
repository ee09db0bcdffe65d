#include "reportdiagram.h"

#include "../topology/diagramrenderer.h"
#include "../topology/mermaidwriter.h"
#include "../topology/topologybuilder.h"

namespace gw {

ReportDiagram ReportDiagram::draw(const Model& model, const Recommendations& recommendations)
{
    ReportDiagram diagram;
    DiagramOptions options;
    // Icons are files of the layout helper's folder: a report must carry everything it shows inline.
    options.icons = false;
    // Top to bottom fits a portrait page and a reading column far better than a wide left-to-right chart.
    options.direction = LayoutDirection::TopToBottom;
    Topology topology;
    const DiagramResult svg =
        DiagramRenderer::render(model, recommendations, {}, DiagramFormat::Svg, options, nullptr, &topology);
    if (svg.ok)
        diagram.svg = svg.data;
    else
        diagram.error = svg.error;
    diagram.mermaid = MermaidWriter::write(topology, options);
    return diagram;
}

} // namespace gw
