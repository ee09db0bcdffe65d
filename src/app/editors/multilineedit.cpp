#include "multilineedit.h"

#include <QKeyEvent>

namespace gw {

namespace {

constexpr int kLines = 3;

} // namespace

MultiLineEdit::MultiLineEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void MultiLineEdit::setText(const QString& text)
{
    setPlainText(text);
    document()->setModified(false);
}

QSize MultiLineEdit::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int height = fontMetrics().lineSpacing() * kLines +
                       2 * static_cast<int>(document()->documentMargin()) + margins.top() + margins.bottom();
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize MultiLineEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

void MultiLineEdit::finish()
{
    if (!document()->isModified())
        return;
    document()->setModified(false);
    Q_EMIT editingFinished();
}

void MultiLineEdit::focusOutEvent(QFocusEvent* event)
{
    finish();
    QPlainTextEdit::focusOutEvent(event);
}

// Ctrl+Enter commits without leaving the field, as Enter does in a line edit.
void MultiLineEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ControlModifier)) {
        finish();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace gw
