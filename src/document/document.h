// Document: the model open in the app, the file it came from, and the problems found in it.
// Views read it and listen to its signals; later, undo commands will edit the model through it.
#pragma once

#include "core/io/loadresult.h"

#include <QObject>

namespace gw {

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject* parent = nullptr);

    // Loads a model file; the document takes the model even when it has problems, so they can be shown.
    // When the file cannot be read at all, the document stays as it was and `error` says why.
    bool open(const QString& path, QString* error = nullptr);

    const Model& model() const { return m_loaded.model; }
    const SourceMap& sources() const { return m_loaded.sources; }
    const Diagnostics& diagnostics() const { return m_loaded.diagnostics; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    void modelReset();

private:
    LoadResult m_loaded;
    QString m_filePath;
};

} // namespace gw
