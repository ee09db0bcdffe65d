// ReplaceModel: the whole model replaced in one undoable step: a snapshot restored from the project's
// history, or unsaved changes recovered after a crash.
#pragma once

#include "modelcommand.h"

namespace gw {

class ReplaceModel : public ModelCommand
{
public:
    ReplaceModel(Document* document, const Model& model, const QString& text);
};

} // namespace gw
