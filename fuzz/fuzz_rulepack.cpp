// Fuzzes the rule pack reader with arbitrary bytes, then merges what it read with the built-in catalog
// and scores a small model with it: an organisation's pack must never crash, hang or blow up scoring.
#include "core/io/modelfile.h"
#include "core/rules/rulepackloader.h"
#include "core/rules/rulepackreader.h"
#include "core/rules/scoringengine.h"

#include <cstdint>

namespace {

const gw::Model& smallModel()
{
    static const gw::Model model = gw::ModelFile::loadText(R"(groundwork: 1
system: {name: Fuzz, cloud: aws}
workloads:
  - id: api
    kind: api
    exposure: public
    traffic: {pattern: bursty, peak_rps: 300}
    uses: [{to: db, access: read-write}, {to: events, mode: publish}]
  - id: worker
    kind: worker
    uses: [{to: events, mode: consume}]
data:
  - id: db
    shape: relational
    read_write_ratio: 5
channels:
  - id: events
)",
                                                           QStringLiteral("small.yaml"))
                                       .model;
    return model;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    gw::Diagnostics diagnostics;
    gw::RulePack pack = gw::RulePackReader::read(bytes, QStringLiteral("fuzz.yaml"), diagnostics);
    if (gw::hasErrors(diagnostics))
        return 0;
    static const QList<gw::RulePack> builtIn = [] {
        gw::Diagnostics ignored;
        QList<gw::RulePack> packs;
        for (const QString& file : gw::RulePackLoader::builtInFiles())
            packs.append(gw::RulePackLoader::readFile(file, true, ignored));
        return packs;
    }();
    QList<gw::RulePack> packs = builtIn;
    packs.append(std::move(pack));
    const gw::CatalogLoad load = gw::RulePackLoader::merge(packs, diagnostics);
    if (load.hasErrors())
        return 0;
    gw::ScoringEngine(load.catalog).score(smallModel());
    return 0;
}
