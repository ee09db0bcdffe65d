#include "document.h"

#include "core/io/modelfile.h"

#include <QFileInfo>

namespace gw {

Document::Document(QObject* parent) : QObject(parent)
{
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
    m_loaded = std::move(loaded);
    m_filePath = info.absoluteFilePath();
    Q_EMIT modelReset();
    return true;
}

} // namespace gw
