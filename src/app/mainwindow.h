// MainWindow: the Groundwork desktop window. The model's elements on the left, the selected element's
// recommendations in the middle, priorities beside them, findings and problems below; every edit is an
// undo command on the document.
#pragma once

#include "core/model/elementref.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;

namespace gw {

class Autosave;
class HistoryPanel;

class Advice;
class DiagramTab;
class FittingLabel;
class DriftPanel;
class WelcomePage;
class Document;
class FileActions;
class FindingsPanel;
class ModelTreePanel;
class PrioritiesPanel;
class ProblemsPanel;
class PropertiesPanel;
class RecommendationsPanel;
class SensitivityPanel;
class CostPanel;
class ExportNotice;
class PickChangesBar;
struct Diagnostic;
struct ImportResult;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a model file; a file that cannot be read leaves the window as it was and says why.
    bool openFile(const QString& path);
    // Brings a centre tab (recommendations, diagram, sensitivity, yaml) or a panel (findings, problems,
    // priorities, history) to the front by its name, whatever the language; false when there is none.
    bool showTab(const QString& name);
    // Compares the model with the Compose files, manifests or Terraform states of `paths` in the Drift
    // panel, and brings it to the front; false when they cannot be read (the panel says why).
    bool compareWithDeployed(const QStringList& paths);
    // File > Import...: reads what the user names and opens it as a new model or merges it into this one.
    void importFiles(const QStringList& paths = {});
    // Opens `import` as a new model (after the unsaved-changes prompt) or merges it into the open one as
    // one undoable step; false when nothing changed.
    bool applyImport(const ImportResult& import, bool merge);
    // File > Export > Report...: asks where unless `path` is given, writes the report and says where it
    // went; returns the path written, empty when cancelled or failed.
    QString exportReport(const QString& path = {});
    // F8 / Shift+F8: selects the next (step 1) or previous (-1) problem's element and focuses its field,
    // wrapping around; false, and a status bar message, when the model has none.
    bool goToProblem(int step);

    Document* document() const { return m_document; }
    Advice* advice() const { return m_advice; }
    PickChangesBar* pickChanges() const { return m_pickChanges; }
    FileActions* fileActions() const { return m_files; }
    ModelTreePanel* modelTree() const { return m_tree; }
    ProblemsPanel* problems() const { return m_problems; }
    PropertiesPanel* properties() const { return m_properties; }
    FindingsPanel* findings() const { return m_findings; }
    PrioritiesPanel* priorities() const { return m_priorities; }
    RecommendationsPanel* recommendations() const { return m_recommendations; }
    DiagramTab* diagram() const { return m_diagram; }
    HistoryPanel* history() const { return m_history; }
    DriftPanel* drift() const { return m_drift; }
    WelcomePage* welcome() const { return m_welcome; }
    // The welcome page (a guided start, the examples, recent files) in place of the work area.
    void showWelcome();
    bool isWelcomeShown() const;
    Autosave* autosave() const { return m_autosave; }
    ExportNotice* exportNotice() const { return m_exportNotice; }

    // After a crash: offers to restore the unsaved changes the last session's autosave kept.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void connectDocument();
    void showWholeModel();
    void showEdit(const ElementRef& focus);
    void showSelection(const ElementRef& ref);
    void showAdvice();
    void showSource();
    void writeSource();
    void refreshVisibleTab();
    void showProblem(const Diagnostic& diagnostic);
    void highlightLine(int line);
    void updateTitle();
    void updateCounts();
    void pinChoice(const QString& subject, const QString& candidate);
    // The settings key of the window's `what` ("geometry", "state") for the screen it is on.
    QString layoutKey(const QString& what) const;
    void exportInfrastructure();

    Document* m_document;
    Advice* m_advice;
    FileActions* m_files;
    ModelTreePanel* m_tree;
    RecommendationsPanel* m_recommendations;
    QPlainTextEdit* m_source;
    QTabWidget* m_tabs;
    PropertiesPanel* m_properties;
    SensitivityPanel* m_sensitivity;
    CostPanel* m_cost;
    PickChangesBar* m_pickChanges;
    DiagramTab* m_diagram;
    PrioritiesPanel* m_priorities;
    FindingsPanel* m_findings;
    ProblemsPanel* m_problems;
    FittingLabel* m_counts;
    HistoryPanel* m_history;
    DriftPanel* m_drift;
    WelcomePage* m_welcome;
    QStackedWidget* m_center;
    Autosave* m_autosave;
    ExportNotice* m_exportNotice = nullptr; // in the status bar, made with the menus that export
    ElementRef m_selected;
    bool m_sourceStale = true;
    bool m_sensitivityStale = true;
    bool m_costStale = true;
    bool m_scoresWithWorkspacePacks = false; // the advice's engine holds a workspace's packs
};

} // namespace gw
