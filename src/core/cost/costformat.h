// CostFormat: cost estimates as text for people and tools (groundwork-cli cost): a table with each
// line's arithmetic, JSON, Markdown and CSV. Deterministic: same estimates, same bytes.
#pragma once

#include "costestimate.h"

#include <QByteArray>
#include <QList>

namespace gw {

class CostFormat
{
public:
    static QString toTable(const QList<CostEstimate>& estimates);
    static QByteArray toJson(const QList<CostEstimate>& estimates);
    static QString toMarkdown(const QList<CostEstimate>& estimates);
    static QString toCsv(const QList<CostEstimate>& estimates);

    // "1,234.50": what a person reads; cents below 1000, whole dollars above.
    static QString usd(double value);
    // A quantity or unit price as a person reads it, without an exponent: "21,024,000", "0.0000004".
    static QString quantity(double value);
    // "1,678 USD (1,493 to 2,148)": the expected figure and the range.
    static QString range(const CostRange& range);
};

} // namespace gw
