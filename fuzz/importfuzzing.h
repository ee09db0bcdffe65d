// What every importer's fuzz target checks beyond "no crash, no leak, no hang": when the input imports
// without errors, the model written for it must validate and read back to the model assembled, and a
// second import of the same bytes must write the same text.
#pragma once

#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/modelassembler.h"
#include "core/io/modelfile.h"

#include <cstdio>
#include <cstdlib>

namespace gw::fuzzing {

// The model `system` makes, as the import command assembles and writes it; empty when there is none.
inline QByteArray written(const ImportedSystem& system, const QStringList& inputs, ImportResult& result)
{
    result = ModelAssembler::assemble(system, ImportMapping::builtIn(), QStringLiteral("fuzz"),
                                      QStringLiteral("fuzz"));
    result.inputs = inputs;
    return result.isEmpty() ? QByteArray() : Importer::yaml(result);
}

// `importOnce(result)` imports the input into `result` and returns what it writes (empty: nothing).
template<typename ImportOnce> void checkImport(ImportOnce importOnce)
{
    ImportResult first;
    const QByteArray yaml = importOnce(first);
    if (yaml.isEmpty())
        return;
    const LoadResult loaded = ModelFile::loadText(yaml, QStringLiteral("imported.yaml"));
    if (loaded.hasErrors() || !(loaded.model == first.model)) {
        for (const Diagnostic& d : loaded.diagnostics)
            std::fprintf(stderr, "%s\n", d.toString().toUtf8().constData());
        std::fprintf(stderr, "an imported model does not validate or read back:\n%s\n", yaml.constData());
        std::abort();
    }
    ImportResult second;
    if (importOnce(second) != yaml) {
        std::fprintf(stderr, "a second import wrote other text\n");
        std::abort();
    }
}

// Imports `bytes` as `files` files named "<stem>-0.<suffix>", "<stem>-1.<suffix>"... (the same content
// twice, so that names collide) with a fresh `Format` importer each time, and checks it as checkImport.
template<typename Format>
void checkCopies(const QByteArray& bytes, int files, const QString& stem, const QString& suffix,
                 const QString& format)
{
    checkImport([&](ImportResult& result) {
        Format importer(ImportMapping::builtIn());
        Diagnostics diagnostics;
        for (int i = 0; i < files; ++i) {
            if (!importer.add(bytes, QStringLiteral("%1-%2.%3").arg(stem).arg(i).arg(suffix), diagnostics))
                return QByteArray();
        }
        if (hasErrors(diagnostics))
            return QByteArray();
        ImportedSystem system;
        importer.finish(system);
        return written(system, {QStringLiteral("%1-0.%2 (%3)").arg(stem, suffix, format)}, result);
    });
}

} // namespace gw::fuzzing
