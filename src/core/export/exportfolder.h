// ExportFolder: writes generated files into the one folder the user gave, and nowhere else.
// Every path is checked before anything is written (no absolute paths, no "..", no symlink leading
// out); an existing file is never overwritten unless `force` is set; each file is saved atomically.
#pragma once

#include "exportfile.h"

#include <QStringList>

namespace gw {

struct ExportWriteResult
{
    QStringList written;  // relative paths, in the order given
    QStringList existing; // refused because they exist and force was not set (then nothing is written)
    QStringList errors;   // one line each: "path: why"
    bool ok() const { return errors.isEmpty() && existing.isEmpty(); }
};

class ExportFolder
{
public:
    explicit ExportFolder(QString folder);

    // True when `relativePath` names a place inside the folder: relative, no "." or ".." parts, no
    // empty parts, no backslash or control characters.
    static bool isSafeRelativePath(const QString& relativePath);

    // The files that already exist in the folder (what a prompt or `--force` is about).
    QStringList existingFiles(const ExportFiles& files) const;

    // All or nothing for checks: when any path is unsafe, or exists without `force`, nothing is written.
    ExportWriteResult write(const ExportFiles& files, bool force) const;

private:
    QString m_folder;
};

} // namespace gw
