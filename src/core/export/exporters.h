// Exporters: the one table of the infrastructure and contract exporters (the name users type, what it
// writes, how to make it). The CLI's help, the app's export dialog and "all" are derived from it.
#pragma once

#include "exporter.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace gw {

struct ExporterEntry
{
    QString name;    // what users type: `groundwork-cli export <name>`
    QString summary; // what it writes, one line
    std::unique_ptr<Exporter> (*make)();
};

// Terraform, Kubernetes, docker-compose, contracts, in the order users see them.
const std::vector<ExporterEntry>& exporters();

// The name that asks for every exporter at once, each in its own folder.
inline constexpr char16_t kExportAll[] = u"all";

// The table's names, then "all".
QStringList exportKinds();

// The files of one kind, or of every kind for "all"; empty for unknown kinds.
ExportFiles generateExport(const QString& kind, const ExportInput& input);

} // namespace gw
