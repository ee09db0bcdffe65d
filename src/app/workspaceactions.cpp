#include "workspaceactions.h"

#include "core/diff/revisionmerge.h"
#include "core/store/modelhistory.h"
#include "dialogs/portfoliodialog.h"
#include "dialogs/revisionmergedialog.h"
#include "dialogs/workspacedialog.h"
#include "document/document.h"
#include "workspace/conflictchanges.h"
#include "workspace/portfolio.h"
#include "workspace/workspacecatalog.h"
#include "workspace/workspacemodel.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace gw {

WorkspaceActions::WorkspaceActions(Document* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
}

void WorkspaceActions::populate(QMenu* menu)
{
    menu->addAction(tr("Open from &workspace..."), this, &WorkspaceActions::open);
    menu->addAction(tr("Save to wor&kspace..."), this, &WorkspaceActions::saveAs);
    menu->addAction(tr("Workspace &portfolio..."), this, &WorkspaceActions::showPortfolio);
}

std::optional<AdviceSummary> WorkspaceActions::currentAdvice() const
{
    return m_advice ? std::optional(m_advice()) : std::nullopt;
}

void WorkspaceActions::open()
{
    WorkspaceDialog dialog(WorkspaceDialog::Mode::Open, {}, m_window);
    if (!WorkspaceDialog::rememberedConnection().isEmpty())
        dialog.connectToWorkspace();
    if (dialog.exec() == QDialog::Accepted)
        openModel(dialog.workspace(), dialog.modelName());
}

void WorkspaceActions::saveAs()
{
    QString suggested = m_document->model().system.name.toLower().replace(u' ', u'-');
    WorkspaceDialog dialog(WorkspaceDialog::Mode::Save, suggested, m_window);
    if (!WorkspaceDialog::rememberedConnection().isEmpty())
        dialog.connectToWorkspace();
    if (dialog.exec() == QDialog::Accepted)
        saveModelAs(dialog.workspace(), dialog.modelName());
}

bool WorkspaceActions::openModel(std::shared_ptr<Workspace> workspace, const QString& name)
{
    QString error;
    if (!m_document->openStore(std::make_unique<WorkspaceModel>(workspace, name), &error)) {
        QMessageBox::warning(m_window, tr("Cannot open model"), error);
        return false;
    }
    loadCatalogOf(*workspace);
    return true;
}

void WorkspaceActions::loadCatalogOf(Workspace& workspace)
{
    const CatalogLoad load = loadWorkspaceCatalog(workspace);
    if (load.hasErrors()) {
        QStringList problems;
        for (const Diagnostic& d : load.diagnostics)
            problems.append(d.toString());
        QMessageBox::warning(m_window, tr("The workspace's rule packs have errors"),
                             tr("The model is scored with the built-in packs only until they are "
                                "fixed:\n\n%1")
                                 .arg(problems.join(u'\n')));
        return;
    }
    Q_EMIT workspaceCatalogLoaded(load.catalog);
}

bool WorkspaceActions::saveModelAs(std::shared_ptr<Workspace> workspace, const QString& name)
{
    auto store = std::make_unique<WorkspaceModel>(workspace, name);
    store->setAdvice(currentAdvice());
    // A project's snapshots and decision log come along, as they do with a push of the file.
    if (ProjectFile* project = m_document->project()) {
        QString error;
        std::optional<ModelHistory> history = ModelHistory::readFrom(*project, &error);
        if (!history) {
            QMessageBox::warning(m_window, tr("Cannot save to workspace"),
                                 tr("%1 was not saved: %2").arg(name, error));
            return false;
        }
        store->setHistory(std::move(*history));
    }
    // Base revision 0: a name already in use is refused rather than overwritten.
    const ProjectSettings settings =
        m_document->store() ? m_document->store()->settings() : ProjectSettings{};
    if (!store->save(m_document->model(), settings)) {
        QMessageBox::warning(m_window, tr("Cannot save to workspace"),
                             tr("%1 was not saved: %2").arg(name, store->errorString()));
        return false;
    }
    QString error;
    const bool opened = m_document->openStore(std::move(store), &error);
    if (!opened)
        QMessageBox::warning(m_window, tr("Cannot open model"), error);
    else
        loadCatalogOf(*workspace);
    return opened;
}

bool WorkspaceActions::save()
{
    auto* store = dynamic_cast<WorkspaceModel*>(m_document->store());
    if (store)
        store->setAdvice(currentAdvice());
    QString error;
    if (m_document->saveToStore(&error))
        return true;
    if (store && store->error() == Workspace::Error::Conflict)
        return showConflict();
    QMessageBox::critical(m_window, tr("Cannot save"),
                          tr("%1 was not saved: %2").arg(m_document->displayName(), error));
    return false;
}

QByteArray WorkspaceActions::portfolioHtml(Workspace& workspace, QString* error)
{
    const QList<PortfolioModel> models = workspace.portfolio();
    if (workspace.error() != Workspace::Error::None) {
        *error = workspace.errorString();
        return {};
    }
    const CatalogLoad catalog = loadWorkspaceCatalog(workspace);
    if (catalog.hasErrors()) {
        QStringList problems;
        for (const Diagnostic& d : catalog.diagnostics)
            problems.append(d.toString());
        *error = tr("The workspace's rule packs have errors:\n%1").arg(problems.join(u'\n'));
        return {};
    }
    return Portfolio::build(models, *catalog.catalog).toHtml(tr("Portfolio"), workspace.location());
}

void WorkspaceActions::showPortfolio()
{
    std::shared_ptr<Workspace> workspace;
    if (auto* store = dynamic_cast<WorkspaceModel*>(m_document->store()))
        workspace = store->sharedWorkspace();
    if (!workspace) {
        WorkspaceDialog dialog(WorkspaceDialog::Mode::Connect, {}, m_window);
        if (!WorkspaceDialog::rememberedConnection().isEmpty())
            dialog.connectToWorkspace();
        if (dialog.exec() != QDialog::Accepted)
            return;
        workspace = dialog.workspace();
    }
    QString error;
    const QByteArray html = portfolioHtml(*workspace, &error);
    if (html.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot show the portfolio"), error);
        return;
    }
    auto* dialog = new PortfolioDialog(tr("Portfolio of %1").arg(workspace->location()), html, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool WorkspaceActions::showConflict()
{
    auto* store = dynamic_cast<WorkspaceModel*>(m_document->store());
    Workspace& workspace = store->workspace();
    const QString name = store->name();
    const int base = store->baseRevision();
    const int theirs = workspace.conflictRevision();
    const QString message = store->errorString();
    // Both sides against the revision this document was based on, as a refused push prints them, scored
    // with the packs everyone connected scores with.
    const QString details =
        ConflictChanges::between(workspace, name, base, theirs, tr("your edits"), m_document->model(),
                                 loadWorkspaceCatalog(workspace).catalog)
            .text;
    Q_EMIT conflictShown(message, details);
    QMessageBox box(QMessageBox::Warning, tr("Someone saved %1 since you opened it").arg(name), message,
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(tr("Your changes are still open here. Merge brings their changes in and lets you "
                              "choose, field by field, where both of you changed the same value; or keep "
                              "yours in a file. Show Details lists both sides' changes."));
    box.setDetailedText(details);
    QPushButton* merge = box.addButton(tr("&Merge..."), QMessageBox::AcceptRole);
    QPushButton* copy = box.addButton(tr("Save a &copy as..."), QMessageBox::ActionRole);
    box.setDefaultButton(merge);
    box.exec();
    if (box.clickedButton() == merge)
        return mergeAndSave(theirs);
    if (box.clickedButton() == copy)
        Q_EMIT saveCopyRequested();
    return false;
}

bool WorkspaceActions::mergeAndSave(int theirs)
{
    auto* store = dynamic_cast<WorkspaceModel*>(m_document->store());
    Workspace& workspace = store->workspace();
    const QString name = store->name();
    const int base = store->baseRevision();
    const std::optional<Model> baseModel = workspace.model(name, base);
    const std::optional<Model> theirModel = baseModel ? workspace.model(name, theirs) : std::nullopt;
    if (!theirModel) {
        QMessageBox::warning(
            m_window, tr("Cannot merge"),
            tr("Revision %1 of %2 cannot be read: %3").arg(theirs).arg(name, workspace.errorString()));
        return false;
    }
    const Model yours = m_document->model();
    RevisionMergeDialog dialog(RevisionMerge::between(*baseModel, *theirModel, yours),
                               tr("revision %1").arg(theirs), m_window);
    Q_EMIT mergeOffered(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // One undoable edit: undo gives back your model as it was before the merge.
    m_document->replaceModel(RevisionMerge::between(*baseModel, *theirModel, yours, dialog.choices()).merged,
                             tr("Merge with revision %1").arg(theirs));
    store->setBaseRevision(theirs);
    if (save())
        return true;
    // Not saved: the next save is based on the revision this document was, and merges again (what
    // the merge took from theirs is then the same on both sides, so it does not conflict again).
    if (m_document->store() == store)
        store->setBaseRevision(base);
    return false;
}

} // namespace gw
