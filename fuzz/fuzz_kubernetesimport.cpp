// Fuzzes the Kubernetes importer with arbitrary bytes, as one manifest file and then as two (the same
// objects twice, so that names collide), with the checks of importfuzzing.h.
#include "importfuzzing.h"

#include "core/import/kubernetesimporter.h"

#include <cstdint>

namespace {

void check(const QByteArray& bytes, int files)
{
    gw::fuzzing::checkImport([&bytes, files](gw::ImportResult& result) {
        gw::KubernetesImporter importer(gw::ImportMapping::builtIn());
        gw::Diagnostics diagnostics;
        for (int i = 0; i < files; ++i) {
            if (!importer.add(bytes, QStringLiteral("manifest-%1.yaml").arg(i), diagnostics))
                return QByteArray();
        }
        if (gw::hasErrors(diagnostics))
            return QByteArray();
        gw::ImportedSystem system;
        importer.finish(system);
        return gw::fuzzing::written(system, {QStringLiteral("manifest-0.yaml (Kubernetes)")}, result);
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
