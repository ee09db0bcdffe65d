#include "snapshotrows_p.h"

#include "sqlitedb_p.h"

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

DecisionOutcome decisionRow(const SqliteStatement& row, SharedTexts& texts)
{
    DecisionOutcome o{row.text(0),         texts.of(row.bytes(1)), texts.of(row.bytes(2)),
                      tenths(row.real(3)), texts.of(row.bytes(4)), tenths(row.real(5)),
                      std::nullopt};
    if (!row.isNull(6))
        o.marginTenths = tenths(row.real(6));
    return o;
}

FindingOutcome findingRow(const SqliteStatement& row)
{
    return {row.text(0), row.text(1), row.text(2), row.text(3)};
}

} // namespace gw::store
