#include "elementindex_p.h"

#include "../model/model.h"

#include <cstring>

namespace gw {

namespace {

constexpr quint64 kMix1 = 0xbf58476d1ce4e5b9ULL; // splitmix64's multipliers
constexpr quint64 kMix2 = 0x94d049bb133111ebULL;

quint64 mixIn(quint64 h, quint64 chunk)
{
    h = (h ^ chunk) * kMix1;
    return h ^ (h >> 29);
}

} // namespace

bool ElementIndex::Key::operator==(const Key& other) const
{
    return id.size() == other.id.size() &&
           std::memcmp(id.utf16(), other.id.utf16(), static_cast<size_t>(id.size()) * sizeof(char16_t)) == 0;
}

size_t qHash(ElementIndex::Key key, size_t seed)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(key.id.utf16());
    size_t left = static_cast<size_t>(key.id.size()) * sizeof(char16_t);
    quint64 h = mixIn(seed, left);
    for (; left >= 8; left -= 8, bytes += 8) {
        quint64 chunk;
        std::memcpy(&chunk, bytes, 8);
        h = mixIn(h, chunk);
    }
    if (left > 0) {
        quint64 chunk = 0;
        std::memcpy(&chunk, bytes, left);
        h = mixIn(h, chunk);
    }
    h = (h ^ (h >> 30)) * kMix1;
    h = (h ^ (h >> 27)) * kMix2;
    return static_cast<size_t>(h ^ (h >> 31));
}

ElementIndex::ElementIndex(const Model& model)
{
    const qsizetype elements = model.workloads.size() + model.data.size() + model.channels.size();
    m_byId.reserve(elements);
    auto index = [this](const QString& id, int i, int ElementsNamed::*slot, ElementRef::Section section) {
        ElementsNamed& named = m_byId[Key{id}];
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
