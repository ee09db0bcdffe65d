#include "replacemodel.h"

namespace gw {

ReplaceModel::ReplaceModel(Document* document, const Model& model, const QString& text)
    : ModelCommand(document, text, ElementRef{ElementRef::Section::System, -1})
{
    m_after = model;
}

} // namespace gw
