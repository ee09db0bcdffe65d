// CostMemo: the cost lines worked out for one model, kept by a caller that prices the same model again
// under other priorities (the app on every slider move), so that only the ranking is redone. What an
// element costs under a candidate depends on the model and the price catalog, never on the weights.
#pragma once

#include "costestimate.h"

#include <QHash>

namespace gw {

class CostMemo
{
public:
    // The line of `element` under `candidate` on `cloud`, if it was kept.
    const CostLine* find(const ElementRef& element, const QString& candidate, Cloud cloud) const
    {
        const auto it = m_lines.constFind(Key{element, candidate, cloud});
        return it == m_lines.cend() ? nullptr : &*it;
    }
    void keep(const ElementRef& element, const QString& candidate, Cloud cloud, const CostLine& line)
    {
        m_lines.insert(Key{element, candidate, cloud}, line);
    }
    // The model changed: every line may have.
    void clear() { m_lines.clear(); }

private:
    struct Key
    {
        ElementRef element;
        QString candidate;
        Cloud cloud = Cloud::Any;

        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& k, size_t seed = 0)
        {
            return qHashMulti(seed, int(k.element.section), k.element.index, k.candidate, int(k.cloud));
        }
    };
    QHash<Key, CostLine> m_lines;
};

} // namespace gw
