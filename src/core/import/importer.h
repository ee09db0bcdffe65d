// Importer: existing systems read into a model. Each input's format is told by its content; the
// importers of all formats feed one assembler, and the model is written with every note as a comment.
// Nothing here touches the file system: the inputs come as bytes (ImportInputCollector reads them).
#pragma once

#include "importinputs.h"
#include "importresult.h"

namespace gw {

class ImportMapping;

struct ImportOptions
{
    QStringList profiles; // Compose profiles enabled, as `docker compose --profile` takes them
};

class Importer
{
public:
    static ImportResult run(const QList<ImportInput>& inputs, const ImportMapping& mapping,
                            const ImportOptions& options = {});
    // The model as YAML with a header and every note as a comment.
    static QByteArray yaml(const ImportResult& result);
};

} // namespace gw
