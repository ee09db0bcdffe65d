#include "modelcommand.h"

#include "../document.h"

namespace gw {

ModelCommand::ModelCommand(Document* document, const QString& text, const ElementRef& focus)
    : QUndoCommand(text), m_document(document), m_before(document->model()), m_after(document->model()),
      m_focus(focus)
{
}

void ModelCommand::undo()
{
    m_document->applyModel(m_before, m_focus);
}

void ModelCommand::redo()
{
    m_document->applyModel(m_after, m_focus);
}

} // namespace gw
