// FactValue: the value of one fact for one subject, in the representation conditions compare against.
#pragma once

#include "factpath.h"

#include <QStringList>

namespace gw {

struct FactValue
{
    bool present = false; // false: an optional fact that is not set (rto_minutes, a choice not made...)
    double number = 0;    // Number; Bool as 0 / 1
    quint64 bits = 0;     // Enum: 1 << index; EnumSet: a bit per member
    QString text;         // Text
    QStringList texts;    // TextList

    static FactValue ofNumber(double n) { return FactValue{true, n, 0, {}, {}}; }
    static FactValue ofBool(bool b) { return FactValue{true, b ? 1.0 : 0.0, 0, {}, {}}; }
    static FactValue ofEnum(int index) { return FactValue{true, 0, quint64(1) << index, {}, {}}; }
    static FactValue ofBits(quint64 bits) { return FactValue{true, 0, bits, {}, {}}; }
    static FactValue ofText(const QString& t) { return FactValue{!t.isEmpty(), 0, 0, t, {}}; }
    static FactValue ofTexts(const QStringList& t) { return FactValue{true, 0, 0, {}, t}; }
    static FactValue absent() { return {}; }
};

// The interface conditions read facts through, so that they know nothing of models.
class FactSource
{
public:
    virtual ~FactSource() = default;
    virtual FactValue value(const FactPath& path) const = 0;
};

} // namespace gw
