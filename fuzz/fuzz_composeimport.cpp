// Fuzzes the Compose importer with arbitrary bytes, read as a file and then again as its own override
// (merging is half of what the importer does), with the checks of importfuzzing.h.
#include "importfuzzing.h"

#include "core/import/composeimporter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    gw::fuzzing::checkImport([&bytes](gw::ImportResult& result) {
        gw::ComposeImporter compose(gw::ImportMapping::builtIn(), {QStringLiteral("*")});
        gw::Diagnostics diagnostics;
        if (!compose.add(bytes, QStringLiteral("compose.yml"), diagnostics) ||
            !compose.add(bytes, QStringLiteral("compose.override.yml"), diagnostics) ||
            gw::hasErrors(diagnostics))
            return QByteArray();
        gw::ImportedSystem system;
        compose.finish(system);
        return gw::fuzzing::written(
            system,
            {QStringLiteral("compose.yml (Compose)"), QStringLiteral("compose.override.yml (Compose)")},
            result);
    });
    return 0;
}
