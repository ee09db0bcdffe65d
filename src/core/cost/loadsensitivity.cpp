#include "loadsensitivity.h"

#include "costassumptions.h"
#include "costformat.h"

#include "../model/model.h"
#include "../rules/scoringengine.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

const QString kCostEstimate = u"cost.estimate"_s;

int elementCount(const Model& m)
{
    return int(m.workloads.size() + m.data.size() + m.channels.size());
}

bool pricedTwice(const DecisionResult& d)
{
    int priced = 0;
    for (const RankedCandidate& c : d.ranking) {
        priced += std::any_of(c.reasons.cbegin(), c.reasons.cend(),
                              [](const Reason& r) { return r.rule == kCostEstimate; });
    }
    return priced >= 2;
}

// The top pick of one workload's compute decision with its traffic scaled by a factor.
class Probe
{
public:
    Probe(const Model& model, const ScoringEngine& engine, int workload)
        : m_model(model), m_engine(engine), m_workload(workload)
    {
    }

    QString topAt(double factor) const
    {
        Model scaled = m_model;
        Traffic& t = scaled.workloads[m_workload].traffic;
        if (t.averageRps)
            *t.averageRps *= factor;
        if (t.peakRps)
            *t.peakRps *= factor;
        const Recommendations r = m_engine.score(scaled);
        const DecisionResult* d = r.decision(m_model.workloads[m_workload].id, DecisionKind::Compute);
        return d && !d->ranking.isEmpty() ? d->ranking.front().candidate : QString();
    }

private:
    const Model& m_model;
    const ScoringEngine& m_engine;
    int m_workload;
};

struct Change
{
    double factor = 1;
    QString newTop;
};

// The nearest factor in `step`'s direction (4 or 1/4) at which the top pick is no longer `top`, to within
// about 2 %: coarse steps first (each a whole scoring of the model), then halving the step that changed it.
std::optional<Change> nearestChange(const Probe& probe, const QString& top, double step)
{
    double inside = 1; // `top` holds here
    for (double factor = step;
         factor <= LoadSensitivity::kWidestFactor && factor >= 1 / LoadSensitivity::kWidestFactor;
         factor *= step) {
        QString found = probe.topAt(factor);
        if (found == top) {
            inside = factor;
            continue;
        }
        double outside = factor;
        for (int i = 0; i < 6; ++i) { // a fourfold step halved six times: 4^(1/64), 2^(1/32)
            const double middle = std::sqrt(inside * outside);
            QString atMiddle = probe.topAt(middle);
            if (atMiddle == top) {
                inside = middle;
            } else {
                outside = middle;
                found = std::move(atMiddle);
            }
        }
        return Change{outside, found};
    }
    return std::nullopt;
}

// Two significant figures: a crossover is as rough as the estimates it comes from.
double twoFigures(double value)
{
    if (!(value > 0))
        return value;
    const double scale = std::pow(10.0, std::floor(std::log10(value)) - 1);
    return std::round(value / scale) * scale;
}

} // namespace

QList<LoadCrossover> LoadSensitivity::find(const Model& model, const ScoringEngine& engine,
                                           const DecisionResult& decision)
{
    const ElementRef& e = decision.element;
    if (decision.kind != DecisionKind::Compute || e.section != ElementRef::Section::Workload || e.index < 0 ||
        e.index >= model.workloads.size() || decision.ranking.size() < 2 || !pricedTwice(decision) ||
        elementCount(model) > kLargestModel)
        return {};
    const Workload& w = model.workloads[e.index];
    if (!w.traffic.averageRps && !w.traffic.peakRps)
        return {};
    const double now = w.traffic.averageRps
                           ? *w.traffic.averageRps
                           : *w.traffic.peakRps * CostAssumptions::of(CostAssumptions::Band::Expected,
                                                                      model.system.assumptions)
                                                      .averageShareOfPeak;
    const Probe probe(model, engine, e.index);
    const QString top = decision.ranking.front().candidate;
    QList<LoadCrossover> out;
    for (const double step : {4.0, 0.25}) {
        const std::optional<Change> change = nearestChange(probe, top, step);
        if (!change || change->newTop.isEmpty())
            continue;
        LoadCrossover c;
        c.field = u"traffic.average_rps"_s;
        c.now = now;
        c.at = twoFigures(now * change->factor);
        c.newTop = change->newTop;
        c.rising = step > 1;
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const LoadCrossover& a, const LoadCrossover& b) {
        return std::abs(std::log(a.at / a.now)) < std::abs(std::log(b.at / b.now));
    });
    return out;
}

void LoadSensitivity::add(const Model& model, Recommendations& recommendations, const ScoringEngine& engine,
                          const QString& subject)
{
    if (elementCount(model) > kLargestModel)
        return;
    for (DecisionResult& d : recommendations.decisions) {
        if (d.kind != DecisionKind::Compute || (!subject.isEmpty() && d.subject != subject))
            continue;
        DecisionSensitivity& sensitivity = d.sensitivityToEdit();
        sensitivity.load = find(model, engine, d);
        sensitivity.loadSummary =
            sensitivity.load.isEmpty() ? QString() : summary(d.ranking.front().candidate, sensitivity.load);
    }
}

QString LoadSensitivity::summary(const QString& top, const QList<LoadCrossover>& crossovers)
{
    if (crossovers.isEmpty())
        return {};
    QStringList parts;
    for (const LoadCrossover& c : crossovers)
        parts.append(u"the average load %1 %2 rps (then %3)"_s.arg(c.rising ? u"exceeds"_s : u"falls below"_s,
                                                                   CostFormat::quantity(c.at), c.newTop));
    return u"%1 stays first until %2 (now %3 rps)"_s.arg(top, parts.join(u" or "_s),
                                                         CostFormat::quantity(crossovers.front().now));
}

} // namespace gw
