#include "addelement.h"

#include "../document.h"

#include "core/model/modeledits.h"
#include <QCoreApplication>

namespace gw {

namespace {

using S = ElementRef::Section;

QString sectionNoun(S section)
{
    switch (section) {
    case S::Workload:
        return QCoreApplication::translate("AddElement", "workload");
    case S::DataStore:
        return QCoreApplication::translate("AddElement", "data store");
    case S::Channel:
        return QCoreApplication::translate("AddElement", "channel");
    case S::Environment:
        return QCoreApplication::translate("AddElement", "environment");
    case S::Decision:
        return QCoreApplication::translate("AddElement", "decision");
    default:
        return {};
    }
}

} // namespace

AddElement::AddElement(Document* document, ElementRef::Section section)
    : ModelCommand(document, QCoreApplication::translate("AddElement", "Add %1").arg(sectionNoun(section)),
                   {})
{
    Model& m = m_after;
    switch (section) {
    case S::Workload: {
        Workload w;
        w.id = edits::uniqueId(m, QStringLiteral("new-workload"));
        m.workloads.append(w);
        m_focus = {section, static_cast<int>(m.workloads.size()) - 1};
        break;
    }
    case S::DataStore: {
        DataStore d;
        d.id = edits::uniqueId(m, QStringLiteral("new-data"));
        m.data.append(d);
        m_focus = {section, static_cast<int>(m.data.size()) - 1};
        break;
    }
    case S::Channel: {
        Channel c;
        c.id = edits::uniqueId(m, QStringLiteral("new-channel"));
        m.channels.append(c);
        m_focus = {section, static_cast<int>(m.channels.size()) - 1};
        break;
    }
    case S::Environment:
        m.environments.append(
            Environment{QStringLiteral("environment-%1").arg(m.environments.size() + 1), {}, {}, {}});
        m_focus = {section, static_cast<int>(m.environments.size()) - 1};
        break;
    case S::Decision:
        m.decisions.append(
            Decision{QStringLiteral("system/architecture-style"), {}, DecisionStatus::Proposed, {}});
        m_focus = {section, static_cast<int>(m.decisions.size()) - 1};
        break;
    default:
        break;
    }
}

RemoveElement::RemoveElement(Document* document, const ElementRef& element)
    : ModelCommand(
          document,
          QCoreApplication::translate("RemoveElement", "Remove %1").arg(document->model().describe(element)),
          {})
{
    edits::removeElement(m_after, element);
}

} // namespace gw
