#include "revisionmerge.h"

#include "elementkeys.h"
#include "modelfields.h"

#include <type_traits>

namespace gw {

QString RevisionConflict::key() const
{
    const QString entry = section + u'/' + id;
    return field.isEmpty() ? entry : entry + u'/' + field;
}

QString RevisionConflict::entryName() const
{
    if (section == id)
        return section;
    const QString kind = section == QLatin1String("workloads")      ? QStringLiteral("workload")
                         : section == QLatin1String("data")         ? QStringLiteral("data store")
                         : section == QLatin1String("channels")     ? QStringLiteral("channel")
                         : section == QLatin1String("environments") ? QStringLiteral("environment")
                         : section == QLatin1String("decisions")    ? QStringLiteral("decision")
                                                                    : section;
    return kind + u' ' + id;
}

namespace {

QString valueOf(const FieldValues& values, const QString& key)
{
    for (const FieldValue& v : values) {
        if (v.key == key)
            return v.value;
    }
    return {};
}

// What one side did to an entry of the base it kept: "changed: cpu, memory_mb".
template<typename T> QString changedFields(const T& base, const T& side)
{
    const FieldValues before = fieldsOf(base);
    const FieldValues after = fieldsOf(side);
    QStringList keys;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i) {
        if (before[i].value != after[i].value)
            keys.append(before[i].key);
    }
    return QStringLiteral("changed: %1").arg(keys.join(QStringLiteral(", ")));
}

class Merger
{
public:
    Merger(const QHash<QString, MergeSide>& choices, RevisionMerge& out) : m_choices(choices), m_out(out) {}

    void fields(const QString& section, const Priorities& base, const Priorities& theirs,
                const Priorities& yours, Priorities& out)
    {
        for (std::size_t q = 0; q < out.weights.size(); ++q) {
            const auto conflict = [&] {
                return RevisionConflict{section,
                                        section,
                                        enumName(static_cast<Quality>(q)),
                                        QString::number(base.weights[q]),
                                        QString::number(theirs.weights[q]),
                                        QString::number(yours.weights[q])};
            };
            if (takeTheirs(&base.weights[q], theirs.weights[q], yours.weights[q], conflict))
                out.weights[q] = theirs.weights[q];
        }
    }

    // `base` is null when both sides added the entry: then every field they set differently conflicts.
    template<typename T>
    void fields(const QString& section, const QString& id, const T* base, const T& theirs, const T& yours,
                T& out)
    {
        const auto conflict = [&](const QString& key) {
            return RevisionConflict{section,
                                    id,
                                    key,
                                    base ? valueOf(fieldsOf(*base), key) : QString(),
                                    valueOf(fieldsOf(theirs), key),
                                    valueOf(fieldsOf(yours), key)};
        };
        for (const FieldDescriptor<T>& d : fieldList<T>()) {
            const auto conflictHere = [&] { return conflict(d.keyText()); };
            if (d.type == FieldType::Custom) {
                custom(d.key, base, theirs, yours, out, conflictHere);
                continue;
            }
            const FieldData t = d.get(theirs);
            const std::optional<FieldData> b = base ? std::optional(d.get(*base)) : std::nullopt;
            if (takeTheirs(b ? &*b : nullptr, t, d.get(yours), conflictHere))
                d.set(out, t);
        }
    }

    template<typename T>
    void list(const QString& section, const QList<T>& base, const QList<T>& theirs, const QList<T>& yours,
              QList<T>& out)
    {
        const QList<QString> baseKeys = elementKeys(base);
        const QList<QString> theirKeys = elementKeys(theirs);
        const QList<QString> yourKeys = elementKeys(yours);
        const QHash<QString, qsizetype> baseIndex = keyIndex(baseKeys);
        const QHash<QString, qsizetype> theirIndex = keyIndex(theirKeys);
        const QHash<QString, qsizetype> yourIndex = keyIndex(yourKeys);
        out.clear();
        for (qsizetype i = 0; i < yours.size(); ++i) {
            const QString& key = yourKeys[i];
            const qsizetype b = baseIndex.value(key, -1);
            const qsizetype t = theirIndex.value(key, -1);
            if (t >= 0) {
                T merged = yours[i];
                fields(section, key, b >= 0 ? &base[b] : nullptr, theirs[t], yours[i], merged);
                out.append(merged);
            } else if (b < 0) {
                ++m_out.yourChanges; // you added it
                out.append(yours[i]);
            } else if (yours[i] == base[b]) {
                ++m_out.theirChanges; // they removed it
            } else if (!takeTheirs({section,
                                    key,
                                    {},
                                    {},
                                    QStringLiteral("removed"),
                                    changedFields(base[b], yours[i])})) {
                out.append(yours[i]);
            }
        }
        for (qsizetype i = 0; i < theirs.size(); ++i) {
            const QString& key = theirKeys[i];
            if (yourIndex.contains(key))
                continue;
            const qsizetype b = baseIndex.value(key, -1);
            if (b < 0) {
                ++m_out.theirChanges; // they added it
                out.append(theirs[i]);
            } else if (theirs[i] == base[b]) {
                ++m_out.yourChanges; // you removed it
            } else if (takeTheirs({section,
                                   key,
                                   {},
                                   {},
                                   changedFields(base[b], theirs[i]),
                                   QStringLiteral("removed")})) {
                out.append(theirs[i]);
            }
        }
    }

private:
    // Records a conflict; true when the user chose theirs.
    bool takeTheirs(RevisionConflict conflict)
    {
        const MergeSide side = m_choices.value(conflict.key(), MergeSide::Yours);
        m_out.conflicts.append(std::move(conflict));
        return side == MergeSide::Theirs;
    }

    // One value of both sides against the base (null when there is none); true when theirs is taken.
    template<typename V, typename Conflict>
    bool takeTheirs(const V* base, const V& theirs, const V& yours, Conflict conflict)
    {
        if (theirs == yours)
            return false;
        if (base && yours == *base) {
            ++m_out.theirChanges;
            return true;
        }
        if (base && theirs == *base) {
            ++m_out.yourChanges;
            return false;
        }
        return takeTheirs(conflict());
    }

    template<typename T, typename V, typename Conflict>
    void member(V T::*m, const T* base, const T& theirs, const T& yours, T& out, Conflict conflict)
    {
        if (takeTheirs(base ? &(base->*m) : nullptr, theirs.*m, yours.*m, conflict))
            out.*m = theirs.*m;
    }

    // The fields that are more than a value are merged whole: a team's skills, a workload's uses.
    template<typename T, typename Conflict>
    void custom(std::string_view key, const T* base, const T& theirs, const T& yours, T& out,
                Conflict conflict)
    {
        if constexpr (std::is_same_v<T, Team>) {
            if (key == "skills")
                return member(&Team::skills, base, theirs, yours, out, conflict);
        } else if constexpr (std::is_same_v<T, Workload>) {
            if (key == "uses")
                return member(&Workload::uses, base, theirs, yours, out, conflict);
        } else if constexpr (std::is_same_v<T, Decision>) {
            if (key == "subject")
                return; // the key the entries were paired by
        }
        Q_ASSERT_X(false, "RevisionMerge", "a custom field the merge does not know");
    }

    const QHash<QString, MergeSide>& m_choices;
    RevisionMerge& m_out;
};

} // namespace

RevisionMerge RevisionMerge::between(const Model& base, const Model& theirs, const Model& yours,
                                     const QHash<QString, MergeSide>& choices)
{
    RevisionMerge result;
    result.merged = yours;
    Model& out = result.merged;
    Merger merger(choices, result);
    merger.fields(QStringLiteral("system"), QStringLiteral("system"), &base.system, theirs.system,
                  yours.system, out.system);
    merger.fields(QStringLiteral("priorities"), base.priorities, theirs.priorities, yours.priorities,
                  out.priorities);
    merger.fields(QStringLiteral("team"), QStringLiteral("team"), &base.team, theirs.team, yours.team,
                  out.team);
    merger.list(QStringLiteral("environments"), base.environments, theirs.environments, yours.environments,
                out.environments);
    merger.list(QStringLiteral("workloads"), base.workloads, theirs.workloads, yours.workloads,
                out.workloads);
    merger.list(QStringLiteral("data"), base.data, theirs.data, yours.data, out.data);
    merger.list(QStringLiteral("channels"), base.channels, theirs.channels, yours.channels, out.channels);
    merger.list(QStringLiteral("decisions"), base.decisions, theirs.decisions, yours.decisions,
                out.decisions);
    return result;
}

} // namespace gw
