// Exporters: the infrastructure and contract exporters by the name users type, and "all" of them.
#pragma once

#include "exporter.h"

#include <QStringList>

#include <memory>

namespace gw {

// "terraform", "kubernetes", "compose", "contracts", then "all".
QStringList exportKinds();

// The exporter of that name; null for "all" and unknown names.
std::unique_ptr<Exporter> makeExporter(const QString& kind);

// The files of one kind, or of every kind for "all" (each in its own folder); empty for unknown kinds.
ExportFiles generateExport(const QString& kind, const ExportInput& input);

} // namespace gw
