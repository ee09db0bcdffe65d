#include "imagereference.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gw {

ImageReference ImageReference::parse(const QString& reference)
{
    QString text = reference.trimmed().toLower();
    const qsizetype digest = text.indexOf(u'@');
    if (digest >= 0)
        text.truncate(digest);
    QStringList parts = text.split(u'/');
    // A tag follows the last component's ':'; a ':' in the first of several components is a port.
    QString& last = parts.last();
    const qsizetype tag = last.indexOf(u':');
    if (tag >= 0)
        last.truncate(tag);
    // The first component is a registry when it looks like a host: a dot, a port or "localhost".
    if (parts.size() > 1) {
        const QString& first = parts.first();
        if (first.contains(u'.') || first.contains(u':') || first == u"localhost"_s)
            parts.removeFirst();
    }
    if (parts.size() > 1 && parts.first() == u"library"_s)
        parts.removeFirst();
    ImageReference out;
    for (const QString& part : std::as_const(parts)) {
        if (part.isEmpty())
            return {};
    }
    out.repository = parts.join(u'/');
    return out;
}

bool ImageReference::isPattern(const QString& pattern)
{
    if (pattern.isEmpty() || pattern.startsWith(u'/') || pattern.endsWith(u'/'))
        return false;
    for (const QChar c : pattern) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-' || c == u'/' ||
                             c == u'*';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace gw
