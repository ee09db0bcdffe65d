// ReportMarkdown: a review report as Markdown that renders on common git hosts (GitHub, GitLab, Gitea):
// tables, the diagram as an SVG file beside it (or a Mermaid block when none could be drawn), and
// score breakdowns as tables.
#pragma once

#include "exportfile.h"
#include "reportcontent.h"
#include "reportdiagram.h"

namespace gw {

class ReportMarkdown
{
public:
    // `fileName` is the report's own name ("review.md"); the diagram goes beside it as
    // "review.topology.svg". Returns the report first, then the diagram when there is one.
    static ExportFiles write(const ReportContent& content, const ReportDiagram& diagram,
                             const QString& fileName);
    static QString diagramFileName(const QString& fileName);
};

} // namespace gw
