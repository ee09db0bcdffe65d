// WheelGuard: keeps the mouse wheel from changing a combo box or spin box that the user is only
// scrolling past (a long form in a scroll area); once the field has focus the wheel works as usual.
#pragma once

#include <QObject>

class QWidget;

namespace gw {

class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `field`; the guard belongs to the field.
    static void install(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace gw
