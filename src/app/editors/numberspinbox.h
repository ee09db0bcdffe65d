// NumberSpinBox: a number field that shows a number as a person writes it (500, 0.25, not 500.000),
// and for an optional field offers "Not set" at its minimum; clearing the text means "not set" too.
#pragma once

#include <QDoubleSpinBox>

#include <optional>

namespace gw {

class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    // An optional field: `lowest` is the smallest real value; the minimum becomes "Not set" (one step
    // below `lowest`, or `lowest` itself when the format wants values above it: exclusive).
    void setOptionalRange(double lowest, double highest, bool exclusive = false);
    bool isOptional() const { return m_optional; }

    std::optional<double> optionalValue() const;
    void setOptionalValue(std::optional<double> value);

    // As wide as a realistic value, not as the largest the range allows (1e12 would make every form
    // scroll sideways in a narrow dock).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;

private:
    bool m_optional = false;
    double m_lowest = 0; // the smallest value that is set
};

} // namespace gw
