// RowTable: a small table for a list field (a workload's dependencies, a team's skills) whose cells
// are live widgets, one row per entry and a remove button at the end of each. It is as tall as its
// rows, since the form around it scrolls, and keeps the Tab order and the focused cell when its rows
// are replaced.
#pragma once

#include <QObject>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace gw {

class RowTable : public QObject
{
    Q_OBJECT

public:
    // `headers` name the columns of cell widgets; a narrow column for the remove buttons follows.
    // `removeToolTip` explains the remove button ("Remove this dependency").
    RowTable(QTableWidget* table, const QStringList& headers, const QString& removeToolTip);

    // Replaces every row; the cell that had focus (or the one at `focusRow`, column 0) gets it back.
    void setRows(const QList<QList<QWidget*>>& rows, int focusRow = -1);
    int rowCount() const;
    QWidget* cell(int row, int column) const;

    // Tab goes from `before` through every cell, row by row, to `after`.
    void setTabNeighbours(QWidget* before, QWidget* after);

Q_SIGNALS:
    void removeClicked(int row);

private:
    void fitHeight();
    void chainTabOrder();

    QTableWidget* m_table;
    int m_columns;
    QString m_removeToolTip;
    QWidget* m_before = nullptr;
    QWidget* m_after = nullptr;
};

} // namespace gw
