#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <utility>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

// The real location of `path` or, when it does not exist yet, of its nearest existing ancestor, so
// that a symlinked folder inside the export folder cannot lead a file out of it.
QString resolvedExistingAncestor(QString path)
{
    QFileInfo info(path);
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    return info.canonicalFilePath();
}

bool isInside(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

} // namespace

ExportFolder::ExportFolder(QString folder) : m_folder(std::move(folder))
{
}

bool ExportFolder::isSafeRelativePath(const QString& relativePath)
{
    if (relativePath.isEmpty() || relativePath.startsWith(u'/') || relativePath.size() > 1024)
        return false;
    for (const QChar c : relativePath) {
        if (c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = relativePath.split(u'/');
    for (const QString& part : parts) {
        if (part.isEmpty() || part == "."_L1 || part == ".."_L1)
            return false;
    }
    return true;
}

QStringList ExportFolder::existingFiles(const ExportFiles& files) const
{
    QStringList existing;
    const QDir dir(m_folder);
    for (const ExportFile& file : files) {
        if (isSafeRelativePath(file.path) && QFileInfo::exists(dir.filePath(file.path)))
            existing.append(file.path);
    }
    return existing;
}

ExportWriteResult ExportFolder::write(const ExportFiles& files, bool force) const
{
    ExportWriteResult result;
    const QDir dir(m_folder);
    if (!dir.exists() && !QDir().mkpath(m_folder)) {
        result.errors.append(u"%1: cannot create the folder"_s.arg(m_folder));
        return result;
    }
    const QString root = QFileInfo(m_folder).canonicalFilePath();

    for (const ExportFile& file : files) {
        if (!isSafeRelativePath(file.path)) {
            result.errors.append(u"%1: not a path inside the export folder"_s.arg(file.path));
            continue;
        }
        const QString target = dir.filePath(file.path);
        if (!isInside(resolvedExistingAncestor(target), root)) {
            result.errors.append(u"%1: leads outside the export folder (a link?)"_s.arg(file.path));
            continue;
        }
        const QFileInfo info(target);
        if (info.isSymLink() || info.isDir()) {
            result.errors.append(u"%1: exists and is not a regular file"_s.arg(file.path));
            continue;
        }
        if (info.exists() && !force)
            result.existing.append(file.path);
    }
    if (!result.ok())
        return result;

    for (const ExportFile& file : files) {
        const QString target = dir.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
            result.errors.append(u"%1: cannot create its folder"_s.arg(file.path));
            return result;
        }
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() ||
            !out.commit()) {
            result.errors.append(u"%1: %2"_s.arg(file.path, out.errorString()));
            return result;
        }
        result.written.append(file.path);
    }
    return result;
}

} // namespace gw
