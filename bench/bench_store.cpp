// The project file at scale: a 10,000-element model with 100 snapshots (each with its advice). Opening
// (file + current model), saving a change, and diffing two snapshots (models and advice from the file).
// Targets: open under 300 ms, save under 100 ms, diff of two snapshots under 100 ms.
#include "core/diff/advicesummary.h"
#include "core/diff/diffreport.h"
#include "core/rules/scoringengine.h"
#include "core/store/modelcodec.h"
#include "core/store/projectfile.h"
#include "generatedmodel.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int kSnapshots = 100;

// Snapshot i: the model as it was i edits ago (one workload's needs changed per edit).
gw::Model variant(const gw::Model& base, int i)
{
    gw::Model m = base;
    for (int k = 0; k < i; ++k) {
        gw::Workload& w = m.workloads[(k * 37) % m.workloads.size()];
        w.cpu = w.cpu == gw::Level::High ? gw::Level::Low : gw::Level::High;
        w.memoryMb += 256;
    }
    return m;
}

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    gw::Model model;
    gw::AdviceSummary baseAdvice;

    Fixture()
    {
        model = gw::testsupport::generateModel({6000, 3000, 1000});
        path = dir.filePath(QStringLiteral("large.groundwork"));
        gw::ProjectFile project;
        if (!project.create(path) || !project.save(model))
            qFatal("cannot write the bench project: %s", qPrintable(project.errorString()));
        // Scoring a model this size takes about a second here, so the snapshots between the first and the
        // last (the two the diff reads) keep the base model's advice: the same number of rows.
        const gw::ScoringEngine engine;
        baseAdvice = gw::AdviceSummary::from(engine.score(model));
        for (int i = kSnapshots; i > 0; --i) {
            const gw::Model m = variant(model, i);
            const bool diffed = i == kSnapshots || i == 1;
            if (!project.takeSnapshot(QStringLiteral("snapshot %1").arg(kSnapshots - i + 1),
                                      QStringLiteral("bench"), m,
                                      diffed ? gw::AdviceSummary::from(engine.score(m)) : baseAdvice))
                qFatal("cannot take a snapshot: %s", qPrintable(project.errorString()));
        }
    }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

// The codec's share of open and save.
void BM_EncodeModel(benchmark::State& state)
{
    const gw::Model& model = fixture().model;
    for (auto _ : state)
        benchmark::DoNotOptimize(gw::ModelCodec::encode(model));
}

void BM_DecodeModel(benchmark::State& state)
{
    const QByteArray bytes = gw::ModelCodec::encode(fixture().model);
    state.counters["bytes"] = double(bytes.size());
    for (auto _ : state)
        benchmark::DoNotOptimize(gw::ModelCodec::decode(bytes));
}

void BM_OpenProject(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        gw::ProjectFile project;
        if (!project.open(f.path))
            state.SkipWithError("open failed");
        std::optional<gw::Model> model = project.model();
        QList<gw::SnapshotInfo> snapshots = project.snapshots();
        if (!model || snapshots.size() != kSnapshots)
            state.SkipWithError("the project did not read back");
        benchmark::DoNotOptimize(model);
        benchmark::DoNotOptimize(snapshots);
    }
}

void BM_SaveProject(benchmark::State& state)
{
    Fixture& f = fixture();
    gw::ProjectFile project;
    if (!project.open(f.path))
        state.SkipWithError("open failed");
    gw::Model edited = f.model;
    int i = 0;
    for (auto _ : state) {
        edited.workloads[i % edited.workloads.size()].memoryMb += 1; // an edit, as in the app
        ++i;
        if (!project.save(edited))
            state.SkipWithError("save failed");
    }
    project.save(f.model);
}

// What the History panel and `groundwork-cli diff p@a p@b` do: the project reads only what differs.
void BM_DiffTwoSnapshots(benchmark::State& state)
{
    Fixture& f = fixture();
    gw::ProjectFile project;
    if (!project.open(f.path))
        state.SkipWithError("open failed");
    const QString a = QStringLiteral("snapshot 1");
    const QString b = QStringLiteral("snapshot %1").arg(kSnapshots);
    for (auto _ : state) {
        const std::optional<gw::DiffReport> report = project.compareSnapshots(a, b, a, b);
        if (!report || report->model.isEmpty())
            state.SkipWithError("the snapshots should differ");
        benchmark::DoNotOptimize(report);
    }
}

// The same diff from both whole snapshots (decode both models, load both advice tables): what a
// project of schema 1 opened read-only still does, and the figure the parts are measured against.
void BM_DiffTwoWholeSnapshots(benchmark::State& state)
{
    Fixture& f = fixture();
    gw::ProjectFile project;
    if (!project.open(f.path))
        state.SkipWithError("open failed");
    const QString a = QStringLiteral("snapshot 1");
    const QString b = QStringLiteral("snapshot %1").arg(kSnapshots);
    for (auto _ : state) {
        const auto modelA = project.snapshotModel(a);
        const auto modelB = project.snapshotModel(b);
        const auto adviceA = project.snapshotAdvice(a);
        const auto adviceB = project.snapshotAdvice(b);
        if (!modelA || !modelB || !adviceA || !adviceB)
            state.SkipWithError("snapshots did not read back");
        const gw::DiffReport report = gw::DiffReport::compare(a, *modelA, *adviceA, b, *modelB, *adviceB);
        if (report.model.isEmpty())
            state.SkipWithError("the snapshots should differ");
        benchmark::DoNotOptimize(report);
    }
}

// Taking a snapshot (the model, its advice rows and its parts, one transaction); the advice is scored
// beforehand, as the app has it already. Each one is removed again outside the timing.
void BM_TakeSnapshot(benchmark::State& state)
{
    Fixture& f = fixture();
    gw::ProjectFile project;
    if (!project.open(f.path))
        state.SkipWithError("open failed");
    const gw::AdviceSummary advice = f.baseAdvice;
    const gw::Model edited = variant(f.model, 1);
    for (auto _ : state) {
        if (!project.takeSnapshot(QStringLiteral("bench"), {}, edited, advice))
            state.SkipWithError("the snapshot was not taken");
        state.PauseTiming();
        project.removeSnapshot(QStringLiteral("bench"));
        state.ResumeTiming();
    }
}

} // namespace

BENCHMARK(BM_EncodeModel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeModel)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenProject)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveProject)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TakeSnapshot)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DiffTwoSnapshots)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DiffTwoWholeSnapshots)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
