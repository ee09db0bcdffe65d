// FieldDescriptor: one field of a model struct declared once (format key, member, type, unit, label,
// range, whether it is required), so that the reader, writer, validator, project-file codec, diff, rule
// facts, report and editors walk a struct's list of fields instead of naming each field again. The default is
// the struct's own member initialiser; the help text is the JSON schema's description, which a test holds
// against these lists. Fields that are more than a value (a workload's `uses`, a team's `skills`) are listed
// as Custom, in their place, and handled by each consumer.
#pragma once

#include "enumtraits.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace gw {

enum class FieldType { Text, Bool, Int, Number, Enum, EnumList, TextList, Custom };

// A field's value as generic code sees it: nothing (an optional field not set), a flag, a whole
// number (or an enum's index in its names), a number, a text, a list of texts (or an enum list's
// names).
using FieldData = std::variant<std::monostate, bool, int, double, QString, QStringList>;

// The values a number may take; the validator reports the others.
struct FieldRange
{
    static constexpr double kNone = std::numeric_limits<double>::infinity();

    double min = -kNone;
    double max = kNone;
    bool minExclusive = false; // "greater than min" rather than "at least min"

    static constexpr FieldRange atLeast(double min) { return {min, kNone, false}; }
    static constexpr FieldRange above(double min, double max = kNone) { return {min, max, true}; }
    static constexpr FieldRange between(double min, double max) { return {min, max, false}; }

    bool isLimited() const { return min != -kNone || max != kNone; }
    bool contains(double v) const { return (minExclusive ? v > min : v >= min) && v <= max; }
};

// What a declaration says beyond the key and the member (plain ASCII, as in the format's docs).
struct FieldInfo
{
    const char* label = "";  // for people: "p99 latency"
    const char* unit = "";   // "ms", "GB"; empty when the value has none
    FieldRange range = {};   // numbers only
    bool required = false;   // the reader reports it missing; the writer always writes it
    const char* report = ""; // the label of the fact in reports, when it is one (and set)
    const char* help = "";   // one or two sentences for people: the schema's description and the tooltip
};

template<typename T> struct FieldDescriptor
{
    std::string_view key; // as in the format; "traffic.peak_rps" is "peak_rps" in the "traffic" mapping
    FieldType type = FieldType::Custom;
    bool optional = false; // may be unset: std::optional
    FieldInfo info;
    std::span<const std::string_view> enumNames; // Enum and EnumList
    const void* part = nullptr; // the nested struct it lives in (Traffic, Ownership), one tag per type
    std::function<FieldData(const T&)> get; // not for Custom
    std::function<void(T&, const FieldData&)> set;
    std::function<std::uint64_t(const T&)> bits; // EnumList: a bit per value, 1 << its index

    // "traffic" for "traffic.peak_rps", empty for a key of the struct's own mapping.
    std::string_view group() const
    {
        const auto dot = key.find('.');
        return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
    }
    // "peak_rps" for "traffic.peak_rps".
    std::string_view leaf() const
    {
        const auto dot = key.find('.');
        return dot == std::string_view::npos ? key : key.substr(dot + 1);
    }
    QString keyText() const { return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size())); }
    QString label() const { return QString::fromLatin1(info.label); }
    QString unit() const { return QString::fromLatin1(info.unit); }
};

namespace fieldvalue {

template<typename V> struct Traits;
template<> struct Traits<QString>
{
    static constexpr FieldType type = FieldType::Text;
};
template<> struct Traits<bool>
{
    static constexpr FieldType type = FieldType::Bool;
};
template<> struct Traits<int>
{
    static constexpr FieldType type = FieldType::Int;
};
template<> struct Traits<double>
{
    static constexpr FieldType type = FieldType::Number;
};
template<> struct Traits<QStringList>
{
    static constexpr FieldType type = FieldType::TextList;
};

template<typename V> FieldData from(const V& v)
{
    if constexpr (std::is_enum_v<V>)
        return static_cast<int>(v);
    else
        return v;
}
template<typename V> FieldData from(const std::optional<V>& v)
{
    return v ? from(*v) : FieldData();
}
template<typename E> FieldData from(const QList<E>& values) requires std::is_enum_v<E>
{
    QStringList names;
    for (const E v : values)
        names.append(enumName(v));
    return names;
}

template<typename V> void to(const FieldData& value, V& out)
{
    if constexpr (std::is_enum_v<V>) {
        if (const auto* index = std::get_if<int>(&value);
            index && *index >= 0 && std::size_t(*index) < enumCount<V>())
            out = static_cast<V>(*index);
    } else if (const auto* v = std::get_if<V>(&value)) {
        out = *v;
    }
}
template<typename V> void to(const FieldData& value, std::optional<V>& out)
{
    if (std::holds_alternative<std::monostate>(value)) {
        out.reset();
        return;
    }
    V v{};
    to(value, v);
    out = v;
}
template<typename E> void to(const FieldData& value, QList<E>& out) requires std::is_enum_v<E>
{
    out.clear();
    if (const auto* names = std::get_if<QStringList>(&value)) {
        for (const QString& name : *names) {
            if (const auto e = enumFromString<E>(name))
                out.append(*e);
        }
    }
}

} // namespace fieldvalue

// Builds a struct's list of fields, one line each:
//   f.add("latency_p99_ms", &Workload::latencyP99Ms, {.label = "p99 latency", .unit = "ms", ...});
template<typename T> class FieldListBuilder
{
public:
    // A member of T, or a member of a member ("traffic.peak_rps": &Workload::traffic, &Traffic::peakRps).
    template<typename V> FieldListBuilder& add(std::string_view key, V T::*member, FieldInfo info)
    {
        return addRef<V>(
            key, [member](auto& t) -> auto& { return t.*member; }, std::move(info));
    }
    template<typename P, typename V>
    FieldListBuilder& add(std::string_view key, P T::*part, V P::*member, FieldInfo info)
    {
        addRef<V>(
            key, [ part, member ](auto& t) -> auto& { return (t.*part).*member; }, std::move(info));
        m_fields.back().part = &kPartTag<P>;
        return *this;
    }
    // A field each consumer handles itself, listed for its place among the keys.
    FieldListBuilder& custom(std::string_view key, FieldInfo info)
    {
        FieldDescriptor<T> d;
        d.key = key;
        d.info = std::move(info);
        m_fields.push_back(std::move(d));
        return *this;
    }
    std::vector<FieldDescriptor<T>> take() { return std::move(m_fields); }

private:
    template<typename V, typename Ref> FieldListBuilder& addRef(std::string_view key, Ref ref, FieldInfo info)
    {
        FieldDescriptor<T> d;
        d.key = key;
        d.info = std::move(info);
        using Value = typename Unwrapped<V>::type;
        d.optional = Unwrapped<V>::optional;
        if constexpr (Unwrapped<V>::list) {
            d.type = FieldType::EnumList;
            d.enumNames = EnumTraits<Value>::names;
            d.bits = [ref](const T& t) {
                std::uint64_t bits = 0;
                for (const Value v : ref(t))
                    bits |= std::uint64_t(1) << static_cast<int>(v);
                return bits;
            };
        } else if constexpr (std::is_enum_v<Value>) {
            d.type = FieldType::Enum;
            d.enumNames = EnumTraits<Value>::names;
        } else {
            d.type = fieldvalue::Traits<Value>::type;
        }
        d.get = [ref](const T& t) { return fieldvalue::from(ref(t)); };
        d.set = [ref](T& t, const FieldData& value) { fieldvalue::to(value, ref(t)); };
        m_fields.push_back(std::move(d));
        return *this;
    }

    template<typename V> struct Unwrapped
    {
        using type = V;
        static constexpr bool optional = false;
        static constexpr bool list = false;
    };
    template<typename V> struct Unwrapped<std::optional<V>>
    {
        using type = V;
        static constexpr bool optional = true;
        static constexpr bool list = false;
    };
    template<typename E> struct Unwrapped<QList<E>>
    {
        using type = std::conditional_t<std::is_enum_v<E>, E, QList<E>>;
        static constexpr bool optional = false;
        static constexpr bool list = std::is_enum_v<E>;
    };

    template<typename P> static constexpr char kPartTag = 0;

    std::vector<FieldDescriptor<T>> m_fields;
};

// An enum field's value as its format name.
template<typename T> QString enumText(const FieldDescriptor<T>& d, int index)
{
    const std::string_view name = d.enumNames[static_cast<std::size_t>(index)];
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

// Specialised next to each struct that has a list, in the format's order of keys:
//   template<typename W = Workload> static const std::vector<FieldDescriptor<W>>& all();
// New fields go at the end: the project-file codec stores fields in this order and reads files saved
// before a field existed. `all` is a template only so that its body is compiled in the few files that
// walk the fields, not in every file that includes the model.
template<typename T> struct FieldsOf;

template<typename T> const std::vector<FieldDescriptor<T>>& fieldList()
{
    return FieldsOf<T>::template all<T>();
}

template<typename T> const FieldDescriptor<T>* findField(std::string_view key)
{
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

} // namespace gw
