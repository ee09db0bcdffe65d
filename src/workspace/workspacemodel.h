// WorkspaceModel: one model of a team workspace seen as a ModelStore, so the code that opens, saves and
// snapshots a project file does the same with a shared model. It remembers the revision it last read
// or saved; a save on top of any other revision is refused with Workspace::Error::Conflict.
#pragma once

#include "workspace.h"

#include <memory>

namespace gw {

class WorkspaceModel : public ModelStore
{
public:
    // `workspace` is open and outlives this object.
    WorkspaceModel(Workspace& workspace, const QString& name);
    // Keeps `workspace` (open) for as long as this object lives: a document that holds only its store.
    WorkspaceModel(std::shared_ptr<Workspace> workspace, const QString& name);

    QString name() const { return m_name; }
    // The revision the next save is based on: the one last read or saved; 0 for a model not saved yet.
    int baseRevision() const { return m_baseRevision; }
    // After the caller merged `revision` into the model it saves next: that save goes on top of it.
    void setBaseRevision(int revision) { m_baseRevision = revision; }
    Workspace& workspace() { return m_workspace; }
    // The workspace when this object keeps it (made with the shared_ptr constructor), else null.
    std::shared_ptr<Workspace> sharedWorkspace() const { return m_owned; }
    // The advice to keep with the next save (the caller scored the model); none is kept without it.
    void setAdvice(const std::optional<AdviceSummary>& advice) { m_advice = advice; }
    void setNote(const QString& note) { m_note = note; }
    // The snapshots and decision log to bring with the model's first save (see WorkspaceSave).
    void setHistory(ModelHistory history) { m_history = std::move(history); }
    Workspace::Error error() const { return m_workspace.error(); }

    QString location() const override;
    QString errorString() const override { return m_workspace.errorString(); }
    std::optional<Model> model() override;
    ProjectSettings settings() override { return m_workspace.settings(m_name); }
    bool save(const Model& model, const ProjectSettings& settings = {}) override;
    QList<SnapshotInfo> snapshots() override { return m_workspace.snapshots(m_name); }
    bool hasSnapshot(const QString& name) override { return m_workspace.hasSnapshot(m_name, name); }
    bool takeSnapshot(const QString& name, const QString& note, const Model& model,
                      const AdviceSummary& advice) override;
    std::optional<Model> snapshotModel(const QString& name) override;
    std::optional<AdviceSummary> snapshotAdvice(const QString& name) override;
    bool removeSnapshot(const QString& name) override { return m_workspace.removeSnapshot(m_name, name); }
    DecisionLog decisionLog() override { return m_workspace.decisionLog(m_name); }

private:
    std::shared_ptr<Workspace> m_owned;
    Workspace& m_workspace;
    QString m_name;
    int m_baseRevision = 0;
    std::optional<AdviceSummary> m_advice;
    QString m_note;
    ModelHistory m_history;
};

} // namespace gw
