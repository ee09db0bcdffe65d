#include "decision.h"

namespace gw {

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
    const DecisionKind kind = DecisionKind::fromId(QStringView(subject).mid(slash + 1));
    return kind.isValid() ? std::optional(kind) : std::nullopt;
}

} // namespace gw
