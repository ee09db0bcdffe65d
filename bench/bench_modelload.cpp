// Loading and validating a large model, beside yaml-cpp's bare parse of the same text: the reader's
// own work (types, positions, validation) should cost at most half again what parsing does.
#include "core/io/modelfile.h"
#include "core/io/modelwriter.h"
#include "generatedmodel.h"

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

namespace {

// 10,000 elements: 6,000 workloads, 3,000 data stores, 1,000 channels.
const QByteArray& largeModelText()
{
    static const QByteArray text =
        gw::ModelWriter::toYaml(gw::testsupport::generateModel({6000, 3000, 1000}));
    return text;
}

void BM_YamlCppBareLoad(benchmark::State& state)
{
    const std::string text = largeModelText().toStdString();
    for (auto _ : state) {
        YAML::Node root = YAML::Load(text);
        benchmark::DoNotOptimize(root);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}

void BM_GroundworkLoadAndValidate(benchmark::State& state)
{
    const QByteArray& text = largeModelText();
    for (auto _ : state) {
        gw::LoadResult result = gw::ModelFile::loadText(text, QStringLiteral("large.yaml"));
        if (result.hasErrors())
            state.SkipWithError("the generated model is invalid");
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}

} // namespace

BENCHMARK(BM_YamlCppBareLoad)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GroundworkLoadAndValidate)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
