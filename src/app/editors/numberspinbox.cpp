#include "numberspinbox.h"

#include <algorithm>
#include <cmath>

namespace gw {

NumberSpinBox::NumberSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setDecimals(3);
    setRange(0, 1e12);
    // A value arrives when the user is done (Enter, focus out, arrows), not at every digit typed:
    // each value is one undo step.
    setKeyboardTracking(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

void NumberSpinBox::setOptionalRange(double lowest, double highest, bool exclusive)
{
    m_optional = true;
    m_lowest = exclusive ? lowest + std::pow(10.0, -decimals()) : lowest;
    setRange(exclusive ? lowest : lowest - 1, highest);
    setSpecialValueText(tr("Not set"));
}

std::optional<double> NumberSpinBox::optionalValue() const
{
    if (m_optional && value() < m_lowest)
        return std::nullopt;
    return value();
}

void NumberSpinBox::setOptionalValue(std::optional<double> value)
{
    setValue(value ? *value : minimum());
}

QSize NumberSpinBox::sizeHint() const
{
    QSize hint = QDoubleSpinBox::sizeHint();
    const int wide = fontMetrics().horizontalAdvance(QStringLiteral("0000000.00"));
    const int buttons = hint.width() - fontMetrics().horizontalAdvance(textFromValue(maximum()));
    hint.setWidth(std::min(hint.width(), wide + std::max(buttons, 0)));
    return hint;
}

QSize NumberSpinBox::minimumSizeHint() const
{
    QSize hint = QDoubleSpinBox::minimumSizeHint();
    hint.setWidth(std::min(hint.width(), sizeHint().width()));
    return hint;
}

QString NumberSpinBox::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

double NumberSpinBox::valueFromText(const QString& text) const
{
    if (m_optional && text.trimmed().isEmpty())
        return minimum();
    return QDoubleSpinBox::valueFromText(text);
}

QValidator::State NumberSpinBox::validate(QString& text, int& pos) const
{
    if (m_optional && text.trimmed().isEmpty())
        return QValidator::Acceptable;
    const QValidator::State state = QDoubleSpinBox::validate(text, pos);
    // Between "not set" and the lowest real value (-0.5 for a field that starts at 0) is no value.
    if (state == QValidator::Acceptable && m_optional && text != specialValueText()) {
        const double v = QDoubleSpinBox::valueFromText(text);
        if (v > minimum() && v < m_lowest)
            return QValidator::Intermediate;
    }
    return state;
}

} // namespace gw
