#include "suggestion.h"

#include <algorithm>
#include <vector>

namespace gw {

namespace {

int editDistance(const QString& a, const QString& b)
{
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[static_cast<std::size_t>(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[static_cast<std::size_t>(j)] =
                std::min({above + 1, row[static_cast<std::size_t>(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

} // namespace

QString closestMatch(const QString& word, const QStringList& candidates)
{
    if (word.size() > 64)
        return {};
    QString best;
    int bestDistance = 0;
    for (const QString& c : candidates) {
        const int d = editDistance(word, c);
        if (best.isEmpty() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    // One typo in a short word, up to a third of a longer one; also "peak-rps" for "peak_rps".
    const int allowed = std::max<int>(1, static_cast<int>(std::min(word.size(), best.size()) / 3));
    return bestDistance <= allowed ? best : QString();
}

} // namespace gw

namespace gw {

QString didYouMean(const QString& hint)
{
    return hint.isEmpty() ? QString() : QStringLiteral(" (did you mean '%1'?)").arg(hint);
}

QString didYouMean(const QString& word, const QStringList& candidates)
{
    return didYouMean(closestMatch(word, candidates));
}

} // namespace gw
