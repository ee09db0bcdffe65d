// AddElement / RemoveElement: adding a workload, data store, channel, environment or decision, and
// removing one together with the references to it.
#pragma once

#include "modelcommand.h"

namespace gw {

class AddElement : public ModelCommand
{
public:
    // Appends a new element to `section` with a fresh id (or name); `added()` says where.
    AddElement(Document* document, ElementRef::Section section);
    ElementRef added() const { return m_focus; }
};

class RemoveElement : public ModelCommand
{
public:
    RemoveElement(Document* document, const ElementRef& element);
};

} // namespace gw
