// Private to the import module: a count with its noun, as the import's and the merge's summaries say
// them ("1 edge", "16 edges").
#pragma once

#include <QString>

namespace gw {

inline QString counted(qsizetype n, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace gw
