// ElementIndex: the model's workloads, data stores and channels by id, for a diagram that resolves the
// target of every `uses` entry (Model::findElement is a linear search). It holds views of the model's
// strings: the model must outlive it.
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
    ElementsNamed find(QStringView id) const { return m_byId.value(id); }
    bool contains(QStringView id) const { return m_byId.contains(id); }
    // Whether no two elements share an id: positions then name elements as well as ids do.
    bool idsAreUnique() const { return m_unique; }

private:
    QHash<QStringView, ElementsNamed> m_byId;
    bool m_unique = true;
};

} // namespace gw
