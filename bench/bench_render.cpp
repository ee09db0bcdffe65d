// Topology diagrams of generated models (50, 200, 1,000 and 3,000 elements): our whole path from a
// scored model to SVG (DiagramRenderer::render of the model: the groundwork-layout helper process
// started, the topology and its DOT made meanwhile), beside `dot -Tsvg` run as a process on the same
// DOT text. Recommendations are computed once outside the loop: the app keeps them from its scoring,
// and scoring has its own benchmark.
#include "childcpu.h"
#include "core/rules/scoringengine.h"
#include "core/topology/diagramrenderer.h"
#include "core/topology/dotwriter.h"
#include "core/topology/topologybuilder.h"
#include "generatedmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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
        s.recommendations = gw::ScoringEngine().score(s.model);
        it = cache.emplace(elements, std::move(s)).first;
    }
    return it->second;
}

// The default drawing (a collapsed overview above TopologyBuilder::kCollapseAbove elements), or with
// `full` every element as `render --full` draws it.
gw::TopologyBuilder::Options buildOptions(bool full)
{
    gw::TopologyBuilder::Options options;
    if (full)
        options.collapseAbove = 0;
    return options;
}

// The topology alone (the overview above TopologyBuilder::kCollapseAbove elements): our share of the
// CPU before the DOT text and the helper.
void BM_BuildTopology(benchmark::State& state)
{
    const Scored& s = scored(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        const gw::Topology t = gw::TopologyBuilder::build(s.model, s.recommendations, buildOptions(false));
        benchmark::DoNotOptimize(t.nodes.size());
    }
}

template<bool full> void BM_ModelToSvg(benchmark::State& state)
{
    const Scored& s = scored(static_cast<int>(state.range(0)));
    const ChildCpu childCpu(state);
    for (auto _ : state) {
        const gw::DiagramResult r = gw::DiagramRenderer::render(s.model, s.recommendations,
                                                                buildOptions(full), gw::DiagramFormat::Svg);
        if (!r.ok)
            state.SkipWithError(qPrintable(r.error));
        benchmark::DoNotOptimize(r.data.size());
    }
}

// The icons the DOT names, where `dot` can find them (our helper carries them in its resources).
QString iconDir()
{
    static QTemporaryDir dir;
    static bool filled = false;
    if (!filled) {
        const QDir icons(QStringLiteral(GROUNDWORK_SOURCE_DIR "/resources/icons"));
        for (const QString& f : icons.entryList({QStringLiteral("*.svg")}, QDir::Files))
            QFile::copy(icons.filePath(f), dir.filePath(f));
        filled = true;
    }
    return dir.path();
}

template<bool full> void BM_DotProcessSvg(benchmark::State& state)
{
    const Scored& s = scored(static_cast<int>(state.range(0)));
    const QByteArray dot =
        gw::DotWriter::write(gw::TopologyBuilder::build(s.model, s.recommendations, buildOptions(full)));
    const QStringList args{QStringLiteral("-Tsvg"), QStringLiteral("-Gimagepath=") + iconDir()};
    const ChildCpu childCpu(state);
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral("dot"), args);
        p.write(dot);
        p.closeWriteChannel();
        QByteArray out;
        while (p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(20);
            out += p.readAllStandardOutput();
        }
        out += p.readAllStandardOutput();
        if (p.exitCode() != 0)
            state.SkipWithError("dot failed");
        benchmark::DoNotOptimize(out.size());
    }
}

} // namespace

BENCHMARK(BM_BuildTopology)->Arg(50)->Arg(200)->Arg(1000)->Arg(3000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelToSvg<false>)
    ->Name("BM_ModelToSvg")
    ->Arg(50)
    ->Arg(200)
    ->Arg(1000)
    ->Arg(3000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_DotProcessSvg<false>)
    ->Name("BM_DotProcessSvg")
    ->Arg(50)
    ->Arg(200)
    ->Arg(1000)
    ->Arg(3000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
// The full drawing of the sizes that are collapsed by default.
BENCHMARK(BM_ModelToSvg<true>)
    ->Name("BM_ModelToSvgFull")
    ->Arg(200)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();
BENCHMARK(BM_DotProcessSvg<true>)
    ->Name("BM_DotProcessSvgFull")
    ->Arg(200)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc,
                         argv); // the helper is found beside the running program or by $GROUNDWORK_LAYOUT
    // GROUNDWORK_DUMP_DOT=DIR writes the DOT text of each size there, to profile Graphviz on its own.
    if (const QString dir = qEnvironmentVariable("GROUNDWORK_DUMP_DOT"); !dir.isEmpty()) {
        for (const int n : {50, 200, 1000, 3000}) {
            for (const bool full : {false, true}) {
                QFile f(QDir(dir).filePath(QStringLiteral("topology-%1%2.dot")
                                               .arg(n)
                                               .arg(full ? QStringLiteral("-full") : QString())));
                if (f.open(QIODevice::WriteOnly))
                    f.write(gw::DotWriter::write(gw::TopologyBuilder::build(
                        scored(n).model, scored(n).recommendations, buildOptions(full))));
            }
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
