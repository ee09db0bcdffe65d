#include "environmenthosts.h"

#include "importmapping.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

bool isHostName(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (const QChar c : text) {
        const bool allowed = c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
        if (!allowed || c.unicode() > 127)
            return false;
    }
    return text.front().isLetterOrNumber();
}

bool isPort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// "host", "host:port" or "[v6]:port" without anything around it: the host, or empty.
QString hostOf(QStringView authority, bool bareAllowed)
{
    // Credentials end at the last '@' ("user:p@ss@host" keeps "host").
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    if (authority.startsWith(u'['))
        return {}; // an IP address names no service
    const qsizetype colon = authority.indexOf(u':');
    if (colon >= 0) {
        if (!isPort(authority.mid(colon + 1)))
            return {};
        authority = authority.left(colon);
    } else if (!bareAllowed) {
        return {};
    }
    return isHostName(authority) ? authority.toString().toLower() : QString();
}

} // namespace

QStringList hostsNamedBy(const QString& variable, const QString& value, const ImportMapping& mapping)
{
    QStringList out;
    const bool bareAllowed = mapping.namesHost(variable);
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    for (const QString& item : value.split(separators, Qt::SkipEmptyParts)) {
        QStringView rest(item);
        bool url = false;
        const qsizetype scheme = rest.indexOf(u"://");
        if (scheme > 0) {
            rest = rest.mid(scheme + 3);
            url = true;
        }
        // The authority ends where a path, a query or a fragment starts.
        qsizetype end = rest.size();
        for (const QChar stop : {u'/', u'?', u'#'}) {
            const qsizetype at = rest.indexOf(stop);
            if (at >= 0 && at < end)
                end = at;
        }
        const bool hadPath = end < rest.size();
        rest = rest.left(end);
        const QString host = hostOf(rest, url || bareAllowed || (hadPath && rest.contains(u':')));
        if (!host.isEmpty() && !out.contains(host))
            out.append(host);
    }
    return out;
}

} // namespace gw
