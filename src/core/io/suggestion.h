// Suggestion: "did you mean" hints for misspelt keys and values.
#pragma once

#include <QStringList>

namespace gw {

// The closest of `candidates` to `word` when it is close enough to be a likely typo, else empty.
QString closestMatch(const QString& word, const QStringList& candidates);

} // namespace gw
