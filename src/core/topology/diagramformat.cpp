#include "diagramformat.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace gw {

const std::vector<DiagramFormatEntry>& diagramFormats()
{
    // A format's own name is also recognised as an extension (".mermaid", ".structurizr").
    static const std::vector<DiagramFormatEntry> table{
        {DiagramFormat::Svg, u"SVG"_s, {u"svg"_s}, true},
        {DiagramFormat::Png, u"PNG"_s, {u"png"_s}, true},
        {DiagramFormat::Pdf, u"PDF"_s, {u"pdf"_s}, true},
        {DiagramFormat::Dot, u"Graphviz DOT"_s, {u"dot"_s, u"gv"_s}, false},
        {DiagramFormat::Mermaid, u"Mermaid"_s, {u"mmd"_s, u"mermaid"_s}, false},
        {DiagramFormat::PlantUml, u"PlantUML"_s, {u"puml"_s, u"plantuml"_s, u"pu"_s}, false},
        {DiagramFormat::Structurizr, u"Structurizr DSL"_s, {u"dsl"_s, u"structurizr"_s}, false},
        {DiagramFormat::DrawIo, u"draw.io"_s, {u"drawio"_s}, false},
    };
    return table;
}

std::optional<DiagramFormat> diagramFormatForFile(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    for (const DiagramFormatEntry& e : diagramFormats()) {
        if (e.extensions.contains(ext))
            return e.format;
    }
    return std::nullopt;
}

bool isGraphvizRendered(DiagramFormat format)
{
    for (const DiagramFormatEntry& e : diagramFormats()) {
        if (e.format == format)
            return e.graphviz;
    }
    return false;
}

} // namespace gw
