#include "reporthtml.h"

#include "../rules/tenths.h"
#include "../topology/textescape.h"
#include "core/version.h"

#include <QRegularExpression>

namespace gw {

namespace {

using textescape::xml;

// One colour per quality, in Quality order; readable on white and distinct in grey print.
const std::array<const char*, kQualityCount> kQualityColours{"#4e79a7", "#f28e2b", "#59a14f", "#e15759",
                                                             "#76b7b2", "#edc948", "#b07aa1"};

QString severityColour(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::High:
        return QStringLiteral("#b3261e");
    case FindingSeverity::Medium:
        return QStringLiteral("#b86e00");
    case FindingSeverity::Low:
        break;
    }
    return QStringLiteral("#44617b");
}

QString htmlCite(int n)
{
    return n > 0 ? QStringLiteral(" <a href=\"#source-%1\">[%1]</a>").arg(n) : QString();
}

QString cites(const QList<int>& numbers)
{
    QString out;
    for (const int n : numbers)
        out += htmlCite(n);
    return out;
}

const char* kBrowserCss = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2329; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #d0d7de; padding-bottom: .2rem;
margin-top: 2.2rem; } h3 { margin-bottom: .3rem; }
.subtitle { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
dl.summary { display: grid; grid-template-columns: 11rem 1fr; gap: .3rem 1rem; background: #f6f8fa;
             border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; }
dl.summary dt { font-weight: bold; } dl.summary dd { margin: 0; }
.sev { display: inline-block; color: #fff; border-radius: 3px; padding: 0 .4rem; font-size: .8rem;
       font-weight: bold; }
.diagram svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
.chart { margin: .3rem 0 1.2rem; } .chart svg { max-width: 100%; height: auto; }
.finding { border-left: 4px solid; padding: .2rem .8rem; margin: .6rem 0; background: #fafbfc; }
.muted { color: #57606a; font-size: .88rem; }
nav ol { columns: 2; }
a { color: #0b5cad; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  nav { display: none; }
  h2 { break-before: page; } h2#summary { break-before: auto; }
  table, .finding, .chart, .element { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { size: A4; margin: 18mm 16mm; }
)";

const char* kPrintCss = R"(
body { font-family: "DejaVu Sans"; font-size: 9.5pt; color: #1d2329; }
h1 { font-size: 22pt; } h2 { font-size: 15pt; color: #1d3c5c; } h3 { font-size: 11.5pt; }
th { background-color: #e8edf2; text-align: left; }
table { font-size: 8.5pt; }
td, th { padding: 3px; }
.muted { color: #57606a; font-size: 8.5pt; }
)";

class Writer
{
public:
    Writer(const ReportContent& content, bool print) : c(content), m_print(print) {}

    QString body(const QByteArray& diagramSvg, const QString& diagramNote, QMap<QString, QByteArray>* images);

private:
    void heading(const ReportSection& s)
    {
        if (m_print) {
            out += QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"%1\">%2</a></h2>\n")
                       .arg(s.anchor, xml(s.title));
        } else {
            out += QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(s.anchor, xml(s.title));
        }
    }
    QString table(const QStringList& headers, const QList<int>& widths = {})
    {
        QString t =
            m_print
                ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                : QStringLiteral("<table>");
        t += QStringLiteral("<thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i) {
            t += i < widths.size() ? QStringLiteral("<th width=\"%1%\">").arg(widths[i])
                                   : QStringLiteral("<th>");
            t += xml(headers[i]) + QStringLiteral("</th>");
        }
        return t + QStringLiteral("</tr></thead><tbody>\n");
    }
    QString badge(FindingSeverity s) const
    {
        if (m_print) {
            return QStringLiteral("<b><span style=\"color: %1\">%2</span></b>")
                .arg(severityColour(s), severityLabel(s).toUpper());
        }
        return QStringLiteral("<span class=\"sev\" style=\"background: %1\">%2</span>")
            .arg(severityColour(s), severityLabel(s));
    }
    QString picture(const QString& name, const QString& svg, QMap<QString, QByteArray>* images)
    {
        if (m_print) {
            images->insert(name, svg.toUtf8());
            // The PDF helper sizes the picture to the page: no width here.
            return QStringLiteral("<p><img src=\"%1\"/></p>\n").arg(name);
        }
        return svg;
    }
    void facts(const QList<ReportFact>& list)
    {
        out += table({QStringLiteral("Input"), QStringLiteral("Value")});
        for (const ReportFact& f : list)
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(xml(f.label), xml(f.value));
        out += QStringLiteral("</tbody></table>\n");
    }

    const ReportContent& c;
    const bool m_print;
    QString out;
};

QString Writer::body(const QByteArray& diagramSvg, const QString& diagramNote,
                     QMap<QString, QByteArray>* images)
{
    const QList<ReportSection> sections = ReportHtml::sections();
    if (m_print) {
        out +=
            QStringLiteral("<p>%1</p><h1>%2</h1>\n").arg(QStringLiteral("<br/>").repeated(14), xml(c.title));
        if (!c.description.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(xml(c.description));
        out += QStringLiteral("<p class=\"muted\">Model: %1<br/>Generated by Groundwork %2</p>\n")
                   .arg(xml(c.modelPath), QStringLiteral(GROUNDWORK_VERSION));
        out += QStringLiteral("<h2 style=\"page-break-before: always\">Contents</h2>\n<!--toc-->\n");
    } else {
        out += QStringLiteral("<header><h1>%1</h1>\n").arg(xml(c.title));
        out += QStringLiteral("<p class=\"subtitle\">Model %1, generated by Groundwork %2</p></header>\n")
                   .arg(xml(c.modelPath), QStringLiteral(GROUNDWORK_VERSION));
        out += QStringLiteral("<nav><h2 id=\"contents\">Contents</h2><ol>\n");
        for (const ReportSection& s : sections)
            out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(s.anchor, xml(s.title));
        out += QStringLiteral("</ol></nav>\n");
    }

    // Summary
    heading(sections[0]);
    if (m_print) {
        out += QStringLiteral("<table cellpadding=\"4\" width=\"100%\">");
        for (const ReportFact& f : c.summary)
            out += QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>\n")
                       .arg(xml(f.label), xml(f.value));
        out += QStringLiteral("</table>\n");
    } else {
        out += QStringLiteral("<dl class=\"summary\">\n");
        for (const ReportFact& f : c.summary)
            out += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(xml(f.label), xml(f.value));
        out += QStringLiteral("</dl>\n");
    }
    if (c.countOf(FindingSeverity::High) > 0) {
        out += QStringLiteral("<h3>High findings</h3><ul>\n");
        for (const ReportFinding& f : c.findings) {
            if (f.finding->severity == FindingSeverity::High)
                out += QStringLiteral("<li>%1: %2</li>\n").arg(xml(f.subjectName), xml(f.finding->message));
        }
        out += QStringLiteral("</ul>\n");
    } else {
        out += QStringLiteral("<p>No high finding.</p>\n");
    }

    // Topology
    heading(sections[1]);
    if (!diagramSvg.isEmpty()) {
        out +=
            m_print
                ? picture(QStringLiteral("diagram.svg"), QString::fromUtf8(diagramSvg), images)
                : QStringLiteral("<div class=\"diagram\">%1</div>\n").arg(ReportHtml::inlineSvg(diagramSvg));
    } else {
        out += QStringLiteral("<p class=\"muted\">The diagram could not be drawn: %1</p>\n")
                   .arg(xml(diagramNote));
    }

    // Decisions
    heading(sections[2]);
    out += table({QStringLiteral("Decision"), QStringLiteral("Pick"), QStringLiteral("Runner-up"),
                  QStringLiteral("Stability")},
                 {22, 32, 20, 26});
    for (const ReportDecision& d : c.decisions) {
        out += QStringLiteral(
                   "<tr><td><b>%1</b><br/>%2</td><td><b>%3</b>%4<br/><span class=\"muted\">%5</span></td>"
                   "<td>%6<br/><span class=\"muted\">%7</span></td><td>%8</td></tr>\n")
                   .arg(xml(d.subjectName), xml(d.kind), xml(d.pick), cites(d.citations), xml(d.status),
                        xml(d.runnerUp.isEmpty() ? QStringLiteral("-") : d.runnerUp),
                        xml(d.runnerUp.isEmpty() ? QString() : QStringLiteral("margin ") + d.margin),
                        xml(d.stability));
    }
    out += QStringLiteral("</tbody></table>\n");

    // Score breakdown
    heading(sections[3]);
    out +=
        QStringLiteral("<p class=\"muted\">Each bar is a candidate's score out of 100, split into what each "
                       "quality contributes under the model's priorities.</p>\n");
    for (qsizetype i = 0; i < c.decisions.size(); ++i) {
        const ReportDecision& d = c.decisions[i];
        if (d.result->ranking.size() < 2)
            continue;
        out += QStringLiteral("<h3>%1: %2</h3>\n").arg(xml(d.subjectName), xml(d.kind));
        const QString chart = ReportHtml::scoreChart(*d.result);
        out += m_print ? picture(QStringLiteral("chart-%1.svg").arg(i), chart, images)
                       : QStringLiteral("<div class=\"chart\">%1</div>\n").arg(chart);
    }

    // Findings, grouped by severity
    heading(sections[4]);
    if (c.findings.isEmpty())
        out += QStringLiteral("<p>No finding.</p>\n");
    for (const FindingSeverity s : {FindingSeverity::High, FindingSeverity::Medium, FindingSeverity::Low}) {
        if (c.countOf(s) == 0)
            continue;
        out += QStringLiteral("<h3>%1 (%2)</h3>\n").arg(severityLabel(s)).arg(c.countOf(s));
        for (const ReportFinding& f : c.findings) {
            if (f.finding->severity != s)
                continue;
            if (m_print) {
                out += QStringLiteral("<p>%1 <b>%2</b>: %3<br/><span class=\"muted\">Rule %4%5</span></p>\n")
                           .arg(badge(s), xml(f.subjectName), xml(f.finding->message), xml(f.finding->rule),
                                htmlCite(f.citation));
            } else {
                out += QStringLiteral("<div class=\"finding\" style=\"border-color: %1\">%2 <b>%3</b>: %4"
                                      "<div class=\"muted\">Rule %5%6</div></div>\n")
                           .arg(severityColour(s), badge(s), xml(f.subjectName), xml(f.finding->message),
                                xml(f.finding->rule), htmlCite(f.citation));
            }
        }
    }

    // Improvement plan: high before medium before low, each with its source.
    heading(sections[5]);
    if (c.findings.isEmpty())
        out += QStringLiteral("<p>Nothing to improve: no finding.</p>\n");
    else
        out += QStringLiteral("<ol>\n");
    for (const ReportFinding& f : c.findings) {
        out += QStringLiteral("<li>%1 <b>%2</b>: %3%4</li>\n")
                   .arg(badge(f.finding->severity), xml(f.subjectName),
                        xml(f.finding->recommendation.isEmpty() ? f.finding->message
                                                                : f.finding->recommendation),
                        htmlCite(f.citation));
    }
    if (!c.findings.isEmpty())
        out += QStringLiteral("</ol>\n");

    // Elements
    heading(sections[6]);
    for (const ReportElement& e : c.elements) {
        const QString head =
            m_print ? QStringLiteral("<h3><a name=\"%1\">%2</a> <span class=\"muted\">%3</span></h3>\n")
                    : QStringLiteral("<section class=\"element\"><h3 id=\"%1\">%2 <span "
                                     "class=\"muted\">%3</span></h3>\n");
        out += head.arg(xml(e.anchor), xml(e.title), xml(e.kindLabel));
        QStringList props;
        for (const ReportFact& f : e.properties)
            props.append(QStringLiteral("%1: %2").arg(xml(f.label), xml(f.value)));
        out += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(props.join(QStringLiteral("; ")));
        if (!e.cost.isEmpty())
            out += QStringLiteral("<p>Estimated cost: %1</p>\n").arg(xml(e.cost));
        if (!e.decisions.isEmpty()) {
            out += QStringLiteral("<p>");
            QStringList picks;
            for (const int i : e.decisions)
                picks.append(
                    QStringLiteral("%1: <b>%2</b> (%3)")
                        .arg(xml(c.decisions[i].kind), xml(c.decisions[i].pick), xml(c.decisions[i].status)));
            out += picks.join(QStringLiteral("<br/>")) + QStringLiteral("</p>\n");
        }
        if (!e.findings.isEmpty()) {
            out += QStringLiteral("<ul>\n");
            for (const int i : e.findings)
                out += QStringLiteral("<li>%1 %2</li>\n")
                           .arg(badge(c.findings[i].finding->severity), xml(c.findings[i].finding->message));
            out += QStringLiteral("</ul>\n");
        }
        if (!m_print)
            out += QStringLiteral("</section>\n");
    }

    // Assumptions
    heading(sections[7]);
    out += QStringLiteral("<p>What the model says; every pick above depends on these.</p>\n");
    facts(c.assumptions);

    // Sources
    heading(sections[8]);
    if (c.bibliography.isEmpty())
        out += QStringLiteral("<p>No source cited.</p>\n");
    else
        out += QStringLiteral("<ol>\n");
    for (qsizetype i = 0; i < c.bibliography.size(); ++i) {
        const QString item = m_print ? QStringLiteral("<li><a name=\"source-%1\">%2</a></li>\n")
                                     : QStringLiteral("<li id=\"source-%1\">%2</li>\n");
        out += item.arg(i + 1).arg(xml(c.bibliography[i]));
    }
    if (!c.bibliography.isEmpty())
        out += QStringLiteral("</ol>\n");
    return out;
}

} // namespace

QList<ReportSection> ReportHtml::sections()
{
    return {
        {QStringLiteral("summary"), QStringLiteral("Summary")},
        {QStringLiteral("topology"), QStringLiteral("Topology")},
        {QStringLiteral("decisions"), QStringLiteral("Decisions")},
        {QStringLiteral("scores"), QStringLiteral("Score breakdown")},
        {QStringLiteral("findings"), QStringLiteral("Findings")},
        {QStringLiteral("plan"), QStringLiteral("Improvement plan")},
        {QStringLiteral("elements"), QStringLiteral("Elements")},
        {QStringLiteral("assumptions"), QStringLiteral("Assumptions")},
        {QStringLiteral("sources"), QStringLiteral("Sources")},
    };
}

QString ReportHtml::inlineSvg(const QByteArray& svg)
{
    QString text = QString::fromUtf8(svg);
    static const QRegularExpression prolog(QStringLiteral("<\\?xml[^>]*\\?>|<!DOCTYPE[^>]*>|<!--.*?-->"),
                                           QRegularExpression::DotMatchesEverythingOption);
    text.remove(prolog);
    return text.trimmed();
}

QString ReportHtml::scoreChart(const DecisionResult& decision, int maxCandidates)
{
    const int rows = int(std::min<qsizetype>(decision.ranking.size(), maxCandidates));
    constexpr int kLabelWidth = 250, kBarWidth = 400, kRow = 26, kTop = 6, kLegendRow = 18;
    const int legendTop = kTop + rows * kRow + 8;
    const int height = legendTop + kLegendRow + 4;
    const int width = kLabelWidth + kBarWidth + 60;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                       "viewBox=\"0 0 %1 %2\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\">")
            .arg(width)
            .arg(height);
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>")
               .arg(width)
               .arg(height);
    for (int r = 0; r < rows; ++r) {
        const RankedCandidate& c = decision.ranking[r];
        const int y = kTop + r * kRow;
        QString label = c.label.isEmpty() ? c.candidate : c.label;
        if (label.size() > 34)
            label = label.left(33) + QChar(0x2026);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(kLabelWidth - 8)
                   .arg(y + 16)
                   .arg(xml(label));
        double x = kLabelWidth;
        for (std::size_t q = 0; q < kQualityCount; ++q) {
            const double w = kBarWidth * std::max(0, c.breakdownTenths[q]) / 1000.0;
            if (w <= 0)
                continue;
            svg +=
                QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" fill=\"%4\"><title>%5: %6"
                               "</title></rect>")
                    .arg(x, 0, 'f', 1)
                    .arg(y + 3)
                    .arg(w, 0, 'f', 1)
                    .arg(QLatin1StringView(kQualityColours[q]), qualityLabel(Quality(q)),
                         formatTenths(c.breakdownTenths[q]));
            x += w;
        }
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(x + 6, 0, 'f', 1)
                   .arg(y + 16)
                   .arg(formatTenths(c.scoreTenths));
    }
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const int x = 10 + int(q) * 100, y = legendTop;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"12\" height=\"12\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" font-size=\"11\">%6</text>")
                   .arg(x)
                   .arg(y)
                   .arg(QLatin1StringView(kQualityColours[q]))
                   .arg(x + 17)
                   .arg(y + 10)
                   .arg(qualityLabel(Quality(q)));
    }
    return svg + QStringLiteral("</svg>");
}

QByteArray ReportHtml::write(const ReportContent& content, const QByteArray& diagramSvg,
                             const QString& diagramNote)
{
    Writer writer(content, false);
    const QString body = writer.body(diagramSvg, diagramNote, nullptr);
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<meta name=\"generator\" content=\"Groundwork %1\"/>\n<title>%2</title>\n"
                       "<style>%3</style>\n</head>\n<body>\n")
            .arg(QStringLiteral(GROUNDWORK_VERSION), xml(content.title), QString::fromUtf8(kBrowserCss));
    html += body + QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

PrintableReport ReportHtml::printable(const ReportContent& content, const QByteArray& diagramSvg,
                                      const QString& diagramNote)
{
    PrintableReport report;
    report.title = content.title;
    report.sections = sections();
    Writer writer(content, true);
    const QString body = writer.body(diagramSvg, diagramNote, &report.images);
    report.html =
        QStringLiteral("<html><head><style>%1</style></head><body>").arg(QString::fromUtf8(kPrintCss)) +
        body + QStringLiteral("</body></html>");
    return report;
}

} // namespace gw
