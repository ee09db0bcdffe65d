// ModelAssembler: the components every importer found turned into a model, by the import mapping:
// each becomes a workload, a data store or a channel (or is left out and counted), its references
// become `uses` edges, the engines its images show become pinned decisions, and every inferred value
// gets a note saying where it came from. Written once for all formats.
#pragma once

#include "importedcomponent.h"
#include "importresult.h"

namespace gw {

class ImportMapping;

class ModelAssembler
{
public:
    // `fallbackName` names the system when the inputs do not (a folder's name), read at `fallbackOrigin`.
    static ImportResult assemble(const ImportedSystem& system, const ImportMapping& mapping,
                                 const QString& fallbackName, const QString& fallbackWhy);
};

} // namespace gw
