#include "revertonescape.h"

#include <QKeyEvent>
#include <QWidget>

namespace gw {

RevertOnEscape::RevertOnEscape(QWidget* field, std::function<void()> revert)
    : QObject(field), m_revert(std::move(revert))
{
    field->installEventFilter(this);
}

void RevertOnEscape::install(QWidget* field, std::function<void()> revert)
{
    new RevertOnEscape(field, std::move(revert));
}

bool RevertOnEscape::eventFilter(QObject* watched, QEvent* event)
{
    // A shortcut override first: the window's own Escape (closing a dock, a dialog) must not take it.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_revert();
            return event->type() == QEvent::KeyPress;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gw
