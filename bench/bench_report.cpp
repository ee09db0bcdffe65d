// Review reports of the largest example: the whole path from a scored model to the file (report content,
// the diagram through the groundwork-layout helper, HTML or Markdown writing; for the PDF also the
// groundwork-pdf helper process that lays it out and paints it), as File > Export report runs it.
#include "core/export/reportcontent.h"
#include "core/export/reportwriter.h"
#include "core/io/modelfile.h"
#include "core/rules/scoringengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

struct Scored
{
    gw::LoadResult load;
    gw::Recommendations recommendations;
};

// The example with the most elements.
const Scored& largest()
{
    static const Scored s = [] {
        Scored out;
        out.load = gw::ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/fintech.yaml"));
        out.recommendations = gw::ScoringEngine().score(out.load.model);
        return out;
    }();
    return s;
}

void writeReport(benchmark::State& state, gw::ReportFormat format, const QString& name)
{
    const Scored& s = largest();
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    for (auto _ : state) {
        const gw::ReportWriteResult r = gw::ReportWriter::write(
            s.load.model, s.recommendations, QStringLiteral("examples/fintech.yaml"), path, format);
        if (!r.ok || !r.warnings.isEmpty())
            state.SkipWithError(qPrintable(r.error + r.warnings.join(u' ')));
    }
    state.counters["bytes"] = double(QFileInfo(path).size());
}

void BM_ReportContent(benchmark::State& state)
{
    const Scored& s = largest();
    for (auto _ : state) {
        const gw::ReportContent c = gw::ReportContent::build(s.load.model, s.recommendations, QString());
        benchmark::DoNotOptimize(c.decisions.size());
    }
}

void BM_ReportHtml(benchmark::State& state)
{
    writeReport(state, gw::ReportFormat::Html, QStringLiteral("report.html"));
}

void BM_ReportMarkdown(benchmark::State& state)
{
    writeReport(state, gw::ReportFormat::Markdown, QStringLiteral("report.md"));
}

void BM_ReportPdf(benchmark::State& state)
{
    writeReport(state, gw::ReportFormat::Pdf, QStringLiteral("report.pdf"));
}

} // namespace

BENCHMARK(BM_ReportContent)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportHtml)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportMarkdown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ReportPdf)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the helpers are found beside the program, in ../bin
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
