// FileActions: New, Open, Save, Save As and recent files for the document, with the prompts a desktop
// user expects (unsaved changes, comments that saving would drop).
#pragma once

#include <QObject>
#include <QSet>

class QAction;
class QMenu;
class QWidget;

namespace gw {

class Document;
class WorkspaceActions;

class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(Document* document, QWidget* window);

    // Fills the File menu (New, New from example, Open, Open recent, Save, Save as, the workspace).
    void populate(QMenu* fileMenu);

    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    // Asks what to do with unsaved changes; true when it is fine to drop the current model now.
    bool maybeSave();
    // Starts over with the starter model (StarterModel), after the unsaved-changes prompt; emits
    // newModelStarted() so that the window can offer the guided start.
    void newModel();
    // Asks for a model or project to open, after the unsaved-changes prompt.
    void open();
    void newFromExample(const QString& resourcePath);

    // The team workspace entries (Open from workspace, Save to workspace, saving a shared model).
    WorkspaceActions* workspaceActions() const { return m_workspace; }

    QStringList recentFiles() const;
    // The examples bundled with the app, as resource paths.
    static QStringList bundledExamples();

Q_SIGNALS:
    void newModelStarted();

private:
    bool writeTo(const QString& path);
    void rememberRecent(const QString& path);
    void refillRecentMenu();

    Document* m_document;
    QWidget* m_window;
    WorkspaceActions* m_workspace;
    QMenu* m_recentMenu = nullptr;
    QSet<QString> m_commentWarningAccepted; // files whose comment loss the user has accepted this session
};

} // namespace gw
