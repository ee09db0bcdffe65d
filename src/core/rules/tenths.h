// Tenths: scores and adjustments are whole tenths, so that sums, comparisons and output are exact and
// the same on every machine. These turn them into text.
#pragma once

#include <QString>

#include <cmath>
#include <cstdlib>
#include <optional>

namespace gw {

// 825 -> "82.5", 90 -> "9.0", -3 -> "-0.3": always one decimal.
inline QString formatTenths(qint64 tenths)
{
    const qint64 magnitude = std::llabs(tenths);
    return (tenths < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 10) + u'.' +
           QString::number(magnitude % 10);
}

// 20 -> "+2", -5 -> "-0.5": a signed adjustment, with a decimal only when it has one.
inline QString formatDelta(int tenths)
{
    const int magnitude = std::abs(tenths);
    QString text = tenths < 0 ? QStringLiteral("-") : QStringLiteral("+");
    text += QString::number(magnitude / 10);
    if (magnitude % 10 != 0)
        text += u'.' + QString::number(magnitude % 10);
    return text;
}

// 7.5 -> 75; nullopt when the number has more than one decimal.
inline std::optional<int> toTenths(double value)
{
    const double scaled = value * 10.0;
    const double rounded = std::round(scaled);
    if (std::abs(scaled - rounded) > 1e-6 || std::abs(rounded) > 1e9)
        return std::nullopt;
    return static_cast<int>(rounded);
}

} // namespace gw
