#include "historypanel.h"

#include "core/diff/diffreport.h"
#include "document/advice.h"
#include "document/document.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

enum Column { NameColumn, TimeColumn, ElementsColumn, FindingsColumn, NoteColumn };

} // namespace

HistoryPanel::HistoryPanel(Document* document, Advice* advice, QWidget* parent)
    : QWidget(parent), m_document(document), m_advice(advice), m_hint(new QLabel), m_list(new QTreeWidget),
      m_take(new QPushButton(tr("Take snapshot..."))), m_restore(new QPushButton(tr("Restore"))),
      m_compare(new QPushButton(tr("Compare with now")))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_hint->setWordWrap(true);
    m_list->setHeaderLabels({tr("Snapshot"), tr("Taken"), tr("Elements"), tr("Findings"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Snapshots"));
    m_list->header()->setStretchLastSection(true);
    m_take->setToolTip(tr("Keep the model as it is now, with its advice, under a name"));
    m_restore->setToolTip(tr("Replace the model with the selected snapshot (Edit > Undo brings it back)"));
    m_compare->setToolTip(tr("What changed between the selected snapshot and now, or between two selected "
                             "snapshots"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(row, 1);

    connect(m_take, &QPushButton::clicked, this, &HistoryPanel::askForSnapshot);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);
    connect(m_compare, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &HistoryPanel::compareSelected);
    connect(document, &Document::projectChanged, this, &HistoryPanel::refresh);
    refresh();
}

void HistoryPanel::refresh()
{
    m_list->clear();
    ModelStore* project = m_document->store();
    if (!project) {
        m_hint->setText(tr("Snapshots are kept in a project file. Use File > Save as... and choose a "
                           ".groundwork file to start a history."));
    } else {
        const QList<SnapshotInfo> snapshots = project->snapshots();
        m_hint->setText(snapshots.isEmpty()
                            ? tr("No snapshots yet. Take one before a review or a big change.")
                            : tr("%n snapshot(s). Select one to restore it or compare it with now; "
                                 "select two to compare them.",
                                 nullptr, int(snapshots.size())));
        // Newest first: the one a user wants most often.
        for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(NameColumn, it->name);
            item->setText(TimeColumn, QLocale().toString(it->time.toLocalTime(), QLocale::ShortFormat));
            item->setText(ElementsColumn, QString::number(it->elementCount));
            item->setText(FindingsColumn, QString::number(it->findingCount));
            item->setText(NoteColumn, it->note);
            item->setToolTip(NoteColumn, it->note);
        }
        for (int c = NameColumn; c < NoteColumn; ++c)
            m_list->resizeColumnToContents(c);
    }
    updateButtons();
}

QStringList HistoryPanel::selectedNames() const
{
    QStringList names;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        names.append(item->text(NameColumn));
    return names;
}

void HistoryPanel::updateButtons()
{
    const bool project = m_document->store() != nullptr;
    const qsizetype selected = m_list->selectedItems().size();
    m_take->setEnabled(project && !m_document->isReadOnly());
    m_restore->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 1 || selected == 2);
    m_compare->setText(selected == 2 ? tr("Compare the two") : tr("Compare with now"));
}

bool HistoryPanel::takeSnapshot(const QString& name, const QString& note, QString* error)
{
    ModelStore* project = m_document->store();
    const bool taken = project && project->takeSnapshot(name, note, m_document->model(),
                                                        AdviceSummary::from(m_advice->recommendations()));
    if (!taken && error)
        *error = project ? project->errorString() : tr("The model is not saved as a project yet.");
    refresh();
    return taken;
}

bool HistoryPanel::restoreSnapshot(const QString& name, QString* error)
{
    ModelStore* project = m_document->store();
    const std::optional<Model> model = project ? project->snapshotModel(name) : std::nullopt;
    if (!model) {
        if (error)
            *error = project ? project->errorString() : tr("The model is not saved as a project yet.");
        return false;
    }
    m_document->replaceModel(*model, tr("Restore snapshot %1").arg(name));
    return true;
}

QString HistoryPanel::compare(const QString& before, const QString& after, QString* error)
{
    ModelStore* project = m_document->store();
    if (project && !before.isEmpty() && !after.isEmpty()) {
        // Two snapshots: the project compares them, reading only what differs.
        const std::optional<DiffReport> report = project->compareSnapshots(before, after, before, after);
        if (!report && error)
            *error = project->errorString();
        return report ? report->toMarkdown() : QString();
    }
    struct Side
    {
        Model model;
        AdviceSummary advice;
    };
    const auto side = [&](const QString& name) -> std::optional<Side> {
        if (name.isEmpty())
            return Side{m_document->model(), AdviceSummary::from(m_advice->recommendations())};
        if (!project)
            return std::nullopt;
        auto model = project->snapshotModel(name);
        auto advice = project->snapshotAdvice(name);
        if (!model || !advice)
            return std::nullopt;
        return Side{std::move(*model), std::move(*advice)};
    };
    const auto a = side(before);
    const auto b = side(after);
    if (!a || !b) {
        if (error)
            *error = project ? project->errorString() : tr("The model is not saved as a project yet.");
        return {};
    }
    const QString now = tr("now");
    return DiffReport::compare(before.isEmpty() ? now : before, a->model, a->advice,
                               after.isEmpty() ? now : after, b->model, b->advice)
        .toMarkdown();
}

void HistoryPanel::askForSnapshot()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Take snapshot"));
    auto* name = new QLineEdit;
    name->setText(QDate::currentDate().toString(Qt::ISODate));
    auto* note = new QPlainTextEdit;
    note->setPlaceholderText(tr("Why now? (a review, before a migration...)"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("N&ote:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!takeSnapshot(name->text().trimmed(), note->toPlainText().trimmed(), &error))
        QMessageBox::warning(this, tr("Snapshot not taken"), error);
}

void HistoryPanel::restoreSelected()
{
    const QStringList names = selectedNames();
    QString error;
    if (names.size() == 1 && !restoreSnapshot(names.first(), &error))
        QMessageBox::warning(this, tr("Cannot restore"), error);
}

void HistoryPanel::compareSelected()
{
    QStringList names = selectedNames();
    if (names.isEmpty() || names.size() > 2)
        return;
    // The list shows newest first; a comparison reads oldest to newest.
    std::reverse(names.begin(), names.end());
    const QString before = names.first();
    const QString after = names.size() == 2 ? names.last() : QString();
    QString error;
    const QString markdown = compare(before, after, &error);
    if (markdown.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot compare"), error);
        return;
    }
    showComparison(tr("Changes: %1 → %2").arg(before, after.isEmpty() ? tr("now") : after), markdown);
}

void HistoryPanel::showComparison(const QString& title, const QString& markdown)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setWindowTitle(title);
    auto* view = new QTextBrowser;
    view->setMarkdown(markdown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(900, 640);
    dialog->show();
}

} // namespace gw
