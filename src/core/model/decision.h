// Decision: a choice the team pinned ("storefront-api/language: typescript"), still scored and explained.
#pragma once

#include "decisionkind.h"
#include "fielddescriptor.h"

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

// The decision's fields in the format's order; the subject is more than a text (see the reader).
template<> struct FieldsOf<Decision>
{
    template<typename D = Decision> static const std::vector<FieldDescriptor<D>>& all()
    {
        static const std::vector<FieldDescriptor<D>> fields =
            FieldListBuilder<D>()
                .custom("subject", {.label = "subject", .required = true})
                .add("choice", &D::choice,
                     {.label = "choice",
                      .required = true,
                      .help = "Id of the pinned candidate, e.g. postgresql or java. Required."})
                .add("status", &D::status,
                     {.label = "status", .help = "Where the decision stands. Default accepted."})
                .add("reason", &D::reason,
                     {.label = "reason",
                      .help = "Why it was pinned, for reviewers and decision records. Optional."})
                .take();
        return fields;
    }
};

} // namespace gw
