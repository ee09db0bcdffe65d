// RevisionMergeDialog: settles a save that someone else's save overtook, field by field. It lists each value
// both sides changed differently (the entry, the field, the value both started from, theirs and yours)
// with a choice of which to keep, yours to begin with; what only one side changed merges by itself and
// is counted above the list. An entry one side removed and the other changed is one row.
#pragma once

#include "core/diff/revisionmerge.h"

#include <QDialog>

class QComboBox;
class QTreeWidget;

namespace gw {

class RevisionMergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `theirs` names the other side ("revision 4, saved by alice").
    RevisionMergeDialog(const RevisionMerge& merge, const QString& theirs, QWidget* parent = nullptr);

    // Each conflict's choice, keyed as RevisionMerge::between takes them.
    QHash<QString, MergeSide> choices() const;
    // Keeps one side's value for the conflict in `row`, as its Keep box does.
    void choose(int row, MergeSide side);
    void chooseAll(MergeSide side);

    QTreeWidget* conflictList() const { return m_conflicts; }

private:
    void showChoice(int row);

    QTreeWidget* m_conflicts;
    QList<QString> m_keys;
    QList<QComboBox*> m_keep;
};

} // namespace gw
