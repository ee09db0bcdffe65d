#include "modeledits.h"

namespace gw::edits {

namespace {

using S = ElementRef::Section;

bool validIndex(const Model& m, const ElementRef& ref)
{
    switch (ref.section) {
    case S::Environment:
        return ref.index >= 0 && ref.index < m.environments.size();
    case S::Workload:
        return ref.index >= 0 && ref.index < m.workloads.size();
    case S::DataStore:
        return ref.index >= 0 && ref.index < m.data.size();
    case S::Channel:
        return ref.index >= 0 && ref.index < m.channels.size();
    case S::Decision:
        return ref.index >= 0 && ref.index < m.decisions.size();
    default:
        return false;
    }
}

template<typename T> ElementRef appendCopy(QList<T>& list, int index, S section, const QString& newId)
{
    T copy = list[index];
    copy.id = newId;
    list.append(copy);
    return {section, static_cast<int>(list.size()) - 1};
}

} // namespace

QString uniqueId(const Model& model, const QString& base)
{
    const QString stem = base.isEmpty() ? QStringLiteral("element") : base;
    if (!model.findElement(stem).isValid())
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!model.findElement(candidate).isValid())
            return candidate;
    }
}

bool renameElement(Model& model, const ElementRef& ref, const QString& newId)
{
    const QString oldId = model.elementId(ref);
    if (oldId.isEmpty() || !validIndex(model, ref))
        return false;
    switch (ref.section) {
    case S::Workload:
        model.workloads[ref.index].id = newId;
        break;
    case S::DataStore:
        model.data[ref.index].id = newId;
        break;
    case S::Channel:
        model.channels[ref.index].id = newId;
        break;
    default:
        return false;
    }
    for (Workload& w : model.workloads) {
        for (Use& u : w.uses) {
            if (u.to == oldId)
                u.to = newId;
        }
    }
    for (Decision& d : model.decisions) {
        if (d.subjectElement() == oldId)
            d.subject = newId + d.subject.mid(oldId.size());
    }
    return true;
}

bool removeElement(Model& model, const ElementRef& ref)
{
    if (!validIndex(model, ref))
        return false;
    const QString id = model.elementId(ref);
    switch (ref.section) {
    case S::Environment:
        model.environments.removeAt(ref.index);
        return true;
    case S::Decision:
        model.decisions.removeAt(ref.index);
        return true;
    case S::Workload:
        model.workloads.removeAt(ref.index);
        break;
    case S::DataStore:
        model.data.removeAt(ref.index);
        break;
    case S::Channel:
        model.channels.removeAt(ref.index);
        break;
    default:
        return false;
    }
    if (id.isEmpty())
        return true;
    for (Workload& w : model.workloads)
        w.uses.removeIf([&](const Use& u) { return u.to == id; });
    model.decisions.removeIf([&](const Decision& d) { return d.subjectElement() == id; });
    return true;
}

ElementRef duplicateElement(Model& model, const ElementRef& ref)
{
    if (!validIndex(model, ref))
        return {};
    switch (ref.section) {
    case S::Workload:
        return appendCopy(model.workloads, ref.index, S::Workload,
                          uniqueId(model, model.workloads[ref.index].id + QStringLiteral("-copy")));
    case S::DataStore:
        return appendCopy(model.data, ref.index, S::DataStore,
                          uniqueId(model, model.data[ref.index].id + QStringLiteral("-copy")));
    case S::Channel:
        return appendCopy(model.channels, ref.index, S::Channel,
                          uniqueId(model, model.channels[ref.index].id + QStringLiteral("-copy")));
    case S::Environment: {
        Environment copy = model.environments[ref.index];
        copy.name += QStringLiteral("-copy");
        model.environments.append(copy);
        return {S::Environment, static_cast<int>(model.environments.size()) - 1};
    }
    default:
        return {};
    }
}

bool samePrioritiesAside(const Model& a, const Model& b)
{
    Model withPriorities = a;
    withPriorities.priorities = b.priorities;
    return withPriorities == b;
}

} // namespace gw::edits
