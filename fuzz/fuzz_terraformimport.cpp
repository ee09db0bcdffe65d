// Fuzzes the Terraform importer with arbitrary bytes, read as one state (or `show -json` output) and then
// as two files holding the same resources, with the checks of importfuzzing.h.
#include "importfuzzing.h"

#include "core/import/terraformimporter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int files : {1, 2})
        gw::fuzzing::checkCopies<gw::TerraformImporter>(
            bytes, files, QStringLiteral("state"), QStringLiteral("tfstate"), QStringLiteral("Terraform"));
    return 0;
}
