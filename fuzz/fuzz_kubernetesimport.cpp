// Fuzzes the Kubernetes importer with arbitrary bytes, as one manifest file and then as two (the same
// objects twice, so that names collide), with the checks of importfuzzing.h.
#include "importfuzzing.h"

#include "core/import/kubernetesimporter.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int files : {1, 2})
        gw::fuzzing::checkCopies<gw::KubernetesImporter>(
            bytes, files, QStringLiteral("manifest"), QStringLiteral("yaml"), QStringLiteral("Kubernetes"));
    return 0;
}
