#include "pickchangesbar.h"

#include "core/rules/catalog.h"
#include "core/rules/subject.h"
#include "decisionlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace gw {

namespace {

// How many changes the bar names before "and N more": it is one line of text above the advice.
constexpr int kNamed = 4;

QString candidateLabel(const Catalog& catalog, const QString& id)
{
    if (id.isEmpty())
        return PickChangesBar::tr("nothing");
    const Candidate* c = catalog.candidate(id);
    return c && !c->label.isEmpty() ? c->label : id;
}

} // namespace

PickChangesBar::PickChangesBar(QWidget* parent) : QFrame(parent), m_text(new QLabel), m_close(new QToolButton)
{
    setObjectName(QStringLiteral("pickChangesBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_text->setAccessibleName(tr("Picks changed"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the notice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_changes.clear();
        hide();
    });
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const int i = link.toInt(&ok);
        if (ok && i >= 0 && i < m_changes.size())
            Q_EMIT changeActivated(m_changes[i].element, m_changes[i].kind);
    });
    hide();
}

void PickChangesBar::showChanges(const QList<PickChange>& changes, const Catalog& catalog)
{
    m_changes = changes;
    if (changes.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    QStringList parts;
    for (int i = 0; i < changes.size() && i < kNamed; ++i) {
        const PickChange& c = changes[i];
        const QString where = c.subject == Subject::systemId() ? tr("the system") : c.subject;
        parts.append(tr("<a href=\"%1\">%2 of %3</a>: %4 &rarr; <b>%5</b>")
                         .arg(i)
                         .arg(decisionLabel(catalog.kinds(), c.kind).toHtmlEscaped(), where.toHtmlEscaped(),
                              candidateLabel(catalog, c.before).toHtmlEscaped(),
                              candidateLabel(catalog, c.after).toHtmlEscaped()));
    }
    QString text =
        (changes.size() == 1 ? tr("1 pick changed: ") : tr("%1 picks changed: ").arg(changes.size())) +
        parts.join(QStringLiteral("; "));
    if (changes.size() > kNamed)
        text += tr("; and %1 more").arg(changes.size() - kNamed);
    m_text->setText(text);
    show();
}

} // namespace gw
