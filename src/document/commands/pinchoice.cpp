#include "pinchoice.h"

#include "../document.h"

#include <QCoreApplication>

namespace gw {

PinChoice::PinChoice(Document* document, const QString& subject, const QString& choice, const QString& reason,
                     DecisionStatus status)
    : ModelCommand(document, QCoreApplication::translate("PinChoice", "Pin %1 for %2").arg(choice, subject),
                   {})
{
    // Pinned where the user stands: the element the decision is about stays in view, and undo comes back
    // to it (a system decision's place is the system).
    const QString element = subject.section(u'/', 0, 0);
    const ElementRef about = m_after.findElement(element);
    m_focus = about.isValid() ? about : ElementRef{ElementRef::Section::System, -1};
    const Decision decision{subject, choice, status, reason};
    QList<Decision>& decisions = m_after.decisions;
    for (Decision& d : decisions) {
        if (d.subject == subject) {
            d = decision;
            return;
        }
    }
    decisions.append(decision);
}

} // namespace gw
