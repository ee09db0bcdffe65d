#include "rulelint.h"

#include "../model/model.h"
#include "scoringengine.h"

#include <QSet>

namespace gw {

Diagnostics RuleLint::check(const Catalog& catalog)
{
    Diagnostics out;
    for (const DecisionKindInfo& info : catalog.kinds().all()) {
        const DecisionKind kind = info.kind;
        const QList<int>& candidates = catalog.candidatesOf(kind);
        if (candidates.size() == 1) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.location = catalog.candidates()[candidates.front()].location;
            d.message =
                QStringLiteral("the %1 decision has a single candidate: nothing to rank").arg(kind.name());
            out.append(d);
        }
    }
    for (const ScoringRule& r : catalog.rules()) {
        for (const Effect& e : r.effects) {
            if (e.target != Effect::Target::Family)
                continue;
            bool any = false;
            for (int i : catalog.candidatesOf(r.kind))
                any = any || catalog.candidates()[i].family == e.name;
            if (!any) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.location = e.location;
                d.message = QStringLiteral(
                                "rule '%1': no %2 candidate is of family '%3', so this effect does nothing")
                                .arg(r.id, r.kind.name(), e.name);
                out.append(d);
            }
        }
    }
    return out;
}

RuleCoverage RuleLint::coverage(const std::shared_ptr<const Catalog>& catalog, const QList<Model>& models)
{
    RuleCoverage result;
    result.models = static_cast<int>(models.size());
    const ScoringEngine engine(catalog);
    for (const Model& m : models) {
        const Recommendations r = engine.score(m);
        for (const QString& id : r.firedRules)
            ++result.firedIn[id];
    }
    QStringList ids;
    for (const ScoringRule& r : catalog->rules())
        ids.append(r.id);
    for (const FindingRule& f : catalog->findings())
        ids.append(f.id);
    ids.sort();
    for (const QString& id : std::as_const(ids)) {
        const int fired = result.firedIn.value(id, 0);
        if (fired == 0)
            result.neverFired.append(id);
        else if (fired == result.models)
            result.neverSilent.append(id);
    }
    return result;
}

} // namespace gw
