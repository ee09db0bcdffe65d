#include "schemadescriptions.h"

#include "core/io/modelschema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gw {

namespace {

const QJsonObject& schema()
{
    return ModelSchema::schema();
}

// Follows a local "$ref": "#/$defs/traffic".
QJsonObject resolved(const QJsonObject& node)
{
    const QString ref = node.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QStringLiteral("#/")))
        return node;
    QJsonObject target = schema();
    const QStringList parts = ref.mid(2).split(u'/');
    for (const QString& part : parts)
        target = target.value(part).toObject();
    return target;
}

QString descriptionOf(const QJsonObject& node)
{
    // A property that refers to a definition usually says what it means in its own context.
    const QString own = node.value(QStringLiteral("description")).toString();
    return own.isEmpty() ? resolved(node).value(QStringLiteral("description")).toString() : own;
}

// The schema of `key` inside `node`: a property, or one of the items of a list or map.
QJsonObject child(const QJsonObject& node, const QString& key)
{
    const QJsonObject object = resolved(node);
    const QJsonObject properties = object.value(QStringLiteral("properties")).toObject();
    if (properties.contains(key))
        return properties.value(key).toObject();
    if (object.contains(QStringLiteral("items"))) {
        const QJsonObject items = resolved(object.value(QStringLiteral("items")).toObject());
        const QJsonObject found = child(items, key);
        if (!found.isEmpty())
            return found;
        const QJsonArray variants = items.value(QStringLiteral("anyOf")).toArray();
        for (const QJsonValue& variant : variants) {
            const QJsonObject inVariant = child(variant.toObject(), key);
            if (!inVariant.isEmpty())
                return inVariant;
        }
    }
    // Maps (team.skills): any key is an entry, described by additionalProperties.
    if (object.value(QStringLiteral("additionalProperties")).isObject())
        return object.value(QStringLiteral("additionalProperties")).toObject();
    return {};
}

QJsonObject sectionSchema(ElementRef::Section section)
{
    using S = ElementRef::Section;
    const QJsonObject properties = schema().value(QStringLiteral("properties")).toObject();
    const QJsonObject defs = schema().value(QStringLiteral("$defs")).toObject();
    switch (section) {
    case S::System:
        return properties.value(QStringLiteral("system")).toObject();
    case S::Priorities:
        return properties.value(QStringLiteral("priorities")).toObject();
    case S::Team:
        return properties.value(QStringLiteral("team")).toObject();
    case S::Environment:
        return defs.value(QStringLiteral("environment")).toObject();
    case S::Workload:
        return defs.value(QStringLiteral("workload")).toObject();
    case S::DataStore:
        return defs.value(QStringLiteral("datastore")).toObject();
    case S::Channel:
        return defs.value(QStringLiteral("channel")).toObject();
    case S::Decision:
        return defs.value(QStringLiteral("decision")).toObject();
    case S::None:
        break;
    }
    return {};
}

} // namespace

QString SchemaDescriptions::describe(ElementRef::Section section, const QString& field)
{
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QJsonObject node = sectionSchema(section);
    const QStringList keys = QString(field).remove(index).split(u'.', Qt::SkipEmptyParts);
    for (const QString& key : keys) {
        node = child(node, key);
        if (node.isEmpty())
            return {};
    }
    return descriptionOf(node);
}

QString SchemaDescriptions::toolTip(ElementRef::Section section, const QString& field)
{
    const QString description = describe(section, field);
    return description.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(description, field);
}

} // namespace gw
