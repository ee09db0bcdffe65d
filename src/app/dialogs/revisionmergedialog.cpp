#include "revisionmergedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

enum ConflictColumn { EntryColumn, FieldColumn, BaseColumn, TheirsColumn, YoursColumn, KeepColumn };

QString shown(const QString& value)
{
    return value.isEmpty() ? RevisionMergeDialog::tr("(not set)") : value;
}

} // namespace

RevisionMergeDialog::RevisionMergeDialog(const RevisionMerge& merge, const QString& theirs, QWidget* parent)
    : QDialog(parent), m_conflicts(new QTreeWidget)
{
    setWindowTitle(tr("Merge your changes with %1").arg(theirs));
    const int conflicts = int(merge.conflicts.size());
    const QString merged =
        merge.theirChanges + merge.yourChanges == 0
            ? QString()
            : tr("%1 and %2 merge by themselves.")
                  .arg(merge.theirChanges == 1 ? tr("1 change of theirs")
                                               : tr("%1 changes of theirs").arg(merge.theirChanges),
                       merge.yourChanges == 1 ? tr("1 of yours") : tr("%1 of yours").arg(merge.yourChanges));
    const QString toChoose =
        conflicts == 0 ? tr("Nothing was changed differently on both sides.")
        : conflicts == 1
            ? tr("1 value was changed differently on both sides: choose which to keep (yours unless you "
                 "choose theirs).")
            : tr("%1 values were changed differently on both sides: choose which to keep (yours unless you "
                 "choose theirs).")
                  .arg(conflicts);
    auto* summary = new QLabel(merged.isEmpty() ? toChoose : merged + u' ' + toChoose);
    summary->setWordWrap(true);

    m_conflicts->setHeaderLabels(
        {tr("Entry"), tr("Field"), tr("Before"), tr("Theirs"), tr("Yours"), tr("Keep")});
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setAlternatingRowColors(true);
    m_conflicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflicts->setFocusPolicy(Qt::NoFocus); // the Keep boxes take the focus
    m_conflicts->header()->setStretchLastSection(false);
    m_conflicts->setHidden(conflicts == 0);
    for (const RevisionConflict& c : merge.conflicts) {
        auto* item = new QTreeWidgetItem(m_conflicts);
        item->setText(EntryColumn, c.entryName());
        item->setText(FieldColumn, c.field.isEmpty() ? tr("(whole entry)") : c.field);
        item->setText(BaseColumn, c.field.isEmpty() ? QString() : shown(c.base));
        item->setText(TheirsColumn, shown(c.theirs));
        item->setText(YoursColumn, shown(c.yours));
        for (int column = BaseColumn; column <= YoursColumn; ++column)
            item->setToolTip(column, item->text(column));
        auto* keep = new QComboBox;
        keep->addItem(tr("Yours"), QVariant::fromValue(int(MergeSide::Yours)));
        keep->addItem(tr("Theirs"), QVariant::fromValue(int(MergeSide::Theirs)));
        const int row = int(m_keys.size());
        m_keys.append(c.key());
        m_keep.append(keep);
        m_conflicts->setItemWidget(item, KeepColumn, keep);
        connect(keep, &QComboBox::currentIndexChanged, this, [this, row] { showChoice(row); });
        showChoice(row);
    }
    for (const int column : {EntryColumn, FieldColumn, BaseColumn, KeepColumn})
        m_conflicts->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_conflicts->header()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    m_conflicts->header()->setSectionResizeMode(YoursColumn, QHeaderView::Stretch);

    auto* allTheirs = new QPushButton(tr("Keep all &theirs"));
    auto* allYours = new QPushButton(tr("Keep all &yours"));
    allTheirs->setEnabled(conflicts > 0);
    allYours->setEnabled(conflicts > 0);
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(MergeSide::Theirs); });
    connect(allYours, &QPushButton::clicked, this, [this] { chooseAll(MergeSide::Yours); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge and save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(allTheirs);
    row->addWidget(allYours);
    row->addStretch(1);
    row->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_conflicts, 1);
    if (conflicts == 0)
        layout->addStretch(1);
    layout->addLayout(row);
    resize(conflicts == 0 ? QSize(560, 140) : QSize(860, 420));
}

QHash<QString, MergeSide> RevisionMergeDialog::choices() const
{
    QHash<QString, MergeSide> out;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        out.insert(m_keys[i], static_cast<MergeSide>(m_keep[i]->currentData().toInt()));
    return out;
}

void RevisionMergeDialog::choose(int row, MergeSide side)
{
    QComboBox* keep = m_keep.at(row);
    keep->setCurrentIndex(keep->findData(int(side)));
}

void RevisionMergeDialog::chooseAll(MergeSide side)
{
    for (int row = 0; row < int(m_keep.size()); ++row)
        choose(row, side);
}

// The value that will be kept is in bold, so the list reads as the merged model.
void RevisionMergeDialog::showChoice(int row)
{
    QTreeWidgetItem* item = m_conflicts->topLevelItem(row);
    const bool theirs = static_cast<MergeSide>(m_keep[row]->currentData().toInt()) == MergeSide::Theirs;
    for (const auto& [column, kept] : {std::pair{TheirsColumn, theirs}, std::pair{YoursColumn, !theirs}}) {
        QFont font = item->font(column);
        font.setBold(kept);
        item->setFont(column, font);
    }
}

} // namespace gw
