#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace gw {

void WheelGuard::install(QWidget* field)
{
    // Wheel focus would let the scroll itself give the field focus, and then change it.
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            event->ignore(); // passed on to the scroll area around the form
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gw
