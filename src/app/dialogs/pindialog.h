// PinDialog: "Pin Cloud Run for api's compute": asks why, in as many lines as a decision record's
// rationale needs (the reason is kept with the decision and written into its record).
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace gw {

class PinDialog : public QDialog
{
    Q_OBJECT

public:
    // `candidate` and `decision` as people read them: "Cloud Run", "compute of api".
    PinDialog(const QString& candidate, const QString& decision, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit* m_reason;
};

} // namespace gw
