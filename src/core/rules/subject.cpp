#include "subject.h"

#include "../model/model.h"

namespace gw {

const QString& Subject::systemId()
{
    static const QString id = QStringLiteral("system");
    return id;
}

QString Subject::id(const Model& m) const
{
    switch (kind) {
    case SubjectKind::Workload:
        return m.workloads[index].id;
    case SubjectKind::DataStore:
        return m.data[index].id;
    case SubjectKind::Channel:
        return m.channels[index].id;
    case SubjectKind::System:
        break;
    }
    return systemId();
}

QString Subject::name(const Model& m) const
{
    switch (kind) {
    case SubjectKind::Workload:
        return m.workloads[index].displayName();
    case SubjectKind::DataStore:
        return m.data[index].displayName();
    case SubjectKind::Channel:
        return m.channels[index].displayName();
    case SubjectKind::System:
        break;
    }
    return m.system.name;
}

ElementRef Subject::element() const
{
    switch (kind) {
    case SubjectKind::Workload:
        return {ElementRef::Section::Workload, index};
    case SubjectKind::DataStore:
        return {ElementRef::Section::DataStore, index};
    case SubjectKind::Channel:
        return {ElementRef::Section::Channel, index};
    case SubjectKind::System:
        break;
    }
    return {ElementRef::Section::System, -1};
}

} // namespace gw
