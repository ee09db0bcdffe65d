#include "renameelement.h"

#include "../document.h"

#include "core/model/modeledits.h"
#include <QCoreApplication>

namespace gw {

RenameElement::RenameElement(Document* document, const ElementRef& element, const QString& newId)
    : ModelCommand(document,
                   QCoreApplication::translate("RenameElement", "Rename %1 to %2")
                       .arg(document->model().describe(element), newId),
                   element)
{
    edits::renameElement(m_after, element, newId);
}

DuplicateElement::DuplicateElement(Document* document, const ElementRef& element)
    : ModelCommand(document,
                   QCoreApplication::translate("DuplicateElement", "Duplicate %1")
                       .arg(document->model().describe(element)),
                   {})
{
    m_focus = edits::duplicateElement(m_after, element);
}

} // namespace gw
