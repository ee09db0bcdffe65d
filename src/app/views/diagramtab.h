// DiagramTab: the interactive topology diagram: an environment switcher, zoom, pan and fit, export to
// every diagram format, and the layout run off the UI thread with a progress indicator and Cancel.
#pragma once

#include "core/model/model.h"
#include "core/rules/recommendation.h"
#include "core/topology/topology.h"
#include "core/topology/topologybuilder.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QGraphicsView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace gw {

class DiagramScene;

class DiagramTab : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramTab(QWidget* parent = nullptr);
    ~DiagramTab() override;

    // Schedules a new layout of `model` with `recommendations` (edits in quick succession are merged).
    void showModel(const Model& model, const Recommendations& recommendations);
    void selectElement(const QString& elementId);
    DiagramScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    // True while a layout runs.
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void fit();
    void cancelLayout();
    void exportDiagram();

Q_SIGNALS:
    void elementSelected(const QString& elementId);
    // A layout finished (or failed, or was cancelled): for tests and the status bar.
    void layoutFinished(bool ok);
    // A layout started off the UI thread (the progress indicator shows).
    void layoutStarted();

private:
    void startLayout();
    void applyLayout(quint64 generation, const Topology& topology, const struct TopologyLayout& layout);
    void setBusy(bool busy);
    QString environment() const;
    TopologyBuilder::Options buildOptions() const; // the environment shown, overview or every element

    DiagramScene* m_scene;
    QGraphicsView* m_view;
    QComboBox* m_environments;
    QComboBox* m_direction;
    QCheckBox* m_full; // every element even above TopologyBuilder::kCollapseAbove
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_message;
    QTimer* m_debounce;
    Model m_model;
    Recommendations m_recommendations;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_busy = false;
    bool m_fitPending = true;
    QString m_error;
    QString m_selected;
};

} // namespace gw
