// Fuzzes the Kubernetes importer with arbitrary bytes, as one manifest file and then as two (the same
// objects twice, so that names collide). Beyond "no crash, no leak, no hang": when the input imports
// without errors, the model written for it must validate and read back to the model assembled, and a
// second import of the same bytes must write the same text.
#include "core/import/importer.h"
#include "core/import/importmapping.h"
#include "core/import/kubernetesimporter.h"
#include "core/import/modelassembler.h"
#include "core/io/modelfile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QByteArray importOnce(const QByteArray& bytes, int files, gw::ImportResult& result)
{
    const gw::ImportMapping& mapping = gw::ImportMapping::builtIn();
    gw::KubernetesImporter kubernetes(mapping);
    gw::Diagnostics diagnostics;
    for (int i = 0; i < files; ++i) {
        if (!kubernetes.add(bytes, QStringLiteral("manifest-%1.yaml").arg(i), diagnostics))
            return {};
    }
    if (gw::hasErrors(diagnostics))
        return {};
    gw::ImportedSystem system;
    kubernetes.finish(system);
    result = gw::ModelAssembler::assemble(system, mapping, QStringLiteral("fuzz"), QStringLiteral("fuzz"));
    result.inputs = {QStringLiteral("manifest-0.yaml (Kubernetes)")};
    return result.isEmpty() ? QByteArray() : gw::Importer::yaml(result);
}

void check(const QByteArray& bytes, int files)
{
    gw::ImportResult first;
    const QByteArray yaml = importOnce(bytes, files, first);
    if (yaml.isEmpty())
        return;
    const gw::LoadResult loaded = gw::ModelFile::loadText(yaml, QStringLiteral("imported.yaml"));
    if (loaded.hasErrors() || !(loaded.model == first.model)) {
        for (const gw::Diagnostic& d : loaded.diagnostics)
            std::fprintf(stderr, "%s\n", d.toString().toUtf8().constData());
        std::fprintf(stderr, "an imported model does not validate or read back:\n%s\n", yaml.constData());
        std::abort();
    }
    gw::ImportResult second;
    if (importOnce(bytes, files, second) != yaml) {
        std::fprintf(stderr, "a second import wrote other text\n");
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    check(bytes, 1);
    check(bytes, 2);
    return 0;
}
