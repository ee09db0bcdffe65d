#include "modeldiff.h"

#include "elementkeys.h"
#include "modelfields.h"

namespace gw {

namespace {

QList<FieldChange> fieldChanges(const FieldValues& before, const FieldValues& after)
{
    QList<FieldChange> out;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        if (before[i].value != after[i].value)
            out.append({before[i].key, before[i].value, after[i].value});
    }
    return out;
}

template<typename T>
void compareSingle(const QString& section, const T& before, const T& after, ModelDiff& diff)
{
    if (before == after)
        return;
    diff.changes.append(
        {section, section, ElementChange::Kind::Changed, fieldChanges(fieldsOf(before), fieldsOf(after))});
}

// Lists are matched by key (see elementKeys): removed and changed entries in the old order, then added
// ones in the new order.
template<typename T>
void compareList(const QString& section, const QList<T>& before, const QList<T>& after, ModelDiff& diff)
{
    const QList<QString> beforeKeys = elementKeys(before);
    const QList<QString> afterKeys = elementKeys(after);
    const QHash<QString, qsizetype> afterIndex = keyIndex(afterKeys);
    const QHash<QString, qsizetype> beforeIndex = keyIndex(beforeKeys);
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto it = afterIndex.constFind(beforeKeys[i]);
        if (it == afterIndex.cend()) {
            diff.changes.append({section, beforeKeys[i], ElementChange::Kind::Removed, {}});
        } else if (!(before[i] == after[*it])) {
            diff.changes.append({section, beforeKeys[i], ElementChange::Kind::Changed,
                                 fieldChanges(fieldsOf(before[i]), fieldsOf(after[*it]))});
        }
    }
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (!beforeIndex.contains(afterKeys[i]))
            diff.changes.append({section, afterKeys[i], ElementChange::Kind::Added, {}});
    }
}

} // namespace

QString kindName(ElementChange::Kind kind)
{
    switch (kind) {
    case ElementChange::Kind::Added:
        return QStringLiteral("added");
    case ElementChange::Kind::Removed:
        return QStringLiteral("removed");
    case ElementChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

int ModelDiff::count(ElementChange::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const ElementChange& c) { return c.kind == kind; }));
}

ModelDiff ModelDiff::between(const Model& before, const Model& after)
{
    ModelDiff diff;
    compareSingle(QStringLiteral("system"), before.system, after.system, diff);
    compareSingle(QStringLiteral("priorities"), before.priorities, after.priorities, diff);
    compareSingle(QStringLiteral("team"), before.team, after.team, diff);
    compareList(QStringLiteral("environments"), before.environments, after.environments, diff);
    compareList(QStringLiteral("workloads"), before.workloads, after.workloads, diff);
    compareList(QStringLiteral("data"), before.data, after.data, diff);
    compareList(QStringLiteral("channels"), before.channels, after.channels, diff);
    compareList(QStringLiteral("decisions"), before.decisions, after.decisions, diff);
    return diff;
}

} // namespace gw
