#include "pinchoice.h"

#include "../document.h"

#include <QCoreApplication>

namespace gw {

PinChoice::PinChoice(Document* document, const QString& subject, const QString& choice, const QString& reason,
                     DecisionStatus status)
    : ModelCommand(document, QCoreApplication::translate("PinChoice", "Pin %1 for %2").arg(choice, subject),
                   {})
{
    const Decision decision{subject, choice, status, reason};
    QList<Decision>& decisions = m_after.decisions;
    for (int i = 0; i < decisions.size(); ++i) {
        if (decisions[i].subject == subject) {
            decisions[i] = decision;
            m_focus = {ElementRef::Section::Decision, i};
            return;
        }
    }
    decisions.append(decision);
    m_focus = {ElementRef::Section::Decision, static_cast<int>(decisions.size()) - 1};
}

} // namespace gw
