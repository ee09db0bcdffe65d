#include "document.h"

#include "commands/modelcommand.h"
#include "commands/replacemodel.h"
#include "core/io/modelfile.h"
#include "core/io/modelvalidator.h"
#include "core/model/modeledits.h"
#include "core/store/modelhistory.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace gw {

Document::Document(QObject* parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document()
{
    // The undo stack, a member, is destroyed after this body and tells about it: no one may hear that.
    m_undoStack.disconnect(this);
}

bool Document::open(const QString& path, QString* error, QString* warning)
{
    const QFileInfo info(path);
    if (ProjectFile::isProjectPath(path)) {
        auto project = std::make_unique<ProjectFile>();
        std::optional<Model> model;
        if (project->open(path))
            model = project->model();
        if (!model) {
            if (error)
                *error = project->errorString();
            return false;
        }
        if (warning && project->isReadOnly())
            *warning = project->errorString();
        else if (warning && project->upgradedFrom() > 0)
            *warning = QStringLiteral("%1 was saved by an older Groundwork (project schema %2) and has been "
                                      "upgraded to schema %3, with all its history. Versions of Groundwork "
                                      "before this one can no longer open it; keep a copy of the file if "
                                      "someone still uses one.")
                           .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
                           .arg(project->upgradedFrom())
                           .arg(ProjectFile::kSchemaVersion);
        m_store = std::move(project);
        m_model = std::move(*model);
        m_sources = SourceMap();
        revalidate();
        m_filePath = info.absoluteFilePath();
        m_undoStack.clear();
        Q_EMIT filePathChanged(m_filePath);
        Q_EMIT projectChanged();
        Q_EMIT modelReset();
        return true;
    }
    LoadResult loaded = ModelFile::load(path);
    if (!info.isFile() || !info.isReadable()) {
        if (error)
            *error = loaded.diagnostics.isEmpty() ? QStringLiteral("cannot read the file")
                                                  : loaded.diagnostics.first().message;
        return false;
    }
    m_model = std::move(loaded.model);
    m_sources = std::move(loaded.sources);
    m_diagnostics = std::move(loaded.diagnostics);
    m_filePath = info.absoluteFilePath();
    m_store.reset();
    m_undoStack.clear();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    Q_EMIT modelReset();
    return true;
}

bool Document::openStore(std::unique_ptr<ModelStore> store, QString* error)
{
    std::optional<Model> model = store->model();
    if (!model) {
        if (error)
            *error = store->errorString();
        return false;
    }
    m_store = std::move(store);
    m_model = std::move(*model);
    m_sources = SourceMap();
    revalidate();
    m_filePath.clear();
    m_undoStack.clear();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    Q_EMIT modelReset();
    return true;
}

bool Document::saveToStore(QString* error)
{
    if (!m_store || !m_store->save(m_model, m_store->settings())) {
        if (error)
            *error = m_store ? m_store->errorString() : QStringLiteral("the model is not kept in a store");
        return false;
    }
    m_undoStack.setClean();
    Q_EMIT projectChanged();
    return true;
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_store ? m_store->location() : QString();
}

void Document::reset(const Model& model)
{
    m_model = model;
    m_sources = SourceMap();
    m_filePath.clear();
    m_store.reset();
    m_undoStack.clear();
    revalidate();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    Q_EMIT modelReset();
}

bool Document::saveAs(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    ProjectFile* project = this->project();
    if (!ProjectFile::isProjectPath(absolute)) {
        if (!ModelFile::save(m_model, absolute, error))
            return false;
        m_store.reset(); // the document is now that YAML file; the store stays as last saved
    } else if (project && absolute == m_filePath) {
        if (!project->save(m_model, project->settings())) {
            if (error)
                *error = project->errorString();
            return false;
        }
    } else {
        // A new project file: the open project's or workspace model's history comes along (with the
        // workspace's diagram positions); a YAML or new model starts one.
        const ProjectSettings settings = m_store ? m_store->settings() : ProjectSettings{};
        QString failure;
        std::optional<ModelHistory> history =
            m_store && !project ? ModelHistory::readFrom(*m_store, &failure) : ModelHistory();
        const bool written =
            project ? project->copyTo(absolute)
                    : history && ProjectFile::writeNew(absolute, m_model, settings, *history, &failure);
        auto created = std::make_unique<ProjectFile>();
        if (!written || !created->open(absolute) || !created->save(m_model, settings)) {
            if (error)
                *error = !written ? (project ? project->errorString() : failure) : created->errorString();
            return false;
        }
        m_store = std::move(created);
    }
    m_filePath = absolute;
    m_undoStack.setClean();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT projectChanged();
    return true;
}

void Document::replaceModel(const Model& model, const QString& text)
{
    push(new ReplaceModel(this, model, text));
}

void Document::push(ModelCommand* command)
{
    if (!command->changesSomething()) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void Document::applyModel(const Model& model, const ElementRef& focus)
{
    // The validator reads priorities only for their range. So once the file's positions are gone, a
    // priority move between valid values leaves the diagnostics as they are, and a slider move on a
    // large model need not validate every element again.
    const bool keep = m_sources.isEmpty() && onlyPrioritiesMoved(m_model, model) &&
                      std::none_of(m_diagnostics.cbegin(), m_diagnostics.cend(), [](const Diagnostic& d) {
                          return d.element.section == ElementRef::Section::Priorities;
                      });
    m_model = model;
    // The file's positions no longer describe the model once it is edited.
    m_sources = SourceMap();
    if (!keep)
        revalidate();
    Q_EMIT modelChanged(focus);
}

bool Document::onlyPrioritiesMoved(const Model& before, const Model& after)
{
    const auto valid = [](int w) { return w >= Priorities::kMin && w <= Priorities::kMax; };
    if (!std::all_of(after.priorities.weights.cbegin(), after.priorities.weights.cend(), valid))
        return false;
    return edits::samePrioritiesAside(before, after);
}

void Document::revalidate()
{
    m_diagnostics = ModelValidator::validate(m_model, m_sources);
}

} // namespace gw
