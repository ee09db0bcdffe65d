// Fuzzes the Terraform importer with arbitrary bytes, read as one state (or `show -json` output) and then
// as two files holding the same resources, with the checks of importfuzzing.h.
#include "importfuzzing.h"

#include "core/import/terraformimporter.h"

#include <cstdint>

namespace {

void check(const QByteArray& bytes, int files)
{
    gw::fuzzing::checkImport([&bytes, files](gw::ImportResult& result) {
        gw::TerraformImporter importer(gw::ImportMapping::builtIn());
        gw::Diagnostics diagnostics;
        for (int i = 0; i < files; ++i) {
            if (!importer.add(bytes, QStringLiteral("state-%1.tfstate").arg(i), diagnostics))
                return QByteArray();
        }
        if (gw::hasErrors(diagnostics))
            return QByteArray();
        gw::ImportedSystem system;
        importer.finish(system);
        return gw::fuzzing::written(system, {QStringLiteral("state-0.tfstate (Terraform)")}, result);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    check(bytes, 1);
    check(bytes, 2);
    return 0;
}
