// PinChoice: "Pin typescript for storefront-api/language": writes (or replaces) a decision.
#pragma once

#include "modelcommand.h"

namespace gw {

class PinChoice : public ModelCommand
{
public:
    PinChoice(Document* document, const QString& subject, const QString& choice, const QString& reason,
              DecisionStatus status = DecisionStatus::Accepted);
};

} // namespace gw
