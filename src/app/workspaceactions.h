// WorkspaceActions: the File menu's team workspace entries. Open from workspace puts a shared model in
// the document; Save goes back to it, and when someone saved that model since it was opened, the
// refusal shows both sides' changes and offers to merge them field by field or to keep yours in a
// file. Save to workspace puts the current model in a workspace under a new name.
#pragma once

#include "core/diff/advicesummary.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QWidget;

namespace gw {

class Catalog;
class Document;
class RevisionMergeDialog;
class Workspace;

class WorkspaceActions : public QObject
{
    Q_OBJECT

public:
    WorkspaceActions(Document* document, QWidget* window);

    // What the current model's advice is, kept with each revision saved (the portfolio reads it).
    void setAdviceSource(std::function<AdviceSummary()> source) { m_advice = std::move(source); }

    void populate(QMenu* fileMenu);

    // Asks for a workspace and a model, then opens it.
    void open();
    // Asks for a workspace and a name, then saves the current model there as a new model.
    void saveAs();
    // Opens `name` from `workspace` (open); false after telling the user why.
    bool openModel(std::shared_ptr<Workspace> workspace, const QString& name);
    // Saves the current model as the new model `name` and keeps the document on it.
    bool saveModelAs(std::shared_ptr<Workspace> workspace, const QString& name);
    // Saves a document opened from a workspace; a refused save shows both sides' changes and offers
    // to merge them (true when the merge was saved).
    bool save();
    // Merges the latest revision `theirs` into the document, with the user settling each conflict,
    // and saves the result on top of it; false when the user cancelled or the save failed.
    bool mergeAndSave(int theirs);
    // Shows the portfolio of the document's workspace, or of one the user names.
    void showPortfolio();
    // The portfolio page of `workspace`, scored with its own packs; empty with `error` set on failure.
    static QByteArray portfolioHtml(Workspace& workspace, QString* error);

Q_SIGNALS:
    // The document now holds a workspace's model: score it with `catalog`, the built-in packs and the
    // workspace's own, as every push and the portfolio do.
    void workspaceCatalogLoaded(std::shared_ptr<const gw::Catalog> catalog);
    // A save was refused because someone saved since; `details` are both sides' changes (tests).
    void conflictShown(const QString& message, const QString& details);
    // The user asked to keep the refused changes in a file.
    void saveCopyRequested();
    // The merge dialog is about to ask the user (tests settle it here).
    void mergeOffered(gw::RevisionMergeDialog* dialog);

private:
    std::optional<AdviceSummary> currentAdvice() const;
    // Loads the workspace's packs for the document's advice; tells the user when they have errors.
    void loadCatalogOf(Workspace& workspace);
    bool showConflict();

    Document* m_document;
    QWidget* m_window;
    std::function<AdviceSummary()> m_advice;
};

} // namespace gw
