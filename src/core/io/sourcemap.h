// SourceMap: where each value of a loaded model stood in its file, by its path in the format
// ("workloads[2].traffic.pattern").
#pragma once

#include "diagnostic.h"

#include <QHash>

#include <string_view>

namespace gw {

// A path in the format, hashed as it is built so that recording a position allocates nothing.
// SourcePath().key("workloads").index(2).key("id") equals SourcePath(u"workloads[2].id").
class SourcePath
{
public:
    SourcePath() = default;
    explicit SourcePath(QStringView path);

    SourcePath key(std::string_view key) const;
    SourcePath key(QStringView key) const;
    SourcePath index(int index) const;

    quint64 hash() const { return m_hash; }
    bool operator==(const SourcePath&) const = default;

private:
    static constexpr quint64 kOffset = 14695981039346656037ULL; // FNV-1a
    static constexpr quint64 kPrime = 1099511628211ULL;
    void feed(char16_t unit) { m_hash = (m_hash ^ unit) * kPrime; }

    quint64 m_hash = kOffset;
    bool m_root = true;
};

class SourceMap
{
public:
    void record(const SourcePath& path, int line, int column);
    void record(const QString& path, int line, int column) { record(SourcePath(path), line, column); }
    void reserve(qsizetype entries) { m_positions.reserve(entries); }

    bool contains(const QString& path) const { return m_positions.contains(SourcePath(path).hash()); }
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
    QHash<quint64, Position> m_positions;
};

} // namespace gw
