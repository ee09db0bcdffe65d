// DiagramFormat: the files a topology diagram can be written as, and their names and extensions.
#pragma once

#include "../model/enumtraits.h"

#include <optional>

namespace gw {

enum class DiagramFormat { Svg, Png, Pdf, Dot, Mermaid, PlantUml, Structurizr, DrawIo };
template<> struct EnumTraits<DiagramFormat>
{
    static constexpr std::array<std::string_view, 8> names{"svg",     "png",      "pdf",         "dot",
                                                           "mermaid", "plantuml", "structurizr", "drawio"};
};

// From a file name's extension: .svg .png .pdf .dot/.gv .mmd/.mermaid .puml/.plantuml .dsl .drawio.
std::optional<DiagramFormat> diagramFormatForFile(const QString& fileName);
// Rendered by Graphviz (binary or laid-out output), as opposed to text we write ourselves.
bool isGraphvizRendered(DiagramFormat format);

} // namespace gw
