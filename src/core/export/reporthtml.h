// ReportHtml: a review report as one self-contained HTML5 file (inline SVG diagram and charts, inline CSS
// that prints well, no external request), or as the simpler HTML that Qt's text engine lays out into the
// PDF, with the pictures as named SVG images beside it.
#pragma once

#include "reportcontent.h"

#include <QByteArray>
#include <QMap>

namespace gw {

struct ReportSection
{
    QString anchor;
    QString title;
};

struct PrintableReport
{
    QString title;
    QString html;                     // holds "<!--toc-->" where the table of contents with pages goes
    QMap<QString, QByteArray> images; // "diagram.svg" -> SVG bytes, referenced by <img src="...">
    QList<ReportSection> sections;    // in order; each heading carries <a name="anchor">
};

class ReportHtml
{
public:
    // `diagramSvg` may be empty (the diagram could not be drawn); `diagramNote` then says why.
    static QByteArray write(const ReportContent& content, const QByteArray& diagramSvg,
                            const QString& diagramNote = {});
    static PrintableReport printable(const ReportContent& content, const QByteArray& diagramSvg,
                                     const QString& diagramNote = {});

    // The stacked bars of a decision's candidates: each quality's share of the score. Standalone SVG.
    static QString scoreChart(const DecisionResult& decision, int maxCandidates = 4);
    // The sections every report has, in order.
    static QList<ReportSection> sections();
    // `svg` without its XML declaration, DOCTYPE and comments, fit to be inlined in HTML.
    static QString inlineSvg(const QByteArray& svg);
};

} // namespace gw
