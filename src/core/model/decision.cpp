#include "decision.h"

namespace gw {

SubjectKind subjectKindOf(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Compute:
    case DecisionKind::Language:
    case DecisionKind::ApiStyle:
        return SubjectKind::Workload;
    case DecisionKind::Database:
    case DecisionKind::ReadScaling:
        return SubjectKind::DataStore;
    case DecisionKind::Messaging:
        return SubjectKind::Channel;
    default:
        return SubjectKind::System;
    }
}

QString Decision::subjectElement() const
{
    const qsizetype slash = subject.lastIndexOf(u'/');
    return slash <= 0 ? QString() : subject.left(slash);
}

std::optional<DecisionKind> Decision::subjectKind() const
{
    const qsizetype slash = subject.lastIndexOf(u'/');
    if (slash <= 0)
        return std::nullopt;
    return enumFromString<DecisionKind>(QStringView(subject).mid(slash + 1));
}

} // namespace gw
