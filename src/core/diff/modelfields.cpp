#include "modelfields.h"

#include <QLocale>

namespace gw {

namespace {

QString text(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString text(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

// A field's value as the diff shows it: "" when it is not set, lists joined by ", ".
template<typename T> QString fieldText(const FieldDescriptor<T>& d, const FieldData& value)
{
    switch (d.type) {
    case FieldType::Text:
        return std::get<QString>(value);
    case FieldType::Bool:
        return text(std::get<bool>(value));
    case FieldType::Int:
        return std::holds_alternative<int>(value) ? QString::number(std::get<int>(value)) : QString();
    case FieldType::Number:
        return std::holds_alternative<double>(value) ? text(std::get<double>(value)) : QString();
    case FieldType::Enum:
        return enumText(d, std::get<int>(value));
    case FieldType::EnumList:
    case FieldType::TextList:
        return std::get<QStringList>(value).join(QStringLiteral(", "));
    case FieldType::Custom:
        break;
    }
    return {};
}

// Every field of `x` but its id (elements are matched by id); `customText(x)` gives the Custom one.
template<typename T, typename CustomText> FieldValues fieldValues(const T& x, CustomText customText)
{
    FieldValues out;
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (d.key == "id")
            continue;
        out.append({d.keyText(), d.type == FieldType::Custom ? customText(x) : fieldText(d, d.get(x))});
    }
    return out;
}

constexpr auto noCustom = [](const auto&) { return QString(); };

} // namespace

FieldValues fieldsOf(const System& s)
{
    return fieldValues(s, noCustom);
}

FieldValues fieldsOf(const Priorities& p)
{
    FieldValues out;
    for (std::size_t q = 0; q < p.weights.size(); ++q)
        out.append({enumName(static_cast<Quality>(q)), QString::number(p.weights[q])});
    return out;
}

FieldValues fieldsOf(const Team& t)
{
    return fieldValues(t, [](const Team& team) {
        QStringList skills;
        for (const Skill& s : team.skills)
            skills.append(s.language + u' ' + QString::number(s.level));
        return skills.join(QStringLiteral(", "));
    });
}

FieldValues fieldsOf(const Environment& e)
{
    return fieldValues(e, noCustom);
}

FieldValues fieldsOf(const Workload& w)
{
    return fieldValues(w, [](const Workload& workload) {
        QStringList uses;
        for (const Use& u : workload.uses)
            uses.append(QStringLiteral("%1 (%2, %3)").arg(u.to, enumName(u.mode), enumName(u.access)));
        return uses.join(QStringLiteral(", "));
    });
}

FieldValues fieldsOf(const DataStore& d)
{
    return fieldValues(d, noCustom);
}

FieldValues fieldsOf(const Channel& c)
{
    return fieldValues(c, noCustom);
}

FieldValues fieldsOf(const Decision& d)
{
    return {{QStringLiteral("choice"), d.choice},
            {QStringLiteral("status"), enumName(d.status)},
            {QStringLiteral("reason"), d.reason}};
}

} // namespace gw
