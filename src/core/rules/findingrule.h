// FindingRule: a risk a Well-Architected style review would raise ("public entry without rate limiting"),
// the condition that shows it, and what to do about it.
#pragma once

#include "condition.h"

#include <optional>

namespace gw {

enum class FindingSeverity { High, Medium, Low };
template<> struct EnumTraits<FindingSeverity>
{
    static constexpr std::array<std::string_view, 3> names{"high", "medium", "low"};
};

struct FindingRule
{
    QString id;
    SubjectKind appliesTo = SubjectKind::System;
    // When set, `candidate.*` in the condition and placeholders means the candidate chosen for this
    // decision of the subject (pinned, else the top pick).
    std::optional<DecisionKind> about;
    Condition when;
    FindingSeverity severity = FindingSeverity::Medium;
    QString message;        // may hold {subject}, {name} and {<fact path>} placeholders
    QString recommendation; // likewise
    QString source;

    QString pack;
    SourceLocation location;
    // Reads decisions (choice.*, pinned.*, or `about`): evaluated after ranking, on every re-weighting.
    bool readsChoices() const { return about.has_value() || when.readsChoices(); }
    // Follows the candidate chosen for `kind`: raised or not depending on which one wins.
    bool followsChoiceOf(DecisionKind kind) const { return about == kind || when.readsChoiceOf(kind); }
};

} // namespace gw
