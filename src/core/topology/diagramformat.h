// DiagramFormat: the files a topology diagram can be written as. One table holds each format's label and
// file extensions; the CLI's --format, its help and the app's file dialog are derived from it.
#pragma once

#include "../model/enumtraits.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace gw {

enum class DiagramFormat { Svg, Png, Pdf, Dot, Mermaid, PlantUml, Structurizr, DrawIo };
template<> struct EnumTraits<DiagramFormat>
{
    // What --format takes.
    static constexpr std::array<std::string_view, 8> names{"svg",     "png",      "pdf",         "dot",
                                                           "mermaid", "plantuml", "structurizr", "drawio"};
};

struct DiagramFormatEntry
{
    DiagramFormat format;
    QString label;          // for a file dialog: "Graphviz DOT"
    QStringList extensions; // without the dot, the usual one first; a file with any of them is this format
    bool graphviz;          // drawn by Graphviz (binary or laid-out output) rather than written by us
};

// Every format, in the order users see them.
const std::vector<DiagramFormatEntry>& diagramFormats();

// From a file name's extension: .svg .png .pdf .dot/.gv .mmd/.mermaid .puml/.plantuml/.pu .dsl .drawio.
std::optional<DiagramFormat> diagramFormatForFile(const QString& fileName);
// Rendered by Graphviz (binary or laid-out output), as opposed to text we write ourselves.
bool isGraphvizRendered(DiagramFormat format);

} // namespace gw
