#include "diagramrenderer.h"

#include "dotwriter.h"
#include "drawiowriter.h"
#include "layoutprocess.h"
#include "mermaidwriter.h"
#include "plantumlwriter.h"
#include "structurizrwriter.h"
#include "topology.h"

namespace gw {

QString DiagramRenderer::orthogonalRefusal(const Topology& topology)
{
    if (topology.nodes.size() > DiagramOptions::kMaxOrthoNodes) {
        return QStringLiteral("orthogonal edges are offered up to %1 boxes (Graphviz 2.42/2.43 takes minutes "
                              "beyond that); this diagram has %2: draw it without orthogonal edges")
            .arg(DiagramOptions::kMaxOrthoNodes)
            .arg(topology.nodes.size());
    }
    return {};
}

TopologyLayout DiagramRenderer::layout(const Topology& topology, const DiagramOptions& options,
                                       const std::atomic_bool* cancel)
{
    TopologyLayout out;
    if (options.orthogonal) {
        out.error = orthogonalRefusal(topology);
        if (!out.error.isEmpty())
            return out;
    }
    LayoutRequest request;
    request.dot = DotWriter::write(topology, options);
    request.geometry = true;
    request.cancel = cancel;
    const LayoutResult result = LayoutProcess::run(request);
    if (!result.ok) {
        out.error = result.error;
        return out;
    }
    const auto geometry =
        LayoutGeometry::fromJson(result.geometryJson, static_cast<int>(topology.nodes.size()),
                                 static_cast<int>(topology.clusters.size()));
    if (!geometry) {
        out.error = QStringLiteral("the layout helper's geometry could not be read");
        return out;
    }
    out.geometry = *geometry;
    out.ok = true;
    return out;
}

DiagramResult DiagramRenderer::render(const Topology& topology, DiagramFormat format,
                                      const DiagramOptions& options, const std::atomic_bool* cancel)
{
    DiagramResult out;
    if (options.orthogonal && format != DiagramFormat::Mermaid && format != DiagramFormat::PlantUml &&
        format != DiagramFormat::Structurizr) {
        out.error = orthogonalRefusal(topology);
        if (!out.error.isEmpty())
            return out;
    }
    switch (format) {
    case DiagramFormat::Svg:
    case DiagramFormat::Png:
    case DiagramFormat::Pdf: {
        LayoutRequest request;
        request.dot = DotWriter::write(topology, options);
        request.format = enumName(format);
        request.cancel = cancel;
        const LayoutResult result = LayoutProcess::run(request);
        out.ok = result.ok;
        out.error = result.error;
        out.data = result.output;
        return out;
    }
    case DiagramFormat::Dot: {
        DiagramOptions portable = options;
        portable.icons = false; // the icons live in the helper; a DOT file for users must stand alone
        out.data = DotWriter::write(topology, portable);
        break;
    }
    case DiagramFormat::Mermaid:
        out.data = MermaidWriter::write(topology, options);
        break;
    case DiagramFormat::PlantUml:
        out.data = PlantUmlWriter::write(topology, options);
        break;
    case DiagramFormat::Structurizr:
        out.data = StructurizrWriter::write(topology);
        break;
    case DiagramFormat::DrawIo: {
        const TopologyLayout laid = layout(topology, options, cancel);
        if (!laid.ok) {
            out.error = laid.error;
            return out;
        }
        out.data = DrawIoWriter::write(topology, laid.geometry);
        break;
    }
    }
    out.ok = true;
    return out;
}

} // namespace gw
