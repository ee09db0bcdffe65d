#include "exporters.h"

#include "composeexporter.h"
#include "contractsexporter.h"
#include "kubernetesexporter.h"
#include "terraformexporter.h"

using namespace Qt::StringLiterals;

namespace gw {

namespace {

template<typename T> std::unique_ptr<Exporter> make()
{
    return std::make_unique<T>();
}

} // namespace

const std::vector<ExporterEntry>& exporters()
{
    static const std::vector<ExporterEntry> table{
        {u"terraform"_s, u"a Terraform configuration per cloud (all three for `cloud: any`)"_s,
         &make<TerraformExporter>},
        {u"kubernetes"_s, u"a Kustomize base and one overlay per environment"_s, &make<KubernetesExporter>},
        {u"compose"_s, u"a docker-compose file for local development"_s, &make<ComposeExporter>},
        {u"contracts"_s, u"OpenAPI 3.1, protobuf, GraphQL SDL and AsyncAPI 3 documents"_s,
         &make<ContractsExporter>},
    };
    return table;
}

QStringList exportKinds()
{
    QStringList kinds;
    for (const ExporterEntry& e : exporters())
        kinds.append(e.name);
    kinds.append(QString::fromUtf16(kExportAll));
    return kinds;
}

ExportFiles generateExport(const QString& kind, const ExportInput& input)
{
    const bool all = kind == QStringView(kExportAll);
    ExportFiles files;
    for (const ExporterEntry& e : exporters()) {
        if (!all && e.name != kind)
            continue;
        ExportFiles some = e.make()->generate(input);
        std::move(some.begin(), some.end(), std::back_inserter(files));
    }
    return files;
}

} // namespace gw
