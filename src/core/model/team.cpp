#include "team.h"

namespace gw {

int Team::skillIn(const QString& language) const
{
    for (const Skill& s : skills) {
        if (s.language == language)
            return s.level;
    }
    return 0;
}

const QStringList& knownLanguages()
{
    static const QStringList languages{
        QStringLiteral("go"),         QStringLiteral("java"),   QStringLiteral("kotlin"),
        QStringLiteral("csharp"),     QStringLiteral("python"), QStringLiteral("typescript"),
        QStringLiteral("javascript"), QStringLiteral("rust"),   QStringLiteral("cpp"),
        QStringLiteral("elixir"),     QStringLiteral("ruby"),   QStringLiteral("php"),
        QStringLiteral("scala")};
    return languages;
}

} // namespace gw
