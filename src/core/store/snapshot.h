// SnapshotInfo: a named, dated copy of the model kept in the project file, listed by the History panel.
#pragma once

#include <QDateTime>
#include <QString>

namespace gw {

struct SnapshotInfo
{
    QString name; // unique in a project
    QString note;
    QDateTime time;       // UTC
    int elementCount = 0; // workloads, data stores and channels, for the list
    int findingCount = 0;

    bool operator==(const SnapshotInfo&) const = default;
};

} // namespace gw
