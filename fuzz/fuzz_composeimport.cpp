// Fuzzes the Compose importer with arbitrary bytes, read as a file and then again as its own override
// (merging is half of what the importer does). Beyond "no crash, no leak, no hang": when the input
// imports without errors, the model written for it must validate and read back to the model assembled,
// and a second import of the same bytes must write the same text.
#include "core/import/composeimporter.h"
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/modelassembler.h"
#include "core/io/modelfile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QByteArray importOnce(const QByteArray& bytes, gw::ImportResult& result)
{
    const gw::ImportMapping& mapping = gw::ImportMapping::builtIn();
    gw::ComposeImporter compose(mapping, {QStringLiteral("*")});
    gw::Diagnostics diagnostics;
    if (!compose.add(bytes, QStringLiteral("compose.yml"), diagnostics) ||
        !compose.add(bytes, QStringLiteral("compose.override.yml"), diagnostics) ||
        gw::hasErrors(diagnostics))
        return {};
    gw::ImportedSystem system;
    compose.finish(system);
    result = gw::ModelAssembler::assemble(system, mapping, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
    result.inputs = {QStringLiteral("compose.yml (Compose)"),
                     QStringLiteral("compose.override.yml (Compose)")};
    return result.isEmpty() ? QByteArray() : gw::Importer::yaml(result);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    gw::ImportResult first;
    const QByteArray yaml = importOnce(bytes, first);
    if (yaml.isEmpty())
        return 0;
    const gw::LoadResult loaded = gw::ModelFile::loadText(yaml, QStringLiteral("imported.yaml"));
    if (loaded.hasErrors() || !(loaded.model == first.model)) {
        for (const gw::Diagnostic& d : loaded.diagnostics)
            std::fprintf(stderr, "%s\n", d.toString().toUtf8().constData());
        std::fprintf(stderr, "an imported model does not validate or read back:\n%s\n", yaml.constData());
        std::abort();
    }
    gw::ImportResult second;
    if (importOnce(bytes, second) != yaml) {
        std::fprintf(stderr, "a second import wrote other text\n");
        std::abort();
    }
    return 0;
}
