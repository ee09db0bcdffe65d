// SourceMap: where each value of a loaded model stood in its file, by its path in the format.
#pragma once

#include "diagnostic.h"

#include <QHash>

namespace gw {

class SourceMap
{
public:
    void record(const QString& path, int line, int column);
    bool contains(const QString& path) const { return m_positions.contains(path); }
    bool isEmpty() const { return m_positions.isEmpty(); }

    // The position of `path`, or of its nearest recorded parent ("a[1].b.c" -> "a[1].b" -> "a[1]" -> "a").
    SourceLocation locate(const QString& path) const;

    QString fileName() const { return m_file; }
    void setFileName(const QString& file) { m_file = file; }

private:
    struct Position
    {
        int line = 0;
        int column = 0;
    };
    QString m_file;
    QHash<QString, Position> m_positions;
};

} // namespace gw
