// Decision: a choice the team pinned ("storefront-api/language: typescript"), still scored and explained.
#pragma once

#include "decisionkind.h"

#include <QString>

#include <optional>

namespace gw {

enum class DecisionStatus { Proposed, Accepted, Rejected };
template<> struct EnumTraits<DecisionStatus>
{
    static constexpr std::array<std::string_view, 3> names{"proposed", "accepted", "rejected"};
};

struct Decision
{
    QString subject; // "<element id>/<decision kind>" or "system/<decision kind>"
    QString choice;  // a candidate id
    DecisionStatus status = DecisionStatus::Accepted;
    QString reason;

    // The parts of `subject`; empty / nullopt when it is malformed. The kind is as spelled: whether a pack
    // declares it is for whoever knows the catalog (checkDecisionKinds()).
    QString subjectElement() const;
    std::optional<DecisionKind> subjectKind() const;

    bool operator==(const Decision&) const = default;
};

} // namespace gw
