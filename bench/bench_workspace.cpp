// The team workspace on a real PostgreSQL server (started in a temporary folder, as the tests do): the
// three examples and 200 generated models pushed as the CLI pushes them (each scored, then saved with
// its advice), then the portfolio read and built across all of them. Target (issue 22): under 2 s.
#include "core/cost/pricedscoring.h"
#include "core/diff/advicesummary.h"
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "generatedmodel.h"
#include "pgcluster.h"
#include "workspace/portfolio.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

gw::testsupport::PgCluster* cluster = nullptr;

QList<gw::Model> models()
{
    QList<gw::Model> out;
    for (const char* name : {"fintech", "marketplace", "early-saas"})
        out.append(
            gw::ModelFile::load(
                QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/%1.yaml").arg(QString::fromLatin1(name)))
                .model);
    // Services of 10 to 29 elements, as teams' models are.
    for (int i = 0; i < 200; ++i)
        out.append(gw::testsupport::generateModel({6 + i % 12, 3 + i % 5, 1 + i % 3}));
    return out;
}

void BM_PushTwoHundredThreeModelsThenPortfolio(benchmark::State& state)
{
    const QList<gw::Model> all = models();
    const auto catalog = gw::RulePackLoader::builtIn();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString database = QStringLiteral("bench%1").arg(++round);
        cluster->psql(QStringLiteral("CREATE DATABASE %1").arg(database));
        QString error;
        gw::Workspace workspace(*gw::WorkspaceConnection::parse(cluster->connection(database), &error));
        if (!workspace.open(true)) {
            state.SkipWithError(qPrintable(workspace.errorString()));
            return;
        }
        state.ResumeTiming();
        for (qsizetype i = 0; i < all.size(); ++i) {
            gw::WorkspaceSave save;
            save.model = all[i];
            save.advice = gw::AdviceSummary::from(gw::PricedScoring::score(all[i], catalog));
            if (!workspace.save(QStringLiteral("system-%1").arg(i), save)) {
                state.SkipWithError(qPrintable(workspace.errorString()));
                return;
            }
        }
        const gw::Portfolio portfolio = gw::Portfolio::build(workspace.portfolio(), *catalog);
        benchmark::DoNotOptimize(portfolio.toTable());
        if (portfolio.modelCount() != all.size())
            state.SkipWithError("the portfolio does not hold every model");
    }
}
BENCHMARK(BM_PushTwoHundredThreeModelsThenPortfolio)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    gw::testsupport::PgCluster server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    cluster = &server;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
