#include "pagedreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

namespace gw::pdf {

namespace {

// Layout units are 1/96 inch, so that the HTML's pixel widths mean what they mean on screen.
constexpr int kResolution = 96;
constexpr qreal kFooterHeight = 28;
// Pictures are rasterised at this multiple of their size on the page, sharp when printed.
constexpr qreal kImageScale = 2.5;

QString tocHtml(const QList<PagedSection>& sections, const QMap<QString, int>& pages)
{
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"4\">");
    for (const PagedSection& s : sections) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                    .arg(s.title.toHtmlEscaped(), QString::number(pages.value(s.anchor, 0)));
    }
    return html + QStringLiteral("</table>");
}

QMap<QString, int> anchorPages(const QTextDocument& doc, qreal pageHeight)
{
    QMap<QString, int> pages;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const qreal y = doc.documentLayout()->blockBoundingRect(block).top();
            for (const QString& name : names)
                pages.insert(name, int(y / pageHeight) + 1);
        }
    }
    return pages;
}

} // namespace

bool PagedReport::parse(const QByteArray& json, PagedReportInput& input, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        error = QStringLiteral("the request is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    input.title = o.value(QStringLiteral("title")).toString();
    input.html = o.value(QStringLiteral("html")).toString();
    if (input.html.isEmpty()) {
        error = QStringLiteral("the request has no html");
        return false;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("sections")).toArray()) {
        input.sections.append(
            {v[QStringLiteral("anchor")].toString(), v[QStringLiteral("title")].toString()});
    }
    const QJsonObject images = o.value(QStringLiteral("images")).toObject();
    for (auto it = images.begin(); it != images.end(); ++it)
        input.images.insert(it.key(), it.value().toString().toUtf8());
    return true;
}

QByteArray PagedReport::render(const PagedReportInput& input, QString& error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(input.title);
    writer.setCreator(QStringLiteral("Groundwork"));
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter));
    const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
    const QSizeF pageSize(paintRect.width(), paintRect.height() - kFooterHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setPageSize(pageSize);
    doc.setDocumentMargin(0);
    for (auto it = input.images.cbegin(); it != input.images.cend(); ++it) {
        QSvgRenderer svg(it.value());
        if (!svg.isValid()) {
            error = QStringLiteral("the picture %1 is not valid SVG").arg(it.key());
            return {};
        }
        const QSizeF fit =
            QSizeF(svg.defaultSize()).scaled(pageSize.width(), pageSize.height() * 0.8, Qt::KeepAspectRatio);
        const QSizeF shown = svg.defaultSize().width() > fit.width() ? fit : QSizeF(svg.defaultSize());
        QImage image((shown * kImageScale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(kImageScale);
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), image);
    }

    // Two passes: the contents take the same room whatever the numbers, so the second layout only
    // replaces the placeholders with the pages the first one found.
    const QString marker = QStringLiteral("<!--toc-->");
    doc.setHtml(QString(input.html).replace(marker, tocHtml(input.sections, {})));
    const QMap<QString, int> pages = anchorPages(doc, pageSize.height());
    doc.setHtml(QString(input.html).replace(marker, tocHtml(input.sections, pages)));

    const int pageCount = std::max(1, int(std::ceil(doc.size().height() / pageSize.height())));
    QPainter painter;
    if (!painter.begin(&writer)) {
        error = QStringLiteral("cannot paint the PDF");
        return {};
    }
    QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageSize.height());
        doc.drawContents(&painter, QRectF(QPointF(0, page * pageSize.height()), pageSize));
        painter.restore();
        if (page == 0)
            continue; // the title page carries no footer
        painter.setFont(footerFont);
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        const QRectF footer(0, paintRect.height() - kFooterHeight + 10, pageSize.width(), kFooterHeight - 10);
        painter.drawLine(QPointF(0, footer.top() - 4), QPointF(pageSize.width(), footer.top() - 4));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, input.title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount));
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace gw::pdf
