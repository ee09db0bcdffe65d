// DiagramTab: the interactive topology diagram: an environment switcher, zoom, pan and a fit that keeps
// text readable, a drag from box to box that adds a dependency, export to every diagram format, and
// the layout run off the UI thread with a progress indicator and Cancel.
#pragma once

#include "core/model/model.h"
#include "core/rules/recommendation.h"
#include "core/topology/topology.h"
#include "core/topology/topologybuilder.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QGraphicsView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace gw {

class DiagramScene;
class DiagramView;

class DiagramTab : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramTab(QWidget* parent = nullptr);
    ~DiagramTab() override;

    // Schedules a new layout of `model` with `recommendations` (edits in quick succession are merged).
    // `modelPath` names the export's file after the model.
    void showModel(const Model& model, const Recommendations& recommendations, const QString& modelPath = {});
    void selectElement(const QString& elementId);
    DiagramScene* scene() const { return m_scene; }
    QGraphicsView* view() const;
    // Checked while the diagram is in a window of its own (DiagramWindow follows it).
    QAction* detachAction() const { return m_detach; }
    // How high the smallest text is on screen at the present zoom, in pixels.
    double smallestTextPixels() const;
    // True while a layout runs.
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_error; }
    // Writes the diagram as shown (environment, direction) to `path` in the format its extension names,
    // remembers its folder for the next export and emits exported(); `error` says why it failed.
    bool exportTo(const QString& path, QString* error = nullptr);

public Q_SLOTS:
    // Fits the whole diagram in view, unless its text would be under 9 px high: then shows it at the
    // smallest readable size from its top left and says so.
    void fit();
    // Stops a running layout as the user's Cancel does: the diagram keeps the last one and says so.
    void cancelLayout();
    // Asks where (in the last export's folder) and in which format, and writes the diagram as shown;
    // returns the path written, or an empty string when cancelled or the write failed (and said why).
    QString exportDiagram();

Q_SIGNALS:
    void elementSelected(const QString& elementId);
    // A layout finished (or failed, or was cancelled): for tests and the status bar.
    void layoutFinished(bool ok);
    // A layout started off the UI thread (the progress indicator shows).
    void layoutStarted();
    // The diagram was written to `path` (from the tab's Export button or File > Export).
    void exported(const QString& path);
    // A drag in the diagram asked that workload `from` use `to`, and the model allows it: the window
    // pushes the undoable edit (AddDependency).
    void dependencyRequested(const QString& from, const QString& to);
    // A sentence for the status bar: why a drag added nothing, why the fit is not whole.
    void statusMessage(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void startLayout();
    // A layout still running is superseded by a newer one: its answer is dropped, and nothing is said.
    void dropLayout();
    void applyLayout(quint64 generation, const Topology& topology, const struct TopologyLayout& layout);
    void setBusy(bool busy);
    void connectElements(const QString& from, const QString& to);
    void fitView(bool announce); // `announce`: say so when the text floor stops the fit
    QString environment() const;
    TopologyBuilder::Options buildOptions() const; // the environment shown, overview or every element

    DiagramScene* m_scene;
    DiagramView* m_view;
    QComboBox* m_environments;
    QComboBox* m_direction;
    QCheckBox* m_full; // every element even above TopologyBuilder::kCollapseAbove
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_message;
    QTimer* m_debounce;
    QAction* m_detach;
    Model m_model;
    QString m_modelPath;
    Recommendations m_recommendations;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_busy = false;
    bool m_fitPending = true;
    bool m_startWhenShown = false; // a model opened while the tab was hidden: lay it out once shown
    bool m_atFit = false;          // fitted, and not zoomed since
    bool m_fitting = false;
    QString m_error;
    QString m_selected;
};

} // namespace gw
