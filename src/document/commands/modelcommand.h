// ModelCommand: the base of every undoable edit. It keeps the model before and after the edit (the
// model's lists share their data until they change, so this costs little) and applies them through
// the document, so that every view hears about the change.
#pragma once

#include "core/model/model.h"

#include <QUndoCommand>

namespace gw {

class Document;

class ModelCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

    // False when the edit changed nothing (a no-op edit is not pushed).
    bool changesSomething() const { return !(m_before == m_after); }

protected:
    // `focus` is the element the edit is about: views select it on undo and redo.
    ModelCommand(Document* document, const QString& text, const ElementRef& focus);

    Document* m_document;
    Model m_before;
    Model m_after;
    ElementRef m_focus;
};

} // namespace gw
