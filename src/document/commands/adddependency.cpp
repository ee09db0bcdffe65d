#include "adddependency.h"

#include "../document.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw {

namespace {

using S = ElementRef::Section;

} // namespace

QString AddDependency::refusal(const Model& model, const QString& from, const QString& to)
{
    const ElementRef source = model.findElement(from);
    if (source.section != S::Workload)
        return QCoreApplication::translate(
            "AddDependency", "Only a workload has dependencies: drag from a workload to what it uses.");
    const S target = model.findElement(to).section;
    if (target != S::Workload && target != S::DataStore && target != S::Channel)
        return QCoreApplication::translate("AddDependency",
                                           "Drop on the workload, data store or channel that %1 uses.")
            .arg(from);
    if (from == to)
        return QCoreApplication::translate("AddDependency", "A workload cannot depend on itself.");
    const QList<Use>& uses = model.workloads[source.index].uses;
    if (std::any_of(uses.begin(), uses.end(), [&to](const Use& u) { return u.to == to; }))
        return QCoreApplication::translate("AddDependency", "%1 already uses %2.").arg(from, to);
    return {};
}

AddDependency::AddDependency(Document* document, const QString& from, const QString& to)
    : ModelCommand(document, QCoreApplication::translate("AddDependency", "Connect %1 to %2").arg(from, to),
                   document->model().findElement(from))
{
    if (m_focus.section != S::Workload)
        return; // nothing to change: Document::push() drops an edit that changes nothing
    m_after.workloads[m_focus.index].uses.append(newUse(m_after, to));
}

Use AddDependency::newUse(const Model& model, const QString& to)
{
    Use use;
    use.to = to;
    if (model.findElement(to).section == S::Channel)
        use.mode = UseMode::Publish;
    return use;
}

} // namespace gw
