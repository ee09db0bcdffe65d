// ElementIndex: the model's workloads, data stores and channels by id, for a diagram that resolves the
// target of every `uses` entry. Model::findElement is a linear search, and a QHash of QString hashes
// with SipHash and compares through QString::compare: at 3,000 elements a diagram resolves some 7,000
// ids, and that was a quarter of its time. This index hashes the UTF-16 text 8 bytes at a time, seeded
// per process as QHash is, and compares with memcmp. It holds views of the model's strings: the model
// must outlive it.
#pragma once

#include "../model/elementref.h"

#include <QHash>
#include <QStringView>

namespace gw {

struct Model;

// The elements of the model with one id: the first of each section (a valid model has one; the
// validator reports the rest), and the section a `uses` entry naming it points into (the last one).
struct ElementsNamed
{
    int workload = -1;
    int dataStore = -1;
    int channel = -1;
    ElementRef::Section target = ElementRef::Section::None;
};

class ElementIndex
{
public:
    explicit ElementIndex(const Model& model);

    // Nothing named (target None) for an id no element has.
    ElementsNamed find(QStringView id) const { return m_byId.value(Key{id}); }
    bool contains(QStringView id) const { return m_byId.contains(Key{id}); }
    // Whether no two elements share an id: positions then name elements as well as ids do.
    bool idsAreUnique() const { return m_unique; }

private:
    struct Key
    {
        QStringView id;
        bool operator==(const Key& other) const;
    };
    friend size_t qHash(Key key, size_t seed);

    QHash<Key, ElementsNamed> m_byId;
    bool m_unique = true;
};

} // namespace gw
