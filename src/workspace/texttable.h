// Tables for the terminal and for Markdown, as the workspace's listings and portfolio print them.
#pragma once

#include <QStringList>

namespace gw {

// Columns padded to their widest cell, one row a line.
QString alignedTable(const QStringList& header, const QList<QStringList>& rows);
// A GitHub-flavoured Markdown table; every cell escaped.
QString markdownTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace gw
