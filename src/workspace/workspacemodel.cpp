#include "workspacemodel.h"

namespace gw {

WorkspaceModel::WorkspaceModel(std::shared_ptr<Workspace> workspace, const QString& name)
    : m_owned(std::move(workspace)), m_workspace(*m_owned), m_name(name)
{
}

WorkspaceModel::WorkspaceModel(Workspace& workspace, const QString& name)
    : m_workspace(workspace), m_name(name)
{
}

QString WorkspaceModel::location() const
{
    return QStringLiteral("%1 in %2").arg(m_name, m_workspace.location());
}

std::optional<Model> WorkspaceModel::model()
{
    // The revision first, then that revision's model: a save by someone else in between must not
    // leave this object holding their model under our older base.
    const std::optional<int> latest = m_workspace.latestRevision(m_name);
    if (!latest)
        return std::nullopt;
    std::optional<Model> model = m_workspace.model(m_name, *latest);
    if (model)
        m_baseRevision = *latest;
    return model;
}

bool WorkspaceModel::save(const Model& model, const ProjectSettings& settings)
{
    WorkspaceSave save;
    save.model = model;
    save.baseRevision = m_baseRevision;
    save.advice = m_advice;
    save.note = m_note;
    save.ownerTeam = model.system.ownership.owner;
    save.settings = settings;
    save.history = m_history;
    const std::optional<int> revision = m_workspace.save(m_name, save);
    if (!revision)
        return false;
    m_baseRevision = *revision;
    m_advice.reset();
    m_note.clear();
    m_history = {};
    return true;
}

bool WorkspaceModel::takeSnapshot(const QString& name, const QString& note, const Model& model,
                                  const AdviceSummary& advice)
{
    return m_workspace.takeSnapshot(m_name, name, note, model, advice);
}

std::optional<Model> WorkspaceModel::snapshotModel(const QString& name)
{
    return m_workspace.snapshotModel(m_name, name);
}

std::optional<AdviceSummary> WorkspaceModel::snapshotAdvice(const QString& name)
{
    return m_workspace.snapshotAdvice(m_name, name);
}

} // namespace gw
