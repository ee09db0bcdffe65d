#include "texttable.h"

#include "core/export/exportescape.h"

#include <algorithm>

namespace gw {

QString alignedTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header[c].size();
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    QString out;
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 == cells.size() ? cells[c] : cells[c].leftJustified(widths[c] + 2);
        out += text.trimmed() + u'\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out;
}

QString markdownTable(const QStringList& header, const QList<QStringList>& rows)
{
    const auto line = [](const QStringList& cells) -> QString {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped.append(exportescape::markdownText(cell));
        return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    };
    QString out = line(header);
    out += QStringLiteral("|") + QStringLiteral("---|").repeated(header.size()) + u'\n';
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

} // namespace gw
