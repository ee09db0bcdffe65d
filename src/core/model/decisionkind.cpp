#include "decisionkind.h"

#include <QMutex>
#include <QSet>

#include <memory>

namespace gw {

DecisionKind DecisionKind::fromId(QStringView id)
{
    if (id.isEmpty())
        return {};
    for (const QChar c : id) {
        if (c.unicode() > 0xff)
            return {};
    }
    // Every spelling ever seen is kept, once: the kinds of one process are few (the packs' limits bound
    // them), and a kind can then be copied as freely as the constants.
    static QMutex mutex;
    static QSet<QByteArray>* interned = new QSet<QByteArray>; // never freed: kinds outlive static teardown
    const QByteArray latin1 = id.toLatin1();
    const QMutexLocker lock(&mutex);
    auto it = interned->constFind(latin1);
    if (it == interned->constEnd())
        it = interned->insert(latin1);
    return DecisionKind(QLatin1StringView(it->constData(), it->size()));
}

} // namespace gw
