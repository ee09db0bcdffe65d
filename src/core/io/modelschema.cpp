#include "modelschema.h"

#include "core/model/model.h"
#include "core/rules/decisionkinds.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace gw::ModelSchema {

namespace {

QJsonObject base()
{
    QFile file(QStringLiteral(":/groundwork/resources/schema/groundwork-model.schema.in.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the model schema's base is missing from the resources");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString text(std::string_view s)
{
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QJsonArray names(std::span<const std::string_view> values)
{
    QJsonArray out;
    for (const std::string_view v : values)
        out.append(text(v));
    return out;
}

// The property a declaration implies, before the base's own keys are laid over it.
template<typename T> QJsonObject propertyOf(const FieldDescriptor<T>& d)
{
    QJsonObject p;
    switch (d.type) {
    case FieldType::Text:
        p.insert(QStringLiteral("type"), QStringLiteral("string"));
        break;
    case FieldType::Bool:
        p.insert(QStringLiteral("type"), QStringLiteral("boolean"));
        break;
    case FieldType::Int:
        p.insert(QStringLiteral("type"), QStringLiteral("integer"));
        break;
    case FieldType::Number:
        p.insert(QStringLiteral("type"), QStringLiteral("number"));
        break;
    case FieldType::Enum:
        p.insert(QStringLiteral("enum"), names(d.enumNames));
        break;
    case FieldType::EnumList:
        p.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("array"), QStringLiteral("null")});
        p.insert(QStringLiteral("uniqueItems"), true);
        p.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("enum"), names(d.enumNames)}});
        break;
    case FieldType::TextList:
        p.insert(QStringLiteral("type"), QJsonArray{QStringLiteral("array"), QStringLiteral("null")});
        p.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
        break;
    case FieldType::Custom:
        return p;
    }
    const FieldRange& range = d.info.range;
    if (std::isfinite(range.min))
        p.insert(range.minExclusive ? QStringLiteral("exclusiveMinimum") : QStringLiteral("minimum"),
                 range.min);
    if (std::isfinite(range.max))
        p.insert(QStringLiteral("maximum"), range.max);
    if (*d.info.help)
        p.insert(QStringLiteral("description"), QString::fromLatin1(d.info.help));
    if (d.info.required)
        return p;
    // The default is what a struct holds before anything is read into it.
    const FieldData value = d.get(T{});
    if (const auto* b = std::get_if<bool>(&value))
        p.insert(QStringLiteral("default"), *b);
    else if (const auto* i = std::get_if<int>(&value))
        p.insert(QStringLiteral("default"),
                 d.type == FieldType::Enum ? QJsonValue(enumText(d, *i)) : QJsonValue(*i));
    else if (const auto* n = std::get_if<double>(&value))
        p.insert(QStringLiteral("default"), *n);
    else if (const auto* s = std::get_if<QString>(&value); s && !s->isEmpty())
        p.insert(QStringLiteral("default"), *s);
    else if (const auto* list = std::get_if<QStringList>(&value))
        p.insert(QStringLiteral("default"), QJsonArray::fromStringList(*list));
    return p;
}

// The base's keys win over the generated ones.
QJsonObject laidOver(QJsonObject generated, const QJsonObject& base)
{
    for (auto it = base.begin(); it != base.end(); ++it)
        generated.insert(it.key(), it.value());
    return generated;
}

// `path` is a JSON pointer without its "#/", e.g. "$defs/workload".
QJsonObject at(const QJsonObject& root, const QString& path)
{
    QJsonObject node = root;
    for (const QString& part : path.split(u'/'))
        node = node.value(part).toObject();
    return node;
}

void put(QJsonObject& root, QStringView path, const QJsonObject& value)
{
    const qsizetype slash = path.indexOf(u'/');
    const QString head = (slash < 0 ? path : path.first(slash)).toString();
    if (slash < 0) {
        root.insert(head, value);
        return;
    }
    QJsonObject child = root.value(head).toObject();
    put(child, path.sliced(slash + 1), value);
    root.insert(head, child);
}

// Fills the object at `path` with T's declared fields; a grouped key ("traffic.peak_rps") goes into the
// group's object, followed through its "$ref" when it has one.
template<typename T> void declare(QJsonObject& root, const QString& path)
{
    QJsonArray required;
    for (const FieldDescriptor<T>& d : fieldList<T>()) {
        if (d.info.required)
            required.append(d.keyText());
        if (d.type == FieldType::Custom)
            continue;
        QString owner = path;
        if (!d.group().empty()) {
            owner = path + QStringLiteral("/properties/") + text(d.group());
            const QString ref = at(root, owner).value(QStringLiteral("$ref")).toString();
            if (ref.startsWith(QStringLiteral("#/")))
                owner = ref.mid(2);
        }
        const QString property = owner + QStringLiteral("/properties/") + text(d.leaf());
        put(root, property, laidOver(propertyOf(d), at(root, property)));
    }
    if (!required.isEmpty())
        put(root, path, laidOver(at(root, path), {{QStringLiteral("required"), required}}));
}

// The kinds are the rule packs' (DecisionKinds::known()): the system's after "system/", the elements'
// after any other id. Kind ids are slugs, so they need no escaping; an escaped "-" would even be invalid
// in the ECMA-262 unicode patterns that JSON Schema validators compile.
QString subjectPattern()
{
    const DecisionKinds kinds = DecisionKinds::known();
    const auto alternatives = [&kinds](bool system) {
        QStringList ids;
        for (const DecisionKindInfo& info : kinds.all())
            if ((info.subject == SubjectKind::System) == system)
                ids.append(info.kind.name());
        return ids.join(u'|');
    };
    return QStringLiteral("^(system/(%1)|(?!system/)[a-z][a-z0-9-]*/(%2))$")
        .arg(alternatives(true), alternatives(false));
}

QJsonObject build()
{
    QJsonObject root = base();
    declare<System>(root, QStringLiteral("properties/system"));
    declare<Team>(root, QStringLiteral("properties/team"));
    declare<Environment>(root, QStringLiteral("$defs/environment"));
    declare<Workload>(root, QStringLiteral("$defs/workload"));
    declare<DataStore>(root, QStringLiteral("$defs/datastore"));
    declare<Channel>(root, QStringLiteral("$defs/channel"));
    declare<Decision>(root, QStringLiteral("$defs/decision"));
    const QString subject = QStringLiteral("$defs/decision/properties/subject");
    put(root, subject, laidOver(at(root, subject), {{QStringLiteral("pattern"), subjectPattern()}}));
    return root;
}

} // namespace

const QJsonObject& schema()
{
    static const QJsonObject root = build();
    return root;
}

QByteArray toJson()
{
    return QJsonDocument(schema()).toJson(QJsonDocument::Indented);
}

} // namespace gw::ModelSchema
