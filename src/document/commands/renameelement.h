// RenameElement / DuplicateElement: a new id for a workload, data store or channel (every reference
// follows), and a copy of an element under a fresh id.
#pragma once

#include "modelcommand.h"

namespace gw {

class RenameElement : public ModelCommand
{
public:
    RenameElement(Document* document, const ElementRef& element, const QString& newId);
};

class DuplicateElement : public ModelCommand
{
public:
    DuplicateElement(Document* document, const ElementRef& element);
    ElementRef copy() const { return m_focus; }
};

} // namespace gw
