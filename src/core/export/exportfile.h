// ExportFile: one generated file, its path relative to the export folder and its bytes.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace gw {

struct ExportFile
{
    QString path; // relative, '/'-separated, e.g. "terraform/aws/main.tf"; checked by ExportFolder
    QByteArray content;
};

using ExportFiles = std::vector<ExportFile>;

} // namespace gw
