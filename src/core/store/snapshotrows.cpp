#include "snapshotrows_p.h"

#include "sqlitedb_p.h"

#include <sqlite3.h>

#include <cmath>

namespace gw::store {

namespace {

int tenths(double points)
{
    return int(std::lround(points * 10)); // scores are stored as points; the engine counts tenths
}

} // namespace

QString SharedTexts::of(QByteArrayView utf8)
{
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    auto it = m_texts.constFind(key);
    if (it == m_texts.cend())
        it = m_texts.insert(QByteArray(utf8.data(), utf8.size()), QString::fromUtf8(utf8));
    return *it;
}

QByteArray decisionColumns(int schemaVersion)
{
    return QByteArrayLiteral("subject, kind, top, top_score, chosen, chosen_score, margin, ") +
           (schemaVersion >= 3 ? QByteArrayLiteral("chosen_usd") : QByteArrayLiteral("NULL"));
}

DecisionOutcome decisionRow(const SqliteStatement& row, SharedTexts& texts)
{
    DecisionOutcome o;
    o.subject = row.text(0);
    o.kind = texts.of(row.bytes(1));
    o.top = texts.of(row.bytes(2));
    o.topScoreTenths = tenths(row.real(3));
    o.chosen = texts.of(row.bytes(4));
    o.chosenScoreTenths = tenths(row.real(5));
    if (!row.isNull(6))
        o.marginTenths = tenths(row.real(6));
    if (!row.isNull(7))
        o.chosenUsd = row.real(7);
    return o;
}

std::optional<CostOutcome> snapshotCost(sqlite3* db, qint64 snapshotId, int schemaVersion)
{
    if (schemaVersion < 3)
        return std::nullopt;
    SqliteStatement st(
        db, "SELECT cost_cloud, cost_usd, cost_priced, cost_elements FROM snapshots WHERE id = ?1");
    st.bind(1, snapshotId);
    if (st.step() != SQLITE_ROW || st.isNull(1))
        return std::nullopt;
    return CostOutcome{st.text(0), st.real(1), int(st.integer(2)), int(st.integer(3))};
}

FindingOutcome findingRow(const SqliteStatement& row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3)};
}

} // namespace gw::store
