#include "exporters.h"

#include "composeexporter.h"
#include "contractsexporter.h"
#include "kubernetesexporter.h"
#include "terraformexporter.h"

using namespace Qt::StringLiterals;

namespace gw {

QStringList exportKinds()
{
    return {u"terraform"_s, u"kubernetes"_s, u"compose"_s, u"contracts"_s, u"all"_s};
}

std::unique_ptr<Exporter> makeExporter(const QString& kind)
{
    if (kind == u"terraform"_s)
        return std::make_unique<TerraformExporter>();
    if (kind == u"kubernetes"_s)
        return std::make_unique<KubernetesExporter>();
    if (kind == u"compose"_s)
        return std::make_unique<ComposeExporter>();
    if (kind == u"contracts"_s)
        return std::make_unique<ContractsExporter>();
    return nullptr;
}

ExportFiles generateExport(const QString& kind, const ExportInput& input)
{
    if (kind != u"all"_s) {
        const std::unique_ptr<Exporter> exporter = makeExporter(kind);
        return exporter ? exporter->generate(input) : ExportFiles{};
    }
    ExportFiles all;
    for (const QString& k : exportKinds()) {
        if (k == u"all"_s)
            continue;
        ExportFiles files = makeExporter(k)->generate(input);
        std::move(files.begin(), files.end(), std::back_inserter(all));
    }
    return all;
}

} // namespace gw
