#include "document.h"

#include "commands/modelcommand.h"
#include "core/io/modelfile.h"
#include "core/io/modelvalidator.h"

#include <QFileInfo>

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

bool Document::open(const QString& path, QString* error)
{
    const QFileInfo info(path);
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
    m_undoStack.clear();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modelReset();
    return true;
}

void Document::reset(const Model& model)
{
    m_model = model;
    m_sources = SourceMap();
    m_filePath.clear();
    m_undoStack.clear();
    revalidate();
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modelReset();
}

bool Document::saveAs(const QString& path, QString* error)
{
    if (!ModelFile::save(m_model, path, error))
        return false;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_undoStack.setClean();
    Q_EMIT filePathChanged(m_filePath);
    return true;
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
    m_model = model;
    // The file's positions no longer describe the model once it is edited.
    m_sources = SourceMap();
    revalidate();
    Q_EMIT modelChanged(focus);
}

void Document::revalidate()
{
    m_diagnostics = ModelValidator::validate(m_model, m_sources);
}

} // namespace gw
