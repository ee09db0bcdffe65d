#include "elementindex_p.h"

#include "../model/model.h"

namespace gw {

ElementIndex::ElementIndex(const Model& model)
{
    const qsizetype elements = model.workloads.size() + model.data.size() + model.channels.size();
    m_byId.reserve(elements);
    auto index = [this](const QString& id, int i, int ElementsNamed::*slot, ElementRef::Section section) {
        ElementsNamed& named = m_byId[QStringView(id)];
        if (named.*slot < 0)
            named.*slot = i;
        named.target = section;
    };
    for (int i = 0; i < model.workloads.size(); ++i)
        index(model.workloads[i].id, i, &ElementsNamed::workload, ElementRef::Section::Workload);
    for (int i = 0; i < model.data.size(); ++i)
        index(model.data[i].id, i, &ElementsNamed::dataStore, ElementRef::Section::DataStore);
    for (int i = 0; i < model.channels.size(); ++i)
        index(model.channels[i].id, i, &ElementsNamed::channel, ElementRef::Section::Channel);
    m_unique = m_byId.size() == elements;
}

} // namespace gw
