// SnapshotRows: a snapshot's stored decision and finding rows read back as the advice they summarise,
// for the whole advice (ProjectFile::snapshotAdvice) and for the rows that differ (SnapshotDelta) alike.
// The queries select the columns in the order the comments below give.
#pragma once

#include "../diff/advicesummary.h"

#include <QByteArray>
#include <QHash>

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

// Columns: subject, kind, top, top_score, chosen, chosen_score, margin.
DecisionOutcome decisionRow(const SqliteStatement& row, SharedTexts& texts);
// Columns: rule, severity, subject, message.
FindingOutcome findingRow(const SqliteStatement& row);

} // namespace gw::store
