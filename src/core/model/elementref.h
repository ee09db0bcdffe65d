// ElementRef: points at one element of a model by its section and position, stable across renames.
#pragma once

#include <QString>

namespace gw {

struct ElementRef
{
    enum class Section {
        None,
        System,
        Priorities,
        Team,
        Environment,
        Workload,
        DataStore,
        Channel,
        Decision
    };

    Section section = Section::None;
    int index = -1; // position in the section's list; -1 for the single sections

    bool isValid() const { return section != Section::None; }
    bool operator==(const ElementRef&) const = default;

    // The section's key in the model format ("workloads", "data", ...).
    static QString sectionKey(Section section);
    // Where the element stands in the model format: "workloads[2]"; the key alone for a single section.
    QString path() const;
};

} // namespace gw
