#include "changeelement.h"

#include "../document.h"

#include <QCoreApplication>

namespace gw {

ChangeElement::ChangeElement(Document* document, const ElementRef& element, const QString& what,
                             const std::function<void(Model&)>& edit)
    : ModelCommand(document,
                   QCoreApplication::translate("ChangeElement", "Change %1 of %2")
                       .arg(what, document->model().describe(element)),
                   element)
{
    edit(m_after);
}

} // namespace gw
