// SqliteDb / SqliteStatement: a thin RAII layer over the SQLite C API for the project file; private to
// src/core/store so no public header names sqlite3.
#pragma once

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace gw::store {

// A prepared statement; bind by 1-based position, step, read columns by 0-based position.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    int prepareResult() const { return m_prepareResult; }
    sqlite3_stmt* handle() const { return m_stmt; } // for what the wrappers below do not cover

    void bind(int index, const QString& text);
    void bind(int index, const QByteArray& blob);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, std::optional<int> value);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    QString text(int column) const;
    QByteArrayView bytes(int column) const; // valid until the next step
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareResult = SQLITE_OK;
};

} // namespace gw::store
