#include "diagramrenderer.h"

#include "dotwriter.h"
#include "drawiowriter.h"
#include "layoutprocess.h"
#include "mermaidwriter.h"
#include "plantumlwriter.h"
#include "structurizrwriter.h"
#include "topology.h"

#include "../model/model.h"

#include <optional>

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

namespace {

constexpr int kTimeoutMs = 120'000; // a layout that long is stopped

bool needsHelper(DiagramFormat format)
{
    return format == DiagramFormat::Svg || format == DiagramFormat::Png || format == DiagramFormat::Pdf ||
           format == DiagramFormat::DrawIo;
}

// What the helper is asked for: the picture in a Graphviz format, or the geometry (draw.io).
QString helperFormat(DiagramFormat format)
{
    return format == DiagramFormat::DrawIo ? QString() : enumName(format);
}

} // namespace

TopologyLayout DiagramRenderer::layout(const Topology& topology, const DiagramOptions& options,
                                       const std::atomic_bool* cancel)
{
    return layoutWith(nullptr, topology, options, cancel);
}

DiagramResult DiagramRenderer::render(const Topology& topology, DiagramFormat format,
                                      const DiagramOptions& options, const std::atomic_bool* cancel)
{
    return renderWith(nullptr, topology, format, options, cancel);
}

DiagramResult DiagramRenderer::render(const Model& model, const Recommendations& recommendations,
                                      const TopologyBuilder::Options& build, DiagramFormat format,
                                      const DiagramOptions& options, const std::atomic_bool* cancel,
                                      Topology* built)
{
    std::optional<LayoutProcess> helper;
    if (needsHelper(format))
        helper.emplace(helperFormat(format), format == DiagramFormat::DrawIo);
    // Built while the helper starts up.
    Topology topology = TopologyBuilder::build(model, recommendations, build);
    DiagramResult result = renderWith(helper ? &*helper : nullptr, topology, format, options, cancel);
    if (built)
        *built = std::move(topology);
    return result;
}

TopologyLayout DiagramRenderer::layout(const Model& model, const Recommendations& recommendations,
                                       const TopologyBuilder::Options& build, const DiagramOptions& options,
                                       const std::atomic_bool* cancel, Topology* built)
{
    LayoutProcess helper(QString(), true);
    Topology topology = TopologyBuilder::build(model, recommendations, build);
    TopologyLayout result = layoutWith(&helper, topology, options, cancel);
    if (built)
        *built = std::move(topology);
    return result;
}

TopologyLayout DiagramRenderer::layoutWith(LayoutProcess* started, const Topology& topology,
                                           const DiagramOptions& options, const std::atomic_bool* cancel)
{
    TopologyLayout out;
    if (options.orthogonal) {
        out.error = orthogonalRefusal(topology);
        if (!out.error.isEmpty())
            return out;
    }
    std::optional<LayoutProcess> own;
    if (!started)
        started = &own.emplace(QString(), true);
    const LayoutResult result = started->finish(DotWriter::write(topology, options), kTimeoutMs, cancel);
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

DiagramResult DiagramRenderer::renderWith(LayoutProcess* started, const Topology& topology,
                                          DiagramFormat format, const DiagramOptions& options,
                                          const std::atomic_bool* cancel)
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
        std::optional<LayoutProcess> own;
        if (!started)
            started = &own.emplace(helperFormat(format), false);
        const LayoutResult result = started->finish(DotWriter::write(topology, options), kTimeoutMs, cancel);
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
        const TopologyLayout laid = layoutWith(started, topology, options, cancel);
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
