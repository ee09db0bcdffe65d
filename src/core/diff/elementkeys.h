// ElementKeys: what an entry of a model's list is matched by across two models (an element's id, an
// environment's name, a decision's subject), so the diff and the merge pair the same entries. A key
// that repeats (an invalid model) is matched occurrence by occurrence: "api", "api#2".
#pragma once

#include "../model/model.h"

#include <QHash>

namespace gw {

inline QString keyOf(const Environment& e)
{
    return e.name;
}
inline QString keyOf(const Workload& w)
{
    return w.id;
}
inline QString keyOf(const DataStore& d)
{
    return d.id;
}
inline QString keyOf(const Channel& c)
{
    return c.id;
}
inline QString keyOf(const Decision& d)
{
    return d.subject;
}

template<typename T> QList<QString> elementKeys(const QList<T>& items)
{
    QList<QString> keys;
    keys.reserve(items.size());
    QHash<QString, int> seen;
    for (const T& item : items) {
        const QString k = keyOf(item);
        const int n = seen[k]++;
        keys.append(n == 0 ? k : k + u'#' + QString::number(n + 1));
    }
    return keys;
}

// Where each key sits in its list.
inline QHash<QString, qsizetype> keyIndex(const QList<QString>& keys)
{
    QHash<QString, qsizetype> index;
    index.reserve(keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        index.insert(keys[i], i);
    return index;
}

} // namespace gw
