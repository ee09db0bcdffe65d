// Fuzzes the project file opener with mutated SQLite files: whatever the bytes, opening the file and
// reading everything in it (model, settings, snapshots with their advice, the decision log) ends in
// data or a clear error, never a crash, a leak or a hang. The file is opened read-only, as the CLI
// opens a stranger's project.
#include "core/diff/advicesummary.h"
#include "core/diff/diffreport.h"
#include "core/store/projectfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/groundwork-fuzz-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("input.groundwork"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    // SQLite would read a leftover journal or WAL of an earlier input as part of this one.
    QFile::remove(path + QStringLiteral("-journal"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    gw::ProjectFile project;
    if (!project.open(path, gw::ProjectFile::Access::ReadOnly))
        return 0;
    project.model();
    project.settings();
    project.decisionLog();
    const QList<gw::SnapshotInfo> snapshots = project.snapshots();
    for (const gw::SnapshotInfo& snapshot : snapshots) {
        project.snapshotModel(snapshot.name);
        project.snapshotAdvice(snapshot.name);
    }
    if (!snapshots.isEmpty()) // the diff that reads snapshots part by part
        project.compareSnapshots(snapshots.first().name, snapshots.last().name, {}, {});
    project.integrityOk();
    return 0;
}
