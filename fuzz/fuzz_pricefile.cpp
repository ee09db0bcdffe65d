// Fuzzes the price file reader with arbitrary bytes, then prices a small model with every service the
// file priced: a price file must never crash or hang the reader, and an estimate from prices the reader
// accepted is never negative, infinite or NaN, and its range is ordered.
#include "core/cost/costestimator.h"
#include "core/cost/pricecatalog.h"
#include "core/io/modelfile.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

const gw::Model& smallModel()
{
    static const gw::Model model = gw::ModelFile::loadText(R"(groundwork: 1
system: {name: Fuzz, cloud: any, availability_target: 99.99}
team: {size: 3}
workloads:
  - {id: api, kind: api, traffic: {peak_rps: 300}, cpu: high, memory_mb: 3000}
  - {id: worker, kind: worker, traffic: {average_rps: 0.5}, duration_ms: 90000, criticality: critical}
data:
  - {id: db, shape: key-value, peak_ops: 5000, item_size_kb: 33, read_write_ratio: 9, size_gb: 700}
channels:
  - {id: events, kind: queue, peak_msgs_s: 250}
)",
                                                           QStringLiteral("small.yaml"))
                                       .model;
    return model;
}

void require(const gw::CostLine& line)
{
    if (!line.priced())
        return;
    const gw::CostRange& r = line.monthly;
    const bool sane = std::isfinite(r.low) && std::isfinite(r.expected) && std::isfinite(r.high) &&
                      r.low >= 0 && r.low <= r.expected && r.expected <= r.high;
    if (sane)
        return;
    std::fprintf(stderr, "unsound estimate for %s: %g %g %g\n", line.candidate.toUtf8().constData(), r.low,
                 r.expected, r.high);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    gw::PriceCatalog prices;
    prices.read(bytes, QStringLiteral("fuzz.yaml"));
    if (!prices.problems().isEmpty())
        return 0;
    const gw::Model& model = smallModel();
    const gw::CostEstimator estimator(model, prices);
    for (const gw::Cloud cloud : {gw::Cloud::Aws, gw::Cloud::Gcp, gw::Cloud::Azure}) {
        for (const gw::ServicePrice* s : prices.services(cloud)) {
            for (const gw::Workload& w : model.workloads)
                require(estimator.workload(w, s->candidate, cloud));
            for (const gw::DataStore& d : model.data)
                require(estimator.dataStore(d, s->candidate, cloud));
            for (const gw::Channel& c : model.channels)
                require(estimator.channel(c, s->candidate, cloud));
        }
    }
    return 0;
}
