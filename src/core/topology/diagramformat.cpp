#include "diagramformat.h"

#include <QFileInfo>

namespace gw {

std::optional<DiagramFormat> diagramFormatForFile(const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (ext == QStringLiteral("gv"))
        return DiagramFormat::Dot;
    if (ext == QStringLiteral("mmd"))
        return DiagramFormat::Mermaid;
    if (ext == QStringLiteral("puml") || ext == QStringLiteral("pu"))
        return DiagramFormat::PlantUml;
    if (ext == QStringLiteral("dsl"))
        return DiagramFormat::Structurizr;
    return enumFromString<DiagramFormat>(ext);
}

bool isGraphvizRendered(DiagramFormat format)
{
    return format == DiagramFormat::Svg || format == DiagramFormat::Png || format == DiagramFormat::Pdf;
}

} // namespace gw
