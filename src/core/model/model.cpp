#include "model.h"

namespace gw {

namespace {

template<typename T> int indexOfId(const QList<T>& list, const QString& id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace

ElementRef Model::findElement(const QString& id) const
{
    using S = ElementRef::Section;
    if (id.isEmpty())
        return {};
    if (int i = indexOfId(workloads, id); i >= 0)
        return {S::Workload, i};
    if (int i = indexOfId(data, id); i >= 0)
        return {S::DataStore, i};
    if (int i = indexOfId(channels, id); i >= 0)
        return {S::Channel, i};
    return {};
}

QString Model::elementId(const ElementRef& ref) const
{
    using S = ElementRef::Section;
    switch (ref.section) {
    case S::Workload:
        return ref.index >= 0 && ref.index < workloads.size() ? workloads[ref.index].id : QString();
    case S::DataStore:
        return ref.index >= 0 && ref.index < data.size() ? data[ref.index].id : QString();
    case S::Channel:
        return ref.index >= 0 && ref.index < channels.size() ? channels[ref.index].id : QString();
    default:
        return {};
    }
}

QString Model::describe(const ElementRef& ref) const
{
    using S = ElementRef::Section;
    const auto numbered = [&](const QString& what, const QString& name) {
        if (name.isEmpty())
            return QString(what + QStringLiteral(" #") + QString::number(ref.index + 1));
        return QString(what + u' ' + name);
    };
    switch (ref.section) {
    case S::None:
        return {};
    case S::System:
        return QStringLiteral("system");
    case S::Priorities:
        return QStringLiteral("priorities");
    case S::Team:
        return QStringLiteral("team");
    case S::Environment:
        return numbered(QStringLiteral("environment"),
                        ref.index < environments.size() ? environments[ref.index].name : QString());
    case S::Workload:
        return numbered(QStringLiteral("workload"), elementId(ref));
    case S::DataStore:
        return numbered(QStringLiteral("data store"), elementId(ref));
    case S::Channel:
        return numbered(QStringLiteral("channel"), elementId(ref));
    case S::Decision:
        return numbered(QStringLiteral("decision"),
                        ref.index < decisions.size() ? decisions[ref.index].subject : QString());
    }
    return {};
}

QString ElementRef::path() const
{
    const QString key = sectionKey(section);
    return key.isEmpty() || index < 0 ? key : key + u'[' + QString::number(index) + u']';
}

QString ElementRef::sectionKey(Section section)
{
    switch (section) {
    case Section::None:
        return {};
    case Section::System:
        return QStringLiteral("system");
    case Section::Priorities:
        return QStringLiteral("priorities");
    case Section::Team:
        return QStringLiteral("team");
    case Section::Environment:
        return QStringLiteral("environments");
    case Section::Workload:
        return QStringLiteral("workloads");
    case Section::DataStore:
        return QStringLiteral("data");
    case Section::Channel:
        return QStringLiteral("channels");
    case Section::Decision:
        return QStringLiteral("decisions");
    }
    return {};
}

} // namespace gw
