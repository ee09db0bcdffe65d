// ChangeElement: "Change traffic pattern of storefront-api": one edit of one element's fields.
#pragma once

#include "modelcommand.h"

#include <functional>

namespace gw {

class ChangeElement : public ModelCommand
{
public:
    // `edit` changes the model copy; `what` names the field for the undo text ("traffic pattern").
    ChangeElement(Document* document, const ElementRef& element, const QString& what,
                  const std::function<void(Model&)>& edit);
};

} // namespace gw
