#include "familyname.h"

#include "catalog.h"

namespace gw {

const QList<FamilyName>& familiesCodeReads()
{
    using namespace families;
    static const QList<FamilyName> all{Vm,
                                       Containers,
                                       Serverless,
                                       Accelerated,
                                       StaticHosting,
                                       HostedModelApi,
                                       Rest,
                                       GraphQl,
                                       Grpc,
                                       AsyncMessaging,
                                       Relational,
                                       Document,
                                       KeyValue,
                                       WideColumn,
                                       Search,
                                       TimeSeries,
                                       ObjectStorage,
                                       Graph,
                                       Cache,
                                       Analytical,
                                       VectorSearch,
                                       Queue,
                                       PubSub,
                                       LogStream,
                                       SingleRegion,
                                       MultiAz,
                                       ActivePassive,
                                       ActiveActive,
                                       AccountPerEnvironment,
                                       NoEdge,
                                       ApiGateway,
                                       ApiGatewayWithWaf,
                                       SharedSecrets};
    return all;
}

QStringList missingFamilies(const Catalog& catalog)
{
    QStringList missing;
    for (const FamilyName& f : familiesCodeReads()) {
        const QList<int>& ofKind = catalog.candidatesOf(f.kind);
        const bool found = std::any_of(ofKind.begin(), ofKind.end(),
                                       [&](int i) { return catalog.candidates()[i].family == f; });
        if (!found)
            missing.append(enumName(f.kind) + QStringLiteral(": ") + f.text());
    }
    return missing;
}

} // namespace gw
