// Suggestion: "did you mean" hints for misspelt keys and values, spelled one way in every message.
#pragma once

#include <QStringList>

namespace gw {

// The closest of `candidates` to `word` when it is close enough to be a likely typo, else empty.
QString closestMatch(const QString& word, const QStringList& candidates);

// " (did you mean 'hint'?)", to append to a message; empty when `hint` is empty.
QString didYouMean(const QString& hint);
// The same for the closest of `candidates` to `word`; empty when none is close.
QString didYouMean(const QString& word, const QStringList& candidates);

} // namespace gw
