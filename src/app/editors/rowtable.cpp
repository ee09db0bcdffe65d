#include "rowtable.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>

namespace gw {

RowTable::RowTable(QTableWidget* table, const QStringList& headers, const QString& removeToolTip)
    : QObject(table), m_table(table), m_columns(static_cast<int>(headers.size())),
      m_removeToolTip(removeToolTip)
{
    table->setColumnCount(m_columns + 1);
    table->setHorizontalHeaderLabels(QStringList(headers) << QString());
    table->verticalHeader()->hide();
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setFocusPolicy(Qt::NoFocus); // the cells' widgets take focus, not the table
    // Tab in a cell widget reaches the view, which would move its current cell instead of the focus
    // and wrap around at the last row; the focus chain set by chainTabOrder() decides instead.
    table->setTabKeyNavigation(false);
    table->setShowGrid(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView* header = table->horizontalHeader();
    header->setHighlightSections(false);
    // The first column names the entry and takes the room; the others are as wide as their choices.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(m_columns, QHeaderView::Fixed);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fitHeight();
}

int RowTable::rowCount() const
{
    return m_table->rowCount();
}

QWidget* RowTable::cell(int row, int column) const
{
    return m_table->cellWidget(row, column);
}

void RowTable::setRows(const QList<QList<QWidget*>>& rows, int focusRow)
{
    int focusColumn = 0;
    for (int r = 0; r < m_table->rowCount() && focusRow < 0; ++r) {
        for (int c = 0; c <= m_columns; ++c) {
            const QWidget* widget = m_table->cellWidget(r, c);
            if (widget && (widget->hasFocus() || widget->isAncestorOf(QApplication::focusWidget()))) {
                focusRow = r;
                focusColumn = c;
            }
        }
    }
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(rows.size()));
    int rowHeight = 0;
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns && c < rows[r].size(); ++c) {
            m_table->setCellWidget(r, c, rows[r][c]);
            rowHeight = std::max(rowHeight, rows[r][c]->sizeHint().height());
        }
        auto* remove = new QToolButton;
        remove->setIcon(m_table->style()->standardIcon(QStyle::SP_DialogCloseButton));
        remove->setAutoRaise(true);
        remove->setToolTip(m_removeToolTip);
        remove->setAccessibleName(m_removeToolTip);
        connect(remove, &QToolButton::clicked, this, [this, r] { Q_EMIT removeClicked(r); });
        m_table->setCellWidget(r, m_columns, remove);
    }
    if (rowHeight > 0)
        m_table->verticalHeader()->setDefaultSectionSize(rowHeight + 2);
    m_table->horizontalHeader()->resizeSection(m_columns, m_table->verticalHeader()->defaultSectionSize());
    fitHeight();
    chainTabOrder();
    if (focusRow >= 0 && m_table->rowCount() > 0) {
        QWidget* widget = m_table->cellWidget(std::min(focusRow, m_table->rowCount() - 1), focusColumn);
        if (widget)
            widget->setFocus(Qt::OtherFocusReason);
    }
}

void RowTable::setTabNeighbours(QWidget* before, QWidget* after)
{
    m_before = before;
    m_after = after;
    chainTabOrder();
}

// Cell widgets join the focus chain at its end when they are made; put them where the table is.
void RowTable::chainTabOrder()
{
    QWidget* previous = m_before;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c <= m_columns; ++c) {
            QWidget* widget = m_table->cellWidget(r, c);
            if (!widget)
                continue;
            if (previous)
                QWidget::setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous && m_after)
        QWidget::setTabOrder(previous, m_after);
}

void RowTable::fitHeight()
{
    const int rows = m_table->rowCount();
    int height = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height();
    for (int r = 0; r < rows; ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

} // namespace gw
