// MultiLineEdit: a few lines of plain text (a description, a reason) that, like a line edit, reports
// editingFinished when the user leaves it after a change; Tab moves on instead of typing a tab.
#pragma once

#include <QPlainTextEdit>

namespace gw {

class MultiLineEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MultiLineEdit(QWidget* parent = nullptr);

    // Replaces the text without counting it as the user's change.
    void setText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void finish();
};

} // namespace gw
