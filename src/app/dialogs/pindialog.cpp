#include "pindialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

PinDialog::PinDialog(const QString& candidate, const QString& decision, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("Pin %1").arg(candidate));
    auto* question = new QLabel(
        tr("Why <b>%1</b> for the %2? The reason is kept with the decision and becomes the rationale of its "
           "decision record.")
            .arg(candidate.toHtmlEscaped(), decision.toHtmlEscaped()));
    question->setWordWrap(true);
    question->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("e.g. The team runs Go services in production already; the latency "
                                    "target rules out cold starts."));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pin"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    resize(520, 260);
}

QString PinDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace gw
