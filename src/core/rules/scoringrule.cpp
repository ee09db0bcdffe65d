#include "scoringrule.h"

#include "tenths.h"

namespace gw {

QString Effect::describe() const
{
    if (exclude)
        return QStringLiteral("exclude");
    QStringList parts;
    static const QStringList names = enumNames<Quality>();
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        if (deltaTenths[q] != 0)
            parts.append(formatDelta(deltaTenths[q]) + u' ' + names[static_cast<int>(q)]);
    }
    return parts.join(QStringLiteral(", "));
}

bool Effect::hasAdjustment() const
{
    for (int d : deltaTenths) {
        if (d != 0)
            return true;
    }
    return false;
}

} // namespace gw
