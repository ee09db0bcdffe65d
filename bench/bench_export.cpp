// Exports of generated models (50, 200 and 1,000 elements): every kind (Terraform for every cloud with
// templates, Kubernetes, compose, contracts), in memory and then written to a folder through
// ExportFolder. Recommendations are computed once outside the loop, as the app keeps them.
#include "core/export/exporters.h"
#include "core/export/exportfolder.h"
#include "core/rules/scoringengine.h"
#include "generatedmodel.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

namespace {

struct Scored
{
    gw::Model model;
    gw::Recommendations recommendations;
};

// Elements split as in real models: 60% workloads, 30% data stores, 10% channels.
const Scored& scored(int elements)
{
    static std::map<int, Scored> cache;
    auto it = cache.find(elements);
    if (it == cache.end()) {
        Scored s;
        s.model = gw::testsupport::generateModel({elements * 6 / 10, elements * 3 / 10, elements / 10});
        s.model.system.cloud = gw::Cloud::Any; // all three clouds: the most work
        s.recommendations = gw::ScoringEngine().score(s.model);
        it = cache.emplace(elements, std::move(s)).first;
    }
    return it->second;
}

void BM_GenerateAll(benchmark::State& state)
{
    const Scored& s = scored(static_cast<int>(state.range(0)));
    std::size_t files = 0;
    for (auto _ : state) {
        const gw::ExportFiles out =
            gw::generateExport(QStringLiteral("all"), {s.model, s.recommendations, {}, {}});
        files = out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["files"] = static_cast<double>(files);
}

void BM_GenerateAndWriteAll(benchmark::State& state)
{
    const Scored& s = scored(static_cast<int>(state.range(0)));
    QTemporaryDir tmp;
    for (auto _ : state) {
        const gw::ExportFiles out =
            gw::generateExport(QStringLiteral("all"), {s.model, s.recommendations, {}, {}});
        const gw::ExportWriteResult r = gw::ExportFolder(tmp.path()).write(out, true);
        if (!r.ok())
            state.SkipWithError("write failed");
    }
}

} // namespace

BENCHMARK(BM_GenerateAll)->Arg(50)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GenerateAndWriteAll)->Arg(50)->Arg(200)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
