#include "changepriority.h"

#include "../document.h"

#include "undomergeids.h"
#include <QCoreApplication>

namespace gw {

ChangePriority::ChangePriority(Document* document, Quality quality, int value)
    : ModelCommand(document,
                   QCoreApplication::translate("ChangePriority", "Change %1 priority to %2")
                       .arg(enumName(quality).replace(u'_', u' '))
                       .arg(value),
                   {ElementRef::Section::Priorities, -1}),
      m_quality(quality)
{
    m_after.priorities[quality] = value;
}

int ChangePriority::id() const
{
    return ChangePriorityMergeId;
}

bool ChangePriority::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangePriority*>(other);
    if (next->m_quality != m_quality)
        return false;
    m_after = next->m_after;
    setText(next->text());
    return true;
}

} // namespace gw
