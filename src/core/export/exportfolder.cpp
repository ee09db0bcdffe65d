#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// Makes everything written below `folder` durable with one call: syncfs(2) flushes the file system
// that holds the folder.
bool flushFileSystem(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool flushed = ::syncfs(fd) == 0;
    ::close(fd);
    return flushed;
}

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Writes `content` to a new hidden file beside `target` and names it in `temporary`. Created with mode
// 0666 so that the umask applies as for any new file; a file that replaces another keeps its mode.
bool stage(const QString& target, const QByteArray& content, QString& temporary, QString& error)
{
    const QFileInfo info(target);
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary = u"%1/.%2.%3"_s.arg(info.absolutePath(), info.fileName())
                        .arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
        fd = ::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        error = lastError();
        return false;
    }
    struct stat existing
    {
    };
    bool ok = ::stat(QFile::encodeName(target).constData(), &existing) != 0 ||
              ::fchmod(fd, existing.st_mode & 07777) == 0;
    for (qsizetype done = 0; ok && done < content.size();) {
        const ssize_t n = ::write(fd, content.constData() + done, std::size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += n > 0 ? n : 0;
    }
    if (!ok)
        error = lastError();
    if (::close(fd) != 0 && ok) {
        error = lastError();
        ok = false;
    }
    if (!ok)
        QFile::remove(temporary);
    return ok;
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

    // Each file is written to a hidden temporary beside its target first; then one flush of the file
    // system makes them all durable (an fsync per file, as QSaveFile does, made writing 409 files wait
    // 1.4 s on a busy disk); then each temporary replaces its target by a rename, so a reader sees the
    // old file or the new one, never a part of either.
    QList<std::pair<QString, QString>> staged; // temporary, target
    const auto discardStaged = [&staged] {
        for (const auto& [temporary, target] : std::as_const(staged))
            QFile::remove(temporary);
    };
    for (const ExportFile& file : files) {
        const QString target = dir.filePath(file.path);
        const QFileInfo info(target);
        if (!QDir().mkpath(info.absolutePath())) {
            result.errors.append(u"%1: cannot create its folder"_s.arg(file.path));
            discardStaged();
            return result;
        }
        QString temporary;
        QString error;
        if (!stage(target, file.content, temporary, error)) {
            result.errors.append(u"%1: %2"_s.arg(file.path, error));
            discardStaged();
            return result;
        }
        staged.append({temporary, target});
    }
    if (!flushFileSystem(root)) {
        result.errors.append(u"%1: cannot flush the files to disk"_s.arg(m_folder));
        discardStaged();
        return result;
    }
    for (qsizetype i = 0; i < staged.size(); ++i) {
        const QByteArray from = QFile::encodeName(staged[i].first);
        if (std::rename(from.constData(), QFile::encodeName(staged[i].second).constData()) != 0) {
            result.errors.append(u"%1: %2"_s.arg(files[i].path, lastError()));
            staged.remove(0, i);
            discardStaged();
            return result;
        }
        result.written.append(files[i].path);
    }
    return result;
}

} // namespace gw
