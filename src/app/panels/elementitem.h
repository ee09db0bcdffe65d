// A tree row that stands for a model element, so that activating it selects the element. The element is
// kept in two data roles of the row's first column; panels add their own roles after kFirstFreeRole.
#pragma once

#include "core/model/elementref.h"

#include <QTreeWidgetItem>

namespace gw::elementitem {

inline constexpr int kSectionRole = Qt::UserRole + 1;
inline constexpr int kIndexRole = Qt::UserRole + 2;
inline constexpr int kFirstFreeRole = Qt::UserRole + 3;

inline void set(QTreeWidgetItem* item, const ElementRef& ref)
{
    item->setData(0, kSectionRole, static_cast<int>(ref.section));
    item->setData(0, kIndexRole, ref.index);
}

// The element `item` stands for; invalid when it stands for none (a group's row).
inline ElementRef of(const QTreeWidgetItem* item)
{
    const QVariant section = item->data(0, kSectionRole);
    if (!section.isValid())
        return {};
    return {static_cast<ElementRef::Section>(section.toInt()), item->data(0, kIndexRole).toInt()};
}

} // namespace gw::elementitem
