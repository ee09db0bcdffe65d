// RevertOnEscape: Escape in a form field puts back the value the model holds, as in a spreadsheet
// cell, instead of leaving a half-typed value (valid or not) in the form.
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace gw {

class RevertOnEscape : public QObject
{
    Q_OBJECT

public:
    // Calls `revert` when Escape is pressed in `field` (owned by the field).
    static void install(QWidget* field, std::function<void()> revert);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RevertOnEscape(QWidget* field, std::function<void()> revert);

    std::function<void()> m_revert;
};

} // namespace gw
