#include "sensitivitypanel.h"

#include "prioritiespanel.h"

#include <QHeaderView>

#include <algorithm>

namespace gw {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

// The smallest priority change that flips the pick, in steps; unflippable decisions sort last.
int closestFlip(const DecisionResult& d)
{
    int best = 100;
    for (const SensitivityFlip& f : d.sensitivity.flips)
        best = std::min(best, std::abs(f.to - f.from));
    return best;
}

} // namespace

SensitivityPanel::SensitivityPanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(5);
    setHeaderLabels({tr("Subject"), tr("Decision"), tr("Top pick"), tr("Margin"), tr("Stability")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAccessibleName(tr("Sensitivity of every decision"));
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT decisionActivated({static_cast<ElementRef::Section>(item->data(0, kSectionRole).toInt()),
                                  item->data(0, kIndexRole).toInt()});
    });
}

void SensitivityPanel::showRecommendations(const Recommendations& recommendations)
{
    QList<const DecisionResult*> ordered;
    for (const DecisionResult& d : recommendations.decisions)
        ordered.append(&d);
    std::stable_sort(ordered.begin(), ordered.end(), [](const DecisionResult* a, const DecisionResult* b) {
        return closestFlip(*a) < closestFlip(*b);
    });
    clear();
    for (const DecisionResult* d : std::as_const(ordered)) {
        const QString margin = d->marginTenths ? QString::number(*d->marginTenths / 10.0, 'f', 1) : QString();
        QString stability = d->sensitivity.summary;
        if (!d->sensitivity.loadSummary.isEmpty())
            stability += QStringLiteral("; ") + d->sensitivity.loadSummary;
        if (!d->top.isValid())
            stability = tr("every candidate is excluded");
        auto* item =
            new QTreeWidgetItem(this, {d->subject, enumName(d->kind), d->top.label, margin, stability});
        item->setData(0, kSectionRole, static_cast<int>(d->element.section));
        item->setData(0, kIndexRole, d->element.index);
        item->setToolTip(4, stability);
        if (!d->sensitivity.stable) {
            QFont font = item->font(4);
            font.setBold(closestFlip(*d) <= 1);
            item->setFont(4, font);
        }
    }
}

} // namespace gw
