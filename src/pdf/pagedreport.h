// PagedReport: a report's HTML laid out on A4 pages and painted into a PDF: a title page, the contents
// with the page of each section, and a footer with the title and the page number on every other page.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace gw::pdf {

struct PagedSection
{
    QString anchor;
    QString title;
};

struct PagedReportInput
{
    QString title;
    QString html; // "<!--toc-->" marks where the contents go
    QList<PagedSection> sections;
    QMap<QString, QByteArray> images; // name -> SVG
};

class PagedReport
{
public:
    // Reads the JSON request of ReportPdf::request; false and `error` on malformed input.
    static bool parse(const QByteArray& json, PagedReportInput& input, QString& error);
    // The PDF bytes; empty and `error` when something could not be drawn.
    static QByteArray render(const PagedReportInput& input, QString& error);
};

} // namespace gw::pdf
