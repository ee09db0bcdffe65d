#include "modeldiff.h"

#include "modelfields.h"

#include <QHash>

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

// Lists are matched by key (an element's id, an environment's name, a decision's subject): removed and
// changed entries in the old order, then added ones in the new order. A key that repeats (an invalid
// model) is matched occurrence by occurrence.
template<typename T, typename Key>
void compareList(const QString& section, const QList<T>& before, const QList<T>& after, Key key,
                 ModelDiff& diff)
{
    const auto keyed = [&key](const QList<T>& items) {
        QList<QString> keys;
        keys.reserve(items.size());
        QHash<QString, int> seen;
        for (const T& item : items) {
            const QString k = key(item);
            const int n = seen[k]++;
            keys.append(n == 0 ? k : k + u'#' + QString::number(n + 1));
        }
        return keys;
    };
    const QList<QString> beforeKeys = keyed(before);
    const QList<QString> afterKeys = keyed(after);
    QHash<QString, qsizetype> afterIndex;
    afterIndex.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        afterIndex.insert(afterKeys[i], i);
    QHash<QString, qsizetype> beforeIndex;
    beforeIndex.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        beforeIndex.insert(beforeKeys[i], i);
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
    compareList(
        QStringLiteral("environments"), before.environments, after.environments,
        [](const Environment& e) { return e.name; }, diff);
    compareList(
        QStringLiteral("workloads"), before.workloads, after.workloads,
        [](const Workload& w) { return w.id; }, diff);
    compareList(
        QStringLiteral("data"), before.data, after.data, [](const DataStore& d) { return d.id; }, diff);
    compareList(
        QStringLiteral("channels"), before.channels, after.channels, [](const Channel& c) { return c.id; },
        diff);
    compareList(
        QStringLiteral("decisions"), before.decisions, after.decisions,
        [](const Decision& d) { return d.subject; }, diff);
    return diff;
}

} // namespace gw
