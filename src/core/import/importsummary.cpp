#include "importsummary.h"

#include "counted_p.h"
#include "importresult.h"

using namespace Qt::StringLiterals;

namespace gw {

QString ImportSummary::text(const ImportResult& result, const QString& output)
{
    const Model& model = result.model;
    QString out;
    out += u"Read %1: %2\n"_s.arg(counted(result.inputs.size(), u"file"_s, u"files"_s),
                                  result.inputs.join(u", "_s));
    out += u"Found %1 running: %2, %3, %4; %5 pinned\n"_s.arg(
        counted(result.components, u"component"_s, u"components"_s),
        counted(model.workloads.size(), u"workload"_s, u"workloads"_s),
        counted(model.data.size(), u"data store"_s, u"data stores"_s),
        counted(model.channels.size(), u"channel"_s, u"channels"_s),
        counted(model.decisions.size(), u"decision"_s, u"decisions"_s));
    out += u"Inferred %1%2\n"_s.arg(counted(result.edges.size(), u"edge"_s, u"edges"_s),
                                    result.edges.isEmpty() ? QString() : u":"_s);
    for (const ImportedEdge& e : result.edges)
        out += u"  %1 -> %2: %3\n"_s.arg(e.from, e.to, e.via.join(u", "_s));
    int ignored = 0;
    for (const int n : result.ignored)
        ignored += n;
    out += u"Left out of the model: %1\n"_s.arg(ignored == 0 ? u"nothing"_s : QString::number(ignored));
    for (auto it = result.ignored.cbegin(); it != result.ignored.cend(); ++it)
        out += u"  %1 x %2\n"_s.arg(it.value()).arg(it.key());
    for (const QString& remark : result.remarks)
        out += u"Note: %1\n"_s.arg(remark);
    out +=
        u"Wrote %1; traffic, latency, criticality and the team are not in the inputs: see its TODO comments\n"_s
            .arg(output);
    return out;
}

} // namespace gw
