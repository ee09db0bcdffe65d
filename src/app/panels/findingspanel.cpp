#include "findingspanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

QString severityTitle(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::High:
        return FindingsPanel::tr("High");
    case FindingSeverity::Medium:
        return FindingsPanel::tr("Medium");
    case FindingSeverity::Low:
        return FindingsPanel::tr("Low");
    }
    return {};
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent)
    : QWidget(parent), m_severity(new QComboBox), m_scope(new QComboBox), m_list(new QTreeWidget)
{
    m_severity->addItem(tr("All severities"), 3);
    m_severity->addItem(tr("High"), 1);
    m_severity->addItem(tr("High and medium"), 2);
    m_scope->addItem(tr("All elements"));
    m_scope->addItem(tr("Selected element"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_scope->setAccessibleName(tr("Element filter"));

    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Severity"), tr("Element"), tr("Finding"), tr("Recommendation")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Findings"));
    // Two rows at least: the dock area below the work area is short on a 720-pixel screen.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_severity);
    filters->addWidget(m_scope);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPanel::refill);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsPanel::refill);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT findingActivated({static_cast<ElementRef::Section>(item->data(0, kSectionRole).toInt()),
                                 item->data(0, kIndexRole).toInt()});
    });
}

void FindingsPanel::showFindings(const QList<Finding>& findings)
{
    m_findings = findings;
    refill();
}

void FindingsPanel::setSelectedSubject(const QString& subject)
{
    m_selectedSubject = subject;
    if (m_scope->currentIndex() == 1)
        refill();
}

void FindingsPanel::refill()
{
    m_list->clear();
    const int worst = m_severity->currentData().toInt();
    const bool onlySelected = m_scope->currentIndex() == 1;
    const QIcon icons[] = {style()->standardIcon(QStyle::SP_MessageBoxCritical),
                           style()->standardIcon(QStyle::SP_MessageBoxWarning),
                           style()->standardIcon(QStyle::SP_MessageBoxInformation)};
    for (const Finding& f : m_findings) {
        const int severity = static_cast<int>(f.severity);
        if (severity >= worst || (onlySelected && f.subject != m_selectedSubject))
            continue;
        auto* item =
            new QTreeWidgetItem(m_list, {severityTitle(f.severity), f.subject, f.message, f.recommendation});
        item->setIcon(0, icons[severity]);
        item->setData(0, kSectionRole, static_cast<int>(f.element.section));
        item->setData(0, kIndexRole, f.element.index);
        item->setToolTip(2, QStringLiteral("%1\n\n%2: %3").arg(f.message, f.rule, f.source));
        item->setToolTip(3, f.recommendation);
    }
}

} // namespace gw
