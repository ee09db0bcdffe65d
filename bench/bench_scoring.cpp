// Scoring with the full built-in catalog: a generated model of 1,000 workloads, 500 data stores and 100
// channels (target: under 200 ms on one core), and re-ranking each example after one priority changes,
// which the desktop app does on every slider move (target: under 5 ms), with and without pricing the picks.
#include "core/cost/costestimator.h"
#include "core/cost/costmemo.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/scoringengine.h"
#include "generatedmodel.h"

#include <benchmark/benchmark.h>

#include <QDir>

namespace {

const gw::Model& largeModel()
{
    static const gw::Model model = gw::testsupport::generateModel({1000, 500, 100});
    return model;
}

const gw::ScoringEngine& engine()
{
    static const gw::ScoringEngine e(gw::RulePackLoader::builtIn());
    return e;
}

void BM_ScoreLargeModel(benchmark::State& state)
{
    const gw::Model& model = largeModel();
    for (auto _ : state) {
        gw::Recommendations r = engine().score(model);
        benchmark::DoNotOptimize(r);
    }
    state.counters["decisions"] = static_cast<double>(engine().score(model).decisions.size());
}

void BM_EvaluateLargeModel(benchmark::State& state)
{
    const gw::Model& model = largeModel();
    for (auto _ : state) {
        gw::Evaluation e = engine().evaluate(model);
        benchmark::DoNotOptimize(e);
    }
}

void BM_RankLargeModel(benchmark::State& state)
{
    const gw::Evaluation evaluation = engine().evaluate(largeModel());
    gw::Priorities priorities = largeModel().priorities;
    int step = 0;
    for (auto _ : state) {
        priorities[gw::Quality::Cost] = step++ % 6;
        gw::Recommendations r = engine().rank(evaluation, priorities);
        benchmark::DoNotOptimize(r);
    }
}

// What the picks of the large model cost: every ranked candidate of every compute, database and messaging
// decision priced on each cloud (the model's cloud is any), plus the totals (issue 19: `cost` of this
// model under 0.5 s whole process).
void BM_PriceLargeModel(benchmark::State& state)
{
    const gw::Model& model = largeModel();
    const gw::Recommendations scored = engine().score(model);
    for (auto _ : state) {
        gw::Recommendations r = scored;
        gw::CostEstimator(model).annotate(r);
        benchmark::DoNotOptimize(r);
    }
}

// The same with the lines kept from the last pricing of the model (CostMemo), as the app prices again
// on a slider move: only the picks' totals and findings are worked out anew.
void BM_PriceLargeModelFromMemo(benchmark::State& state)
{
    const gw::Model& model = largeModel();
    const gw::Recommendations scored = engine().score(model);
    gw::CostMemo memo;
    gw::CostEstimator estimator(model);
    estimator.setMemo(&memo);
    gw::Recommendations first = scored;
    estimator.annotate(first);
    for (auto _ : state) {
        gw::Recommendations r = scored;
        estimator.annotate(r);
        benchmark::DoNotOptimize(r);
    }
}

// One slider move on an example: the model's evaluation is kept, one priority changes, all is re-ranked;
// with `price`, the picks are priced too, as the app does on every slider move.
void BM_RerankExample(benchmark::State& state, const QString& path, bool price)
{
    const gw::LoadResult loaded = gw::ModelFile::load(path);
    if (loaded.hasErrors()) {
        state.SkipWithError("the example does not load");
        return;
    }
    const gw::Evaluation evaluation = engine().evaluate(loaded.model);
    gw::Priorities priorities = loaded.model.priorities;
    int step = 0;
    for (auto _ : state) {
        priorities[gw::Quality::Cost] = step++ % 6;
        gw::Recommendations r = engine().rank(evaluation, priorities);
        if (price)
            gw::CostEstimator(loaded.model).annotate(r);
        benchmark::DoNotOptimize(r);
    }
}

// The same, re-evaluating the model too (what a model edit costs).
void BM_ScoreExample(benchmark::State& state, const QString& path)
{
    const gw::LoadResult loaded = gw::ModelFile::load(path);
    if (loaded.hasErrors()) {
        state.SkipWithError("the example does not load");
        return;
    }
    for (auto _ : state) {
        gw::Recommendations r = engine().score(loaded.model);
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

int main(int argc, char** argv)
{
    BENCHMARK(BM_ScoreLargeModel)->Unit(benchmark::kMillisecond);
    BENCHMARK(BM_EvaluateLargeModel)->Unit(benchmark::kMillisecond);
    BENCHMARK(BM_RankLargeModel)->Unit(benchmark::kMillisecond);
    BENCHMARK(BM_PriceLargeModel)->Unit(benchmark::kMillisecond);
    BENCHMARK(BM_PriceLargeModelFromMemo)->Unit(benchmark::kMillisecond);
    const QDir examples(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples"));
    for (const QString& name : examples.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = examples.filePath(name);
        const std::string label = QFileInfo(name).completeBaseName().toStdString();
        benchmark::RegisterBenchmark(("BM_RerankExampleAfterPriorityChange/" + label).c_str(),
                                     BM_RerankExample, path, false)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_RerankAndPriceExample/" + label).c_str(), BM_RerankExample, path,
                                     true)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_ScoreExample/" + label).c_str(), BM_ScoreExample, path)
            ->Unit(benchmark::kMicrosecond);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
