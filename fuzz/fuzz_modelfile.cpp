// Fuzzes the YAML model loader and validator with arbitrary bytes. Beyond "no crash, no leak, no
// hang": a text that loads without errors must survive a write and a second load unchanged, because
// that is what Save promises.
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const gw::LoadResult first = gw::ModelFile::loadText(text, QStringLiteral("fuzz.yaml"));
    if (first.hasErrors())
        return 0;
    const QByteArray written = gw::ModelWriter::toYaml(first.model);
    const gw::LoadResult second = gw::ModelFile::loadText(written, QStringLiteral("written.yaml"));
    if (second.hasErrors() || !(second.model == first.model)) {
        std::fprintf(stderr, "a valid model did not survive write + load:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
