#include "sourcemap.h"

namespace gw {

SourcePath::SourcePath(QStringView path)
{
    for (const QChar c : path)
        feed(c.unicode());
    m_root = path.isEmpty();
}

SourcePath SourcePath::key(std::string_view key) const
{
    SourcePath child = *this;
    if (!m_root)
        child.feed(u'.');
    for (const char c : key)
        child.feed(static_cast<unsigned char>(c)); // format keys are ASCII
    child.m_root = false;
    return child;
}

SourcePath SourcePath::key(QStringView key) const
{
    SourcePath child = *this;
    if (!m_root)
        child.feed(u'.');
    for (const QChar c : key)
        child.feed(c.unicode());
    child.m_root = false;
    return child;
}

SourcePath SourcePath::index(int index) const
{
    SourcePath child = *this;
    child.feed(u'[');
    char digits[16];
    int n = 0;
    unsigned value = static_cast<unsigned>(index < 0 ? 0 : index);
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        child.feed(static_cast<char16_t>(digits[--n]));
    child.feed(u']');
    child.m_root = false;
    return child;
}

void SourceMap::record(const SourcePath& path, int line, int column)
{
    m_positions.insert(path.hash(), Position{line, column});
}

SourceLocation SourceMap::locate(const QString& path) const
{
    QStringView p = path;
    while (!p.isEmpty()) {
        const auto it = m_positions.constFind(SourcePath(p).hash());
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
