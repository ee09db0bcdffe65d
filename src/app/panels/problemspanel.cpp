#include "problemspanel.h"

#include "wrappedrows.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>

namespace gw {

ProblemsPanel::ProblemsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Line"), tr("File")});
    setRootIsDecorated(false);
    setAccessibleName(tr("Problems"));
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    wrapRows(this); // a message reads whole, however narrow the dock
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const int row = indexOfTopLevelItem(item);
        if (row >= 0 && row < m_diagnostics.size())
            Q_EMIT problemActivated(m_diagnostics[row]);
    });
    connect(this, &QTreeWidget::itemActivated, this, &QTreeWidget::itemClicked);
}

void ProblemsPanel::showDiagnostics(const Diagnostics& diagnostics)
{
    if (diagnostics.isSharedWith(m_diagnostics) && topLevelItemCount() == diagnostics.size())
        return; // the same list again (a priority move): the rows and the reader's place stay
    clear();
    m_diagnostics = diagnostics;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Diagnostic& d : diagnostics) {
        const QString line = d.location.isValid()
                                 ? QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column)
                                 : QString();
        auto* item = new QTreeWidgetItem(this, {d.message, line, QFileInfo(d.location.file).fileName()});
        item->setIcon(0, d.severity == Severity::Error ? errorIcon : warningIcon);
        item->setToolTip(0, d.toString());
    }
}

bool ProblemsPanel::activateAdjacent(int step)
{
    const int count = topLevelItemCount();
    if (count == 0)
        return false;
    const int current = indexOfTopLevelItem(currentItem());
    // From no selection, the first problem forward and the last one backward; past an end, the other.
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : ((current + step) % count + count) % count;
    QTreeWidgetItem* item = topLevelItem(next);
    setCurrentItem(item);
    scrollToItem(item);
    if (next < m_diagnostics.size())
        Q_EMIT problemActivated(m_diagnostics[next]);
    return true;
}

} // namespace gw
