#include "resourcequantity.h"

#include <QList>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace gw::resourcequantity {

namespace {

constexpr double kMiB = 1024.0 * 1024.0;
// The model holds memory_mb in 32 bits; more than a petabyte of memory is a typo.
constexpr double kMostMebibytes = 1e9;

// `text` as a number followed by one of `units` (matched longest first, ignoring case when `anyCase`).
std::optional<int> mebibytes(const QString& text, const QList<std::pair<QString, double>>& units,
                             bool anyCase)
{
    const QString t = text.trimmed();
    double factor = 1;
    qsizetype numberEnd = t.size();
    for (const auto& [suffix, multiplier] : units) {
        if (t.size() > suffix.size() &&
            t.endsWith(suffix, anyCase ? Qt::CaseInsensitive : Qt::CaseSensitive)) {
            factor = multiplier;
            numberEnd = t.size() - suffix.size();
            break;
        }
    }
    bool ok = false;
    const double number = t.left(numberEnd).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number <= 0)
        return std::nullopt;
    const double mib = number * factor / kMiB;
    if (!std::isfinite(mib) || mib > kMostMebibytes)
        return std::nullopt;
    return std::max(1, static_cast<int>(std::lround(mib)));
}

} // namespace

std::optional<int> composeMebibytes(const QString& text)
{
    static const QList<std::pair<QString, double>> units{
        {u"kb"_s, 1024.0}, {u"mb"_s, kMiB}, {u"gb"_s, kMiB * 1024}, {u"b"_s, 1.0},
        {u"k"_s, 1024.0},  {u"m"_s, kMiB},  {u"g"_s, kMiB * 1024}};
    return mebibytes(text, units, true);
}

std::optional<int> kubernetesMebibytes(const QString& text)
{
    static const QList<std::pair<QString, double>> units{{u"Ki"_s, 1024.0},
                                                         {u"Mi"_s, kMiB},
                                                         {u"Gi"_s, kMiB * 1024},
                                                         {u"Ti"_s, kMiB * 1024 * 1024},
                                                         {u"Pi"_s, kMiB * 1024 * 1024 * 1024},
                                                         {u"k"_s, 1e3},
                                                         {u"M"_s, 1e6},
                                                         {u"G"_s, 1e9},
                                                         {u"T"_s, 1e12},
                                                         {u"P"_s, 1e15},
                                                         {u"m"_s, 1e-3}};
    // "1e9" is a number with an exponent, not 1 exa-something.
    return mebibytes(text, units, false);
}

std::optional<double> cores(const QString& text)
{
    QString t = text.trimmed();
    double factor = 1;
    if (t.endsWith(u'm')) {
        factor = 0.001;
        t.chop(1);
    }
    bool ok = false;
    const double number = t.toDouble(&ok) * factor;
    if (!ok || !std::isfinite(number) || number <= 0 || number > 1e6)
        return std::nullopt;
    return number;
}

} // namespace gw::resourcequantity
