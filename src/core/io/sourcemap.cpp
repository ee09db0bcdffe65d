#include "sourcemap.h"

namespace gw {

void SourceMap::record(const QString& path, int line, int column)
{
    m_positions.insert(path, Position{line, column});
}

SourceLocation SourceMap::locate(const QString& path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_positions.constFind(p);
        if (it != m_positions.constEnd())
            return SourceLocation{m_file, it->line, it->column};
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return SourceLocation{m_file, 0, 0};
}

} // namespace gw
