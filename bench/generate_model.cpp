// generate_model WORKLOADS DATA CHANNELS > model.yaml: a valid generated model of that size, for
// measuring the app and the CLI on large models (bench/app-timings.sh).
#include "core/io/modelwriter.h"
#include "generatedmodel.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: generate_model WORKLOADS DATA CHANNELS > model.yaml\n");
        return 2;
    }
    const gw::testsupport::ModelSize size{std::atoi(argv[1]), std::atoi(argv[2]), std::atoi(argv[3])};
    const QByteArray yaml = gw::ModelWriter::toYaml(gw::testsupport::generateModel(size));
    std::fwrite(yaml.constData(), 1, static_cast<std::size_t>(yaml.size()), stdout);
    return 0;
}
