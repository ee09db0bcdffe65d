// What a CLI process pays before its own work: the built-in rule packs loaded from the form compiled at
// build time (what every program does), beside reading the same packs from YAML (what groundwork-rulec
// does at build time, and every process did before); and the whole `groundwork-cli render` process of a
// generated model beside the `dot` process on the DOT that same command writes.
#include "childcpu.h"
#include "core/io/modelwriter.h"
#include "core/rules/rulepackloader.h"
#include "generatedmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <optional>

namespace {

void BM_BuiltInCatalogCompiled(benchmark::State& state)
{
    // Decoded and merged in each iteration: RulePackLoader::load() keeps the result for the process.
    for (auto _ : state) {
        gw::Diagnostics diagnostics;
        QList<gw::RulePack> packs = gw::RulePackLoader::readBuiltIn(diagnostics);
        const gw::CatalogLoad load = gw::RulePackLoader::merge(std::move(packs), std::move(diagnostics));
        if (load.hasErrors() || load.catalog->isEmpty())
            state.SkipWithError("the built-in catalog did not load");
        benchmark::DoNotOptimize(load.catalog->rules().size());
    }
}

void BM_BuiltInCatalogFromYaml(benchmark::State& state)
{
    for (auto _ : state) {
        gw::Diagnostics diagnostics;
        QList<gw::RulePack> packs;
        for (const QString& file : gw::RulePackLoader::builtInFiles())
            packs.append(gw::RulePackLoader::readFile(file, true, diagnostics));
        const gw::CatalogLoad load = gw::RulePackLoader::merge(std::move(packs), std::move(diagnostics));
        if (load.hasErrors() || load.catalog->isEmpty())
            state.SkipWithError("the built-in catalog did not load");
        benchmark::DoNotOptimize(load.catalog->rules().size());
    }
}

// A generated model of `elements` (60% workloads, 30% data stores, 10% channels) as a YAML file, and
// the DOT that `render` draws of it, in a folder that lives as long as the process.
struct RenderInput
{
    QString model;
    QByteArray dot;
};

// The process's standard output; nullopt when it did not exit with 0.
std::optional<QByteArray> run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

const RenderInput& renderInput(int elements)
{
    static QTemporaryDir dir;
    static std::map<int, RenderInput> cache;
    auto it = cache.find(elements);
    if (it != cache.end())
        return it->second;
    RenderInput in;
    in.model = dir.filePath(QStringLiteral("model-%1.yaml").arg(elements));
    QFile file(in.model);
    if (file.open(QIODevice::WriteOnly))
        file.write(gw::ModelWriter::toYaml(
            gw::testsupport::generateModel({elements * 6 / 10, elements * 3 / 10, elements / 10})));
    file.close();
    const QString dotFile = dir.filePath(QStringLiteral("model-%1.dot").arg(elements));
    run(QStringLiteral(GROUNDWORK_BIN_DIR "/groundwork-cli"),
        {QStringLiteral("render"), in.model, QStringLiteral("-o"), dotFile});
    QFile dot(dotFile);
    if (dot.open(QIODevice::ReadOnly))
        in.dot = dot.readAll();
    return cache.emplace(elements, in).first->second;
}

// The whole process, as a user or a script runs it: start-up, the built-in catalog, reading and
// scoring the model, the topology, the layout helper and the SVG written.
void BM_CliRenderProcess(benchmark::State& state)
{
    const RenderInput& in = renderInput(static_cast<int>(state.range(0)));
    static QTemporaryDir out;
    const QStringList args{QStringLiteral("render"), in.model, QStringLiteral("-o"),
                           out.filePath(QStringLiteral("model.svg"))};
    const ChildCpu childCpu(state);
    for (auto _ : state) {
        if (!run(QStringLiteral(GROUNDWORK_BIN_DIR "/groundwork-cli"), args))
            state.SkipWithError("groundwork-cli render failed");
    }
}

// `dot -Tsvg` on the DOT `render` wrote for the same model, its icons where `dot` finds them.
void BM_DotProcess(benchmark::State& state)
{
    const RenderInput& in = renderInput(static_cast<int>(state.range(0)));
    if (in.dot.isEmpty()) {
        state.SkipWithError("no DOT from groundwork-cli render");
        return;
    }
    const QStringList args{QStringLiteral("-Tsvg"),
                           QStringLiteral("-Gimagepath=" GROUNDWORK_BIN_DIR "/../share/groundwork/icons")};
    const ChildCpu childCpu(state);
    for (auto _ : state) {
        const std::optional<QByteArray> svg = run(QStringLiteral("dot"), args, in.dot);
        if (!svg || svg->isEmpty())
            state.SkipWithError("dot failed");
    }
}

} // namespace

BENCHMARK(BM_BuiltInCatalogCompiled)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuiltInCatalogFromYaml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CliRenderProcess)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_DotProcess)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
