#include "fittinglabel.h"

namespace gw {

FittingLabel::FittingLabel(QWidget* parent) : QLabel(parent)
{
    // Its width is what the layout gives it; the texts adapt, the window does not widen for them.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void FittingLabel::setTexts(const QStringList& texts)
{
    m_texts = texts;
    setToolTip(fullText());
    fit();
}

void FittingLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittingLabel::fit()
{
    const int room = contentsRect().width() - 2 * margin();
    for (const QString& text : m_texts) {
        if (fontMetrics().horizontalAdvance(text) <= room || &text == &m_texts.constLast()) {
            if (QLabel::text() != text)
                QLabel::setText(text);
            return;
        }
    }
    QLabel::clear();
}

} // namespace gw
