#include "candidatename.h"

#include "catalog.h"

namespace gw {

const QList<CandidateName>& candidatesCodeReads()
{
    using namespace candidates;
    static const QList<CandidateName> all{Kubernetes,    ManagedContainers, MySql,     PgVector,
                                          CdnGatewayWaf, WarmStandby,       PilotLight};
    return all;
}

QStringList missingCandidates(const Catalog& catalog)
{
    QStringList missing;
    for (const CandidateName& c : candidatesCodeReads()) {
        const Candidate* found = catalog.candidate(c.text());
        if (!found || found->kind != c.kind)
            missing.append(enumName(c.kind) + QStringLiteral(": ") + c.text());
    }
    return missing;
}

} // namespace gw
