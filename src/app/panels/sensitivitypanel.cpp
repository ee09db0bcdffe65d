#include "sensitivitypanel.h"

#include "decisionlabel.h"
#include "elementitem.h"
#include "prioritiespanel.h"
#include "wrappedrows.h"

#include "core/rules/catalog.h"

#include <QCheckBox>
#include <QHash>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gw {

namespace {

constexpr int kSubjectRole = elementitem::kFirstFreeRole;
constexpr int kSentenceColumn = 3; // it starts with the top pick, which needs no column of its own

// The smallest priority change that flips the pick, in steps; unflippable decisions sort last.
int closestFlip(const DecisionResult& d)
{
    int best = 100;
    for (const SensitivityFlip& f : d.sensitivity().flips)
        best = std::min(best, std::abs(f.to - f.from));
    return best;
}

QString labelOf(const Recommendations& r, const QString& candidate)
{
    const Candidate* known = r.catalog ? r.catalog->candidate(candidate) : nullptr;
    return known && !known->label.isEmpty() ? known->label : candidate;
}

} // namespace

SensitivityPanel::SensitivityPanel(QWidget* parent)
    : QWidget(parent), m_onlySelected(new QCheckBox(tr("Only the selected element"))), m_list(new QTreeWidget)
{
    m_onlySelected->setChecked(true);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Element"), tr("Decision"), tr("Margin"), tr("Stability")});
    m_list->setRootIsDecorated(false);
    wrapRows(m_list); // the sentence is the point of the tab: never cut, never only a tooltip
    m_list->setAccessibleName(tr("Sensitivity of every decision"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(kSentenceColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_onlySelected);
    layout->addWidget(m_list, 1);
    connect(m_onlySelected, &QCheckBox::toggled, this, &SensitivityPanel::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT decisionActivated(elementitem::of(item)); });
}

QString SensitivityPanel::sentence(const DecisionResult& d, const Recommendations& r)
{
    if (!d.top.isValid())
        return tr("Every candidate is excluded.");
    QString text;
    if (d.sensitivity().stable || d.sensitivity().flips.isEmpty()) {
        text = tr("%1 stays first whatever one priority does.").arg(d.top.label);
    } else {
        // One clause for each candidate that would take over, naming it once.
        QStringList next;
        QHash<QString, QStringList> conditions;
        for (const SensitivityFlip& f : d.sensitivity().flips) {
            if (!next.contains(f.newTop))
                next.append(f.newTop);
            conditions[f.newTop] << (f.to > f.from ? tr("%1 rises to %2") : tr("%1 drops to %2"))
                                        .arg(qualityTitle(f.quality).toLower())
                                        .arg(f.to);
        }
        QStringList unless;
        for (const QString& candidate : std::as_const(next)) {
            const QStringList& when = conditions[candidate];
            const QString joined = when.size() < 2 ? when.join(QString())
                                                   : when.mid(0, when.size() - 1).join(QStringLiteral(", ")) +
                                                         tr(" or ") + when.back();
            unless << tr("%1 (then %2)").arg(joined, labelOf(r, candidate));
        }
        text = tr("%1 stays first unless %2.").arg(d.top.label, unless.join(tr("; or ")));
    }
    if (!d.sensitivity().loadSummary.isEmpty())
        text += u' ' + d.sensitivity().loadSummary;
    return text;
}

void SensitivityPanel::showRecommendations(const Recommendations& recommendations, const QString& subject)
{
    m_subject = subject;
    QList<const DecisionResult*> ordered;
    for (const DecisionResult& d : recommendations.decisions)
        ordered.append(&d);
    std::stable_sort(ordered.begin(), ordered.end(), [](const DecisionResult* a, const DecisionResult* b) {
        return closestFlip(*a) < closestFlip(*b);
    });
    const DecisionKinds kinds =
        recommendations.catalog ? recommendations.catalog->kinds() : DecisionKinds::known();
    m_list->clear();
    for (const DecisionResult* d : std::as_const(ordered)) {
        const QString margin = d->marginTenths ? QString::number(*d->marginTenths / 10.0, 'f', 1) : QString();
        auto* item = new QTreeWidgetItem(
            m_list, {d->subject, decisionLabel(kinds, d->kind), margin, sentence(*d, recommendations)});
        elementitem::set(item, d->element);
        item->setData(0, kSubjectRole, d->subject);
        item->setToolTip(1, enumName(d->kind));
        if (!d->sensitivity().stable) {
            QFont font = item->font(kSentenceColumn);
            font.setBold(closestFlip(*d) <= 1);
            item->setFont(kSentenceColumn, font);
        }
    }
    applyFilter();
}

void SensitivityPanel::applyFilter()
{
    bool any = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        any = any || m_list->topLevelItem(i)->data(0, kSubjectRole).toString() == m_subject;
    // An element no decision is made for shows every decision rather than an empty list.
    const bool filter = m_onlySelected->isChecked() && any;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setHidden(filter && item->data(0, kSubjectRole).toString() != m_subject);
    }
}

} // namespace gw
