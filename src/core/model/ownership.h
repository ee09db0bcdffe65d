// Ownership: who answers for an element and which cost centre pays for it. Exports put both on every
// resource as tags or labels so that a cloud bill can be split by team; an element's empty field falls
// back to the system's.
#pragma once

#include <QString>

namespace gw {

struct Ownership
{
    QString owner;      // a team or a person, as the organisation names them
    QString costCentre; // as the finance system spells it

    bool isEmpty() const { return owner.isEmpty() && costCentre.isEmpty(); }

    // This element's ownership with each empty field taken from `fallback` (the system's).
    Ownership orElse(const Ownership& fallback) const
    {
        return {owner.isEmpty() ? fallback.owner : owner,
                costCentre.isEmpty() ? fallback.costCentre : costCentre};
    }

    bool operator==(const Ownership&) const = default;
};

} // namespace gw
