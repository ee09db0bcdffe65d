// ReportDiagram: the topology diagram a report shows, drawn once for all its formats: SVG through the
// layout helper, and Mermaid text, which needs no helper, for Markdown when the SVG cannot be drawn.
#pragma once

#include "../model/model.h"
#include "../rules/recommendation.h"

#include <QByteArray>

namespace gw {

struct ReportDiagram
{
    QByteArray svg; // empty when it could not be drawn
    QString error;  // why, then
    QByteArray mermaid;

    static ReportDiagram draw(const Model& model, const Recommendations& recommendations);
};

} // namespace gw
