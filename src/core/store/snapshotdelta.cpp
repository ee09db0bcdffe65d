#include "snapshotdelta_p.h"

#include "modelcodec.h"
#include "snapshotparts_p.h"
#include "snapshotrows_p.h"
#include "sqlitedb_p.h"

#include "../io/limits.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace gw::store {

namespace {

// A snapshot's rows of one table, each as its key and the content the diff compares, packed into one
// buffer (tens of thousands of rows: no allocation per row).
class KeyedRows
{
public:
    struct Row
    {
        qint64 order; // where the row sits in its snapshot
        qint64 id;    // what to read it back by
        qsizetype key, keySize, value, valueSize;
    };

    // `sql` selects order, id, then `keyColumns` key columns, then the compared columns, for snapshot ?1.
    int read(sqlite3* db, const char* sql, qint64 snapshotId, int keyColumns)
    {
        SqliteStatement st(db, sql);
        if (!st.isValid())
            return st.prepareResult();
        st.bind(1, snapshotId);
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            sqlite3_stmt* raw = st.handle();
            const int columns = sqlite3_column_count(raw);
            Row row{st.integer(0), st.integer(1), m_bytes.size(), 0, 0, 0};
            for (int c = 2; c < columns; ++c) {
                if (c == 2 + keyColumns) {
                    row.keySize = m_bytes.size() - row.key;
                    row.value = m_bytes.size();
                }
                appendColumn(raw, c);
            }
            if (columns == 2 + keyColumns) {
                row.keySize = m_bytes.size() - row.key;
                row.value = m_bytes.size();
            }
            row.valueSize = m_bytes.size() - row.value;
            m_rows.push_back(row);
        }
        if (rc != SQLITE_DONE)
            return rc;
        std::sort(m_rows.begin(), m_rows.end(), [this](const Row& a, const Row& b) {
            const int byKey = key(a).compare(key(b));
            return byKey != 0 ? byKey < 0 : a.order < b.order;
        });
        return SQLITE_OK;
    }

    const std::vector<Row>& rows() const { return m_rows; }
    QByteArrayView key(const Row& r) const { return QByteArrayView(m_bytes).sliced(r.key, r.keySize); }
    QByteArrayView value(const Row& r) const { return QByteArrayView(m_bytes).sliced(r.value, r.valueSize); }

private:
    // Each column as its type, its length and its bytes, so no two different rows pack alike.
    void appendColumn(sqlite3_stmt* st, int column)
    {
        const int type = sqlite3_column_type(st, column);
        m_bytes.append(char(type));
        if (type == SQLITE_INTEGER) {
            const qint64 v = sqlite3_column_int64(st, column);
            m_bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
        } else if (type == SQLITE_FLOAT) {
            const double v = sqlite3_column_double(st, column);
            m_bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
        } else if (type != SQLITE_NULL) {
            const auto* data = static_cast<const char*>(sqlite3_column_blob(st, column));
            const int size = sqlite3_column_bytes(st, column);
            m_bytes.append(reinterpret_cast<const char*>(&size), sizeof size);
            m_bytes.append(data, size);
        }
    }

    QByteArray m_bytes;
    std::vector<Row> m_rows;
};

// The rows of each side to keep: those of every key that is on one side only, repeats on either side, or
// whose content differs. Each side's ids come back in the snapshot's order.
struct Differing
{
    std::vector<std::pair<qint64, qint64>> before; // (order, id)
    std::vector<std::pair<qint64, qint64>> after;
};

Differing differing(const KeyedRows& a, const KeyedRows& b)
{
    Differing out;
    const auto& ra = a.rows();
    const auto& rb = b.rows();
    std::size_t i = 0, j = 0;
    while (i < ra.size() || j < rb.size()) {
        // The run of rows with the smallest key on either side.
        QByteArrayView k;
        if (j == rb.size() || (i < ra.size() && a.key(ra[i]).compare(b.key(rb[j])) <= 0))
            k = a.key(ra[i]);
        else
            k = b.key(rb[j]);
        std::size_t iEnd = i, jEnd = j;
        while (iEnd < ra.size() && a.key(ra[iEnd]) == k)
            ++iEnd;
        while (jEnd < rb.size() && b.key(rb[jEnd]) == k)
            ++jEnd;
        const bool same = iEnd - i == 1 && jEnd - j == 1 && a.value(ra[i]) == b.value(rb[j]);
        if (!same) {
            for (std::size_t n = i; n < iEnd; ++n)
                out.before.emplace_back(ra[n].order, ra[n].id);
            for (std::size_t n = j; n < jEnd; ++n)
                out.after.emplace_back(rb[n].order, rb[n].id);
        }
        i = iEnd;
        j = jEnd;
    }
    std::sort(out.before.begin(), out.before.end());
    std::sort(out.after.begin(), out.after.end());
    return out;
}

int readDiffering(sqlite3* db, const char* sql, qint64 beforeId, qint64 afterId, int keyColumns,
                  Differing* out)
{
    KeyedRows a, b;
    int rc = a.read(db, sql, beforeId, keyColumns);
    if (rc == SQLITE_OK)
        rc = b.read(db, sql, afterId, keyColumns);
    if (rc == SQLITE_OK)
        *out = differing(a, b);
    return rc;
}

template<typename T> bool decodeInto(const QByteArray& bytes, QList<T>& list)
{
    // Parts are rows, and rows can be many: no more than a model may hold.
    if (list.size() >= limits::kMaxListItems)
        return false;
    T part;
    if (!ModelCodec::decodePart(bytes, part))
        return false;
    list.append(std::move(part));
    return true;
}

bool decodeInto(PartSection section, const QByteArray& bytes, Model& m)
{
    switch (section) {
    case PartSection::System:
        return ModelCodec::decodePart(bytes, m.system);
    case PartSection::Priorities:
        return ModelCodec::decodePart(bytes, m.priorities);
    case PartSection::Team:
        return ModelCodec::decodePart(bytes, m.team);
    case PartSection::Environment:
        return decodeInto(bytes, m.environments);
    case PartSection::Workload:
        return decodeInto(bytes, m.workloads);
    case PartSection::DataStore:
        return decodeInto(bytes, m.data);
    case PartSection::Channel:
        return decodeInto(bytes, m.channels);
    case PartSection::Decision:
        return decodeInto(bytes, m.decisions);
    }
    return false;
}

// The parts named by `parts` ((section << 32 | position, data id), in that order) into `m`.
int readParts(sqlite3* db, const std::vector<std::pair<qint64, qint64>>& parts, Model& m, QString* error)
{
    SqliteStatement st(db, "SELECT data FROM part_data WHERE id = ?1");
    for (const auto& [order, dataId] : parts) {
        st.bind(1, dataId);
        const int rc = st.step();
        if (rc != SQLITE_ROW) {
            st.reset();
            *error = QStringLiteral("a stored part of the snapshot is missing");
            return rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;
        }
        const auto section = PartSection(order >> 32);
        const bool decoded = decodeInto(section, st.blob(0), m);
        st.reset();
        if (!decoded) {
            *error = QStringLiteral("a stored part of the snapshot is damaged");
            return SQLITE_CORRUPT;
        }
    }
    return SQLITE_OK;
}

template<typename T, typename Make>
int readAt(sqlite3* db, const char* sql, qint64 snapshotId,
           const std::vector<std::pair<qint64, qint64>>& rows, QList<T>& out, Make make)
{
    SqliteStatement st(db, sql);
    for (const auto& row : rows) {
        st.bind(1, snapshotId);
        st.bind(2, row.second);
        const int rc = st.step();
        if (rc != SQLITE_ROW)
            return rc;
        out.append(make(st));
        st.reset();
    }
    return SQLITE_OK;
}

int readDecisions(sqlite3* db, qint64 snapshotId, int schemaVersion,
                  const std::vector<std::pair<qint64, qint64>>& rows, QList<DecisionOutcome>& out)
{
    SharedTexts texts;
    const QByteArray sql = "SELECT " + decisionColumns(schemaVersion) +
                           " FROM snapshot_decisions WHERE snapshot_id = ?1 AND position = ?2";
    return readAt(db, sql.constData(), snapshotId, rows, out,
                  [&texts](const SqliteStatement& st) { return decisionRow(st, texts); });
}

int readFindings(sqlite3* db, qint64 snapshotId, const std::vector<std::pair<qint64, qint64>>& rows,
                 QList<FindingOutcome>& out)
{
    return readAt(db,
                  "SELECT rule, severity, subject, message FROM snapshot_findings WHERE snapshot_id = ?1 "
                  "AND position = ?2",
                  snapshotId, rows, out, findingRow);
}

} // namespace

int readSnapshotDelta(sqlite3* db, qint64 beforeId, qint64 afterId, int schemaVersion, SnapshotDelta* delta,
                      QString* error)
{
    // Parts are keyed by section and id, and compared by their stored content (equal content is one
    // part_data row); they come back in the model's order, section by section.
    Differing parts, decisions, findings;
    int rc = readDiffering(db,
                           "SELECT (section << 32) | position, data_id, section, key, data_id FROM "
                           "snapshot_parts WHERE snapshot_id = ?1",
                           beforeId, afterId, 2, &parts);
    // Decisions are matched by subject and kind, and differ in what AdviceDiff looks at: the top pick,
    // the chosen candidate and the top score.
    if (rc == SQLITE_OK)
        rc = readDiffering(db,
                           "SELECT position, position, subject, kind, top, chosen, top_score FROM "
                           "snapshot_decisions WHERE snapshot_id = ?1",
                           beforeId, afterId, 2, &decisions);
    // A finding is its rule, subject and message: one on both sides is no change.
    if (rc == SQLITE_OK)
        rc = readDiffering(db,
                           "SELECT position, position, rule, subject, message FROM snapshot_findings "
                           "WHERE snapshot_id = ?1",
                           beforeId, afterId, 3, &findings);
    // A new Model comes with a default environment; the cut-down ones hold only what was read.
    delta->before.environments.clear();
    delta->after.environments.clear();
    if (rc == SQLITE_OK)
        rc = readParts(db, parts.before, delta->before, error);
    if (rc == SQLITE_OK)
        rc = readParts(db, parts.after, delta->after, error);
    if (rc == SQLITE_OK)
        rc = readDecisions(db, beforeId, schemaVersion, decisions.before, delta->beforeAdvice.decisions);
    if (rc == SQLITE_OK)
        rc = readDecisions(db, afterId, schemaVersion, decisions.after, delta->afterAdvice.decisions);
    if (rc == SQLITE_OK)
        rc = readFindings(db, beforeId, findings.before, delta->beforeAdvice.findings);
    if (rc == SQLITE_OK)
        rc = readFindings(db, afterId, findings.after, delta->afterAdvice.findings);
    // The estimates are one row each: read whole.
    delta->beforeAdvice.cost = snapshotCost(db, beforeId, schemaVersion);
    delta->afterAdvice.cost = snapshotCost(db, afterId, schemaVersion);
    return rc;
}

} // namespace gw::store
