// SnapshotRows: a snapshot's stored decision and finding rows read back as the advice they summarise,
// for the whole advice (ProjectFile::snapshotAdvice) and for the rows that differ (SnapshotDelta) alike.
// The queries select the columns in the order the comments below give.
#pragma once

#include "../diff/advicesummary.h"

#include <QByteArray>
#include <QHash>

struct sqlite3;

namespace gw::store {

class SqliteStatement;

// Kinds and candidate ids repeat on every row: one QString each, shared.
class SharedTexts
{
public:
    QString of(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_texts;
};

// The columns decisionRow() reads, with chosen_usd read as NULL from a file older than schema 3 (opened
// read-only, so not upgraded).
QByteArray decisionColumns(int schemaVersion);
// Columns: subject, kind, top, top_score, chosen, chosen_score, margin, chosen_usd.
DecisionOutcome decisionRow(const SqliteStatement& row, SharedTexts& texts);
// What snapshot `snapshotId` estimated its picks to cost; none before schema 3 or when not estimated.
std::optional<CostOutcome> snapshotCost(sqlite3* db, qint64 snapshotId, int schemaVersion);
// Columns: rule, severity, subject, message.
FindingOutcome findingRow(const SqliteStatement& row);

} // namespace gw::store
