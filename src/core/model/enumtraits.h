// EnumTraits: the spelling of every model enum in the YAML format, in one table per enum.
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string_view>

namespace gw {

// Specialised next to each enum: `static constexpr std::array<std::string_view, N> names`,
// in the enum's declaration order, spelled as in the model format.
template<typename E> struct EnumTraits;

template<typename E>
QString enumName(E value) // not toString: that would clash with QTest::toString through ADL
{
    const auto name = EnumTraits<E>::names[static_cast<std::size_t>(value)];
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

template<typename E> std::optional<E> enumFromString(QStringView text)
{
    const auto& names = EnumTraits<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == QLatin1StringView(names[i].data(), static_cast<qsizetype>(names[i].size())))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template<typename E> QStringList enumNames()
{
    QStringList out;
    for (const auto name : EnumTraits<E>::names)
        out.append(QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
    return out;
}

template<typename E> constexpr std::size_t enumCount()
{
    return EnumTraits<E>::names.size();
}

} // namespace gw
