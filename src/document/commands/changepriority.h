// ChangePriority: a move of one priority slider; consecutive moves of the same slider merge into one
// undo step.
#pragma once

#include "modelcommand.h"

namespace gw {

class ChangePriority : public ModelCommand
{
public:
    ChangePriority(Document* document, Quality quality, int value);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Quality m_quality;
};

} // namespace gw
