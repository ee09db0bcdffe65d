#include "modelfile.h"

#include "limits.h"
#include "modelreader.h"
#include "modelvalidator.h"
#include "modelwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace gw {

namespace {

LoadResult failure(const QString& path, const QString& message)
{
    LoadResult result;
    result.sources.setFileName(path);
    Diagnostic d;
    d.location.file = path;
    d.message = message;
    result.diagnostics.append(d);
    return result;
}

} // namespace

LoadResult ModelFile::loadText(const QByteArray& text, const QString& displayName)
{
    LoadResult result = ModelReader::read(text, displayName);
    if (result.readable)
        result.diagnostics += ModelValidator::validate(result.model, result.sources);
    sortDiagnostics(result.diagnostics);
    return result;
}

LoadResult ModelFile::load(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, QStringLiteral("no such file"));
    if (info.isDir())
        return failure(path, QStringLiteral("is a folder, not a model file"));
    // Refuse before reading, so that a huge file costs nothing.
    if (info.size() > limits::kMaxModelBytes)
        return failure(path, QStringLiteral("the file is %1 MiB; Groundwork reads files of at most %2 MiB")
                                 .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                 .arg(limits::kMaxModelBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, QStringLiteral("cannot open: %1").arg(file.errorString()));
    // Read one byte past the limit: a file that grew since the size check (or a pipe) is still refused.
    const QByteArray bytes = file.read(limits::kMaxModelBytes + 1);
    return loadText(bytes, path);
}

bool ModelFile::save(const Model& model, const QString& path, QString* errorMessage)
{
    QSaveFile file(path);
    const QByteArray yaml = ModelWriter::toYaml(model);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

} // namespace gw
