#include "findingspanel.h"

#include "elementitem.h"
#include "sourcelink.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace gw {

namespace {

constexpr int kFindingRole = elementitem::kFirstFreeRole; // the finding's place in m_findings

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
    : QWidget(parent), m_severity(new QComboBox), m_scope(new QComboBox), m_list(new QTreeWidget),
      m_detail(new QTextBrowser)
{
    m_severity->addItem(tr("All severities"), 3);
    m_severity->addItem(tr("High"), 1);
    m_severity->addItem(tr("High and medium"), 2);
    m_scope->addItem(tr("All elements"));
    m_scope->addItem(tr("Selected element"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_scope->setAccessibleName(tr("Element filter"));

    // The recommendation reads in the detail area: the finding's own column gets the width.
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Severity"), tr("Element"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Findings"));
    // Two rows at least: the dock area below the work area is short on a 720-pixel screen.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    // Severity and element are sized by refill(): ResizeToContents would measure every row again on each
    // change of the list, which on a large model was a seventh of a priority move.
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    // The list's rows are one line each, so that a short dock still shows several; the selected finding
    // reads in full beside it, with the rule that raised it and its source.
    m_detail->setOpenExternalLinks(true);
    m_detail->setAccessibleName(tr("Selected finding"));
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMinimumHeight(m_list->minimumHeight()); // no taller than the list asks
    auto* split = new QSplitter;
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:")));
    filters->addWidget(m_severity);
    filters->addWidget(m_scope);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPanel::refill);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindingsPanel::refill);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT findingActivated(elementitem::of(item)); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &FindingsPanel::showDetail);
    refill(); // so that showFindings may skip a list it already shows, the empty one included
}

void FindingsPanel::showDetail(QTreeWidgetItem* item)
{
    const int i = item ? item->data(0, kFindingRole).toInt() : -1;
    if (i < 0 || i >= m_findings.size()) {
        m_detail->clear();
        m_detailHtml.clear();
        return;
    }
    const Finding& f = m_findings[i];
    // What and where first, then what to do, then where the rule comes from.
    QString html = tr("<p><b>%1</b> &middot; %2 &middot; rule <code>%3</code></p><p>%4</p>")
                       .arg(severityTitle(f.severity).toHtmlEscaped(), f.subject.toHtmlEscaped(),
                            f.rule.toHtmlEscaped(), f.message.toHtmlEscaped());
    if (!f.recommendation.isEmpty())
        html += tr("<p><b>Recommendation:</b> %1</p>").arg(f.recommendation.toHtmlEscaped());
    if (!f.source.isEmpty())
        html += tr("<p>Source: %1</p>").arg(sourceLinkHtml(f.source));
    if (html != m_detailHtml) { // the same finding after an edit: its text and scroll position stay
        m_detailHtml = html;
        m_detail->setHtml(html);
    }
}

void FindingsPanel::showFindings(const QList<Finding>& findings)
{
    if (findings == m_findings)
        return; // most slider moves: thousands of rows would be rebuilt to show the same
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
    // The finding read before an edit stays selected when the edit keeps it.
    const QTreeWidgetItem* current = m_list->currentItem();
    const QString kept = current ? current->text(1) + u'\n' + current->toolTip(2) : QString();
    // Built anew, not rewritten row by row: a changed row is laid out again at once (its text wraps),
    // while a new list is laid out once.
    m_list->clear();
    QTreeWidgetItem* select = nullptr;
    const int worst = m_severity->currentData().toInt();
    const bool onlySelected = m_scope->currentIndex() == 1;
    // Made on first use: a style's icon costs milliseconds, and most refills of an empty list need none.
    constexpr QStyle::StandardPixmap kIcons[] = {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning,
                                                 QStyle::SP_MessageBoxInformation};
    QIcon icons[std::size(kIcons)];
    const QFontMetrics metrics = m_list->fontMetrics();
    if (m_widthsFont != m_list->font() || m_widths.size() > 10'000) { // another font, or many models on
        m_widths.clear();
        m_widthsFont = m_list->font();
    }
    int severityWidth = 0;
    for (const FindingSeverity s : {FindingSeverity::High, FindingSeverity::Medium, FindingSeverity::Low})
        severityWidth = std::max(severityWidth, metrics.horizontalAdvance(severityTitle(s)));
    int elementWidth = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings[i];
        const int severity = static_cast<int>(f.severity);
        if (severity >= worst || (onlySelected && f.subject != m_selectedSubject))
            continue;
        auto* item = new QTreeWidgetItem(m_list, {severityTitle(f.severity), f.subject, f.message});
        auto width = m_widths.constFind(f.subject);
        if (width == m_widths.cend())
            width = m_widths.insert(f.subject, metrics.horizontalAdvance(f.subject));
        elementWidth = std::max(elementWidth, *width);
        if (icons[severity].isNull())
            icons[severity] = style()->standardIcon(kIcons[severity]);
        item->setIcon(0, icons[severity]);
        elementitem::set(item, f.element);
        item->setData(0, kFindingRole, i);
        item->setToolTip(2, QStringLiteral("%1\n\n%2: %3").arg(f.message, f.rule, f.source));
        if (!select && !kept.isEmpty() && item->text(1) + u'\n' + item->toolTip(2) == kept)
            select = item;
    }
    // As an item delegate measures a cell: the text, a margin either side, and the icon with its gap.
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1);
    const int icon = m_list->iconSize().isValid()
                         ? m_list->iconSize().width()
                         : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_list);
    QHeaderView* header = m_list->header();
    header->resizeSection(0, std::max(header->sectionSizeHint(0), severityWidth + icon + 2 * margin));
    header->resizeSection(1, std::max(header->sectionSizeHint(1), elementWidth + margin));
    m_detail->setPlaceholderText(m_list->topLevelItemCount() == 0
                                     ? tr("Nothing to show.")
                                     : tr("Select a finding to read it in full."));
    // Otherwise the first finding reads in full at once, rather than an empty area.
    m_list->setCurrentItem(select ? select : m_list->topLevelItem(0));
    showDetail(m_list->currentItem());
}

} // namespace gw
