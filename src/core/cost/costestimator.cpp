#include "costestimator.h"

#include "costassumptions.h"
#include "costformat.h"
#include "costmemo.h"

#include "../model/model.h"
#include "../rules/candidatename.h"
#include "../rules/familyname.h"
#include "../rules/recommendation.h"
#include "../rules/subject.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

using Band = CostAssumptions::Band;
constexpr double kSeconds = CostAssumptions::kSecondsPerMonth;
constexpr double kHours = CostAssumptions::kHoursPerMonth;

QString number(double value)
{
    return CostFormat::quantity(value);
}

Ownership ownershipOf(const Model& m, const ElementRef& e)
{
    const int i = e.index;
    switch (e.section) {
    case ElementRef::Section::Workload:
        return i >= 0 && i < m.workloads.size() ? m.workloads[i].ownership : Ownership{};
    case ElementRef::Section::DataStore:
        return i >= 0 && i < m.data.size() ? m.data[i].ownership : Ownership{};
    case ElementRef::Section::Channel:
        return i >= 0 && i < m.channels.size() ? m.channels[i].ownership : Ownership{};
    default:
        return {};
    }
}

// The element `e` is: found by its address when it is the model's own (the usual case, constant time on
// models of thousands of elements), by its id when it is a copy.
template<typename T>
ElementRef elementOf(const Model& model, const QList<T>& list, const T& e, ElementRef::Section section)
{
    const qsizetype i = &e - list.constData();
    if (i >= 0 && i < list.size())
        return {section, int(i)};
    return model.findElement(e.id);
}

// One band's arithmetic; the expected band also keeps its items and assumptions for the reader.
class Tally
{
public:
    Tally(const ServicePrice& price, bool record) : m_price(price), m_record(record) {}

    void add(const QString& what, double quantity, PriceUnit unit)
    {
        const double usd = quantity * m_price.price(unit);
        m_usd += usd;
        if (m_record)
            m_items.append({what, quantity, enumName(unit), m_price.price(unit), usd});
    }
    void assume(const QString& text)
    {
        if (m_record)
            m_assumptions.append(text);
    }
    bool has(PriceUnit unit) const { return m_price.has(unit); }
    // Whether words are kept: callers skip composing them for the bands that keep none.
    bool recording() const { return m_record; }
    double usd() const { return m_usd; }
    QList<CostItem> items() const { return m_items; }
    QStringList assumptions() const { return m_assumptions; }

private:
    const ServicePrice& m_price;
    bool m_record;
    double m_usd = 0;
    QList<CostItem> m_items;
    QStringList m_assumptions;
};

// Runs `priceBand` for the three bands into `line`.
template<typename F>
void priceBands(CostLine& line, const ServicePrice& price, const Assumptions& stated, F&& priceBand)
{
    for (const Band band : {Band::Low, Band::Expected, Band::High}) {
        Tally tally(price, band == Band::Expected);
        priceBand(tally, CostAssumptions::of(band, stated));
        switch (band) {
        case Band::Low:
            line.monthly.low = tally.usd();
            break;
        case Band::Expected:
            line.monthly.expected = tally.usd();
            line.items = tally.items();
            line.assumptions = tally.assumptions();
            break;
        case Band::High:
            line.monthly.high = tally.usd();
            break;
        }
    }
    // A band's assumptions may not order its cost (a longer duration can meet a floor of instances):
    // the range is what the three bands span.
    const double lo = std::min({line.monthly.low, line.monthly.expected, line.monthly.high});
    const double hi = std::max({line.monthly.low, line.monthly.expected, line.monthly.high});
    line.monthly.low = lo;
    line.monthly.high = hi;
    line.service = price.service;
    line.source = price.source;
    line.checked = price.checked;
}

// Where an average taken as a share of the peak comes from, for the line's assumptions.
QString shareBasis(const Assumptions& stated)
{
    return stated.averageShareOfPeak ? u"(system.assumptions)"_s : u"(15-50 %)"_s;
}

// Instances kept running without traffic: the model's, else the kind's usual number; two for a
// high-criticality workload where capacity runs all the time (one instance is one failure from down).
int minimumInstances(const Workload& w, bool alwaysOn)
{
    int n = w.minInstances.value_or(0);
    if (!w.minInstances) {
        switch (w.kind) {
        case WorkloadKind::Api:
        case WorkloadKind::Web:
        case WorkloadKind::Stream:
        case WorkloadKind::Worker:
        case WorkloadKind::MlInference:
            n = 1;
            break;
        case WorkloadKind::EventHandler:
        case WorkloadKind::Batch:
        case WorkloadKind::Scheduled:
            n = 0;
            break;
        }
    }
    if (alwaysOn) {
        n = std::max(n, 1);
        if (w.criticality == Criticality::High || w.criticality == Criticality::Critical)
            n = std::max(n, 2);
    }
    return n;
}

// Production: the environment so named ("production" or "prod"), else the first.
int productionIndex(const Model& m)
{
    for (int i = 0; i < m.environments.size(); ++i) {
        const QString name = m.environments[i].name.trimmed().toLower();
        if (name == u"production"_s || name == u"prod"_s)
            return i;
    }
    return 0;
}

} // namespace

int CostEstimate::pricedCount() const
{
    return static_cast<int>(
        std::count_if(lines.cbegin(), lines.cend(), [](const CostLine& l) { return l.priced(); }));
}

QList<const CostLine*> CostEstimate::largest(qsizetype n) const
{
    QList<const CostLine*> out;
    for (const CostLine& line : lines) {
        if (line.priced())
            out.append(&line);
    }
    std::stable_sort(out.begin(), out.end(), [](const CostLine* a, const CostLine* b) {
        return a->monthly.expected > b->monthly.expected;
    });
    if (out.size() > n)
        out.resize(n);
    return out;
}

bool CostEstimate::keepOnly(const QString& name)
{
    const auto it = std::find_if(environments.cbegin(), environments.cend(),
                                 [&name](const EnvironmentCost& e) { return e.name == name; });
    if (it == environments.cend())
        return false;
    const EnvironmentCost kept = *it;
    environments = {kept};
    total = kept.monthly;
    onlyEnvironment = name;
    return true;
}

CostEstimator::CostEstimator(const Model& model, const PriceCatalog& prices)
    : m_model(model), m_prices(prices)
{
}

QList<Cloud> CostEstimator::cloudsOf(Cloud systemCloud)
{
    if (systemCloud == Cloud::Any)
        return {Cloud::Aws, Cloud::Gcp, Cloud::Azure};
    return {systemCloud};
}

const ServicePrice* CostEstimator::begin(CostLine& line, const QString& subject, ElementRef element,
                                         DecisionKind kind, const QString& candidate, Cloud cloud,
                                         std::initializer_list<PriceModel> models, const QString& role) const
{
    line.subject = subject;
    line.element = element;
    line.kind = kind;
    line.candidate = candidate;
    const ServicePrice* price = m_prices.find(cloud, candidate);
    if (!price) {
        line.unpriced = u"no %1 price for '%2' yet"_s.arg(enumName(cloud), candidate);
        return nullptr;
    }
    if (std::find(models.begin(), models.end(), price->model) == models.end()) {
        line.unpriced = u"'%1' is priced as %2, not as %3"_s.arg(candidate, enumName(price->model), role);
        return nullptr;
    }
    return price;
}

CostLine CostEstimator::workload(const Workload& w, const QString& candidate, Cloud cloud) const
{
    CostLine line;
    const ServicePrice* price =
        begin(line, w.id, elementOf(m_model, m_model.workloads, w, ElementRef::Section::Workload),
              DecisionKind::Compute, candidate, cloud,
              {PriceModel::Functions, PriceModel::Containers, PriceModel::Vm}, u"compute"_s);
    if (!price)
        return line;
    if (!w.traffic.averageRps && !w.traffic.peakRps) {
        line.unpriced = u"no traffic to price: give traffic.average_rps or traffic.peak_rps"_s;
        return line;
    }
    const double memoryGb = w.memoryMb / 1024.0;
    priceBands(line, *price, m_model.system.assumptions, [&](Tally& t, const CostAssumptions& a) {
        double rps = 0;
        if (w.traffic.averageRps) {
            rps = *w.traffic.averageRps;
        } else {
            rps = *w.traffic.peakRps * a.averageShareOfPeak;
            if (t.recording())
                t.assume(u"average load %1 rps: %2 % of the peak of %3 %4"_s.arg(
                    number(rps), number(a.averageShareOfPeak * 100), number(*w.traffic.peakRps),
                    shareBasis(m_model.system.assumptions)));
        }
        double durationS = 0;
        if (w.durationMs) {
            durationS = *w.durationMs / 1000.0;
        } else {
            const double usual = CostAssumptions::usualDurationMs(w.kind);
            durationS = usual * a.durationFactor / 1000.0;
            if (t.recording())
                t.assume(u"%1 ms a request, usual for kind %2 (%3-%4 ms); set duration_ms"_s.arg(
                    number(durationS * 1000), enumName(w.kind), number(usual / 2), number(usual * 2)));
        }
        const double requests = rps * kSeconds;
        const double vcpuNeeded = rps / (a.rpsPerVcpu * CostAssumptions::cpuThroughputFactor(w.cpu));
        switch (price->model) {
        case PriceModel::Functions:
            t.add(u"requests"_s, requests, PriceUnit::Request);
            t.add(u"memory time (GB-seconds)"_s, requests * durationS * memoryGb, PriceUnit::GbSecond);
            if (price->vcpuPerGb > 0 && t.has(PriceUnit::VcpuSecond))
                t.add(u"CPU time (vCPU-seconds)"_s, requests * durationS * memoryGb * price->vcpuPerGb,
                      PriceUnit::VcpuSecond);
            break;
        case PriceModel::Containers: {
            const double vcpu = CostAssumptions::instanceVcpu(w.cpu);
            if (t.has(PriceUnit::VcpuHour)) {
                const int minimum = minimumInstances(w, true);
                const double instances = std::max<double>(minimum, std::ceil(vcpuNeeded / vcpu));
                if (t.recording())
                    t.assume(u"%1 instance(s) of %2 vCPU and %3 GB running all month (at least %4; %5 rps a "
                             "vCPU)"_s.arg(number(instances), number(vcpu), number(memoryGb))
                                 .arg(minimum)
                                 .arg(number(a.rpsPerVcpu * CostAssumptions::cpuThroughputFactor(w.cpu))));
                t.add(u"vCPU-hours"_s, instances * vcpu * kHours, PriceUnit::VcpuHour);
                t.add(u"memory GB-hours"_s, instances * memoryGb * kHours, PriceUnit::GbHour);
            } else {
                const int minimum = minimumInstances(w, false);
                const double instanceSeconds = std::max(minimum * kSeconds, vcpuNeeded / vcpu * kSeconds);
                if (t.recording())
                    t.assume(
                        u"%1 instance-seconds of %2 vCPU and %3 GB (at least %4 instance(s) kept; %5 rps a "
                        "vCPU)"_s.arg(number(instanceSeconds), number(vcpu), number(memoryGb))
                            .arg(minimum)
                            .arg(number(a.rpsPerVcpu * CostAssumptions::cpuThroughputFactor(w.cpu))));
                t.add(u"vCPU-seconds"_s, instanceSeconds * vcpu, PriceUnit::VcpuSecond);
                t.add(u"memory GB-seconds"_s, instanceSeconds * memoryGb, PriceUnit::GbSecond);
                if (t.has(PriceUnit::Request))
                    t.add(u"requests"_s, requests, PriceUnit::Request);
            }
            break;
        }
        case PriceModel::Vm: {
            const double vcpu = price->instanceVcpu > 0 ? price->instanceVcpu : 2;
            const double gb = price->instanceMemoryGb > 0 ? price->instanceMemoryGb : 8;
            const int minimum = minimumInstances(w, true);
            const double instances = std::max<double>(minimum, std::ceil(vcpuNeeded / vcpu));
            if (t.recording())
                t.assume(u"%1 instance(s) of %2 vCPU running all month (at least %3; %4 rps a vCPU)"_s
                             .arg(number(instances), number(vcpu))
                             .arg(minimum)
                             .arg(number(a.rpsPerVcpu * CostAssumptions::cpuThroughputFactor(w.cpu))));
            if (t.has(PriceUnit::InstanceHour)) {
                t.add(price->instanceType + u" instance-hours"_s, instances * kHours,
                      PriceUnit::InstanceHour);
            } else {
                t.add(u"vCPU-hours"_s, instances * vcpu * kHours, PriceUnit::VcpuHour);
                t.add(u"memory GB-hours"_s, instances * gb * kHours, PriceUnit::GbHour);
            }
            break;
        }
        default:
            break;
        }
    });
    return line;
}

CostLine CostEstimator::dataStore(const DataStore& d, const QString& candidate, Cloud cloud) const
{
    CostLine line;
    const ServicePrice* price =
        begin(line, d.id, elementOf(m_model, m_model.data, d, ElementRef::Section::DataStore),
              DecisionKind::Database, candidate, cloud,
              {PriceModel::Relational, PriceModel::KeyValue, PriceModel::ObjectStorage}, u"a data store"_s);
    if (!price)
        return line;
    const double storedGb = d.sizeGb.value_or(CostAssumptions::kDefaultStoreGb);
    const double itemKb = d.itemSizeKb.value_or(CostAssumptions::kDefaultItemKb);
    priceBands(line, *price, m_model.system.assumptions, [&](Tally& t, const CostAssumptions& a) {
        if (!d.sizeGb)
            t.assume(u"%1 GB stored: no size_gb given"_s.arg(number(storedGb)));
        // Reads and writes a second on average, from the peak and the read/write ratio.
        double writes = 0, reads = 0;
        if (d.averageOps || d.peakOps) {
            const double ops = d.averageOps ? *d.averageOps : *d.peakOps * a.averageShareOfPeak;
            writes = ops / (1 + d.readWriteRatio);
            reads = ops - writes;
            if (!d.averageOps)
                t.assume(
                    u"%1 operations a second on average: %2 % of the peak of %3 %4, %5 reads a write"_s.arg(
                        number(ops), number(a.averageShareOfPeak * 100), number(*d.peakOps),
                        shareBasis(m_model.system.assumptions), number(d.readWriteRatio)));
        }
        switch (price->model) {
        case PriceModel::Relational: {
            const bool standby =
                m_model.system.availabilityTarget >= CostAssumptions::kStandbyFromAvailability;
            const double factor = standby ? price->standbyFactor : 1.0;
            if (standby)
                t.assume(u"a standby in a second zone for %1 % availability (x%2)"_s.arg(
                    number(m_model.system.availabilityTarget), number(factor)));
            if (t.has(PriceUnit::InstanceHour)) {
                t.assume(u"one %1 (%2 vCPU, %3 GB): sizing from load is not estimated yet"_s.arg(
                    price->instanceType, number(price->instanceVcpu), number(price->instanceMemoryGb)));
                t.add(price->instanceType + u" instance-hours"_s, kHours * factor, PriceUnit::InstanceHour);
            } else {
                const double vcpu = price->instanceVcpu > 0 ? price->instanceVcpu : 2;
                const double gb = price->instanceMemoryGb > 0 ? price->instanceMemoryGb : 8;
                t.assume(u"one instance of %1 vCPU and %2 GB: sizing from load is not estimated yet"_s.arg(
                    number(vcpu), number(gb)));
                t.add(u"vCPU-hours"_s, vcpu * kHours * factor, PriceUnit::VcpuHour);
                t.add(u"memory GB-hours"_s, gb * kHours * factor, PriceUnit::GbHour);
            }
            t.add(u"storage GB-months"_s, storedGb * factor, PriceUnit::StorageGbMonth);
            break;
        }
        case PriceModel::KeyValue: {
            t.add(u"storage GB-months"_s, storedGb, PriceUnit::StorageGbMonth);
            if (!d.averageOps && !d.peakOps) {
                t.assume(u"no average_ops or peak_ops: storage only"_s);
                break;
            }
            const double writeUnits = std::ceil(itemKb / price->writeUnitKb);
            const double readUnits = std::ceil(itemKb / price->readUnitKb);
            t.add(u"write units"_s, writes * kSeconds * writeUnits, PriceUnit::WriteUnit);
            t.add(u"read units"_s, reads * kSeconds * readUnits, PriceUnit::ReadUnit);
            break;
        }
        case PriceModel::ObjectStorage:
            t.add(u"storage GB-months"_s, storedGb, PriceUnit::StorageGbMonth);
            if (writes > 0 && t.has(PriceUnit::WriteRequest))
                t.add(u"write requests"_s, writes * kSeconds, PriceUnit::WriteRequest);
            if (reads > 0 && t.has(PriceUnit::ReadRequest))
                t.add(u"read requests"_s, reads * kSeconds, PriceUnit::ReadRequest);
            break;
        default:
            break;
        }
    });
    return line;
}

CostLine CostEstimator::channel(const Channel& c, const QString& candidate, Cloud cloud) const
{
    CostLine line;
    const ServicePrice* price =
        begin(line, c.id, elementOf(m_model, m_model.channels, c, ElementRef::Section::Channel),
              DecisionKind::Messaging, candidate, cloud, {PriceModel::Queue}, u"messaging"_s);
    if (!price)
        return line;
    if (!c.peakMsgsS) {
        line.unpriced = u"no volume to price: give peak_msgs_s"_s;
        return line;
    }
    const double messageKb = CostAssumptions::kDefaultItemKb;
    priceBands(line, *price, m_model.system.assumptions, [&](Tally& t, const CostAssumptions& a) {
        const double perSecond = *c.peakMsgsS * a.averageShareOfPeak;
        const double messages = perSecond * kSeconds;
        t.assume(u"%1 messages a second on average: %2 % of the peak of %3 %4; %5 KB each"_s.arg(
            number(perSecond), number(a.averageShareOfPeak * 100), number(*c.peakMsgsS),
            shareBasis(m_model.system.assumptions), number(messageKb)));
        if (t.has(PriceUnit::BaseMonth))
            t.add(u"tier base charge"_s, 1, PriceUnit::BaseMonth);
        if (t.has(PriceUnit::Message)) {
            const double chunks = std::ceil(messageKb / price->messageUnitKb);
            t.add(u"requests (send, receive, delete)"_s,
                  messages * CostAssumptions::kRequestsPerQueuedMessage * chunks, PriceUnit::Message);
        } else {
            // Published once and delivered once: throughput both ways.
            t.add(u"throughput GB (publish and deliver)"_s, messages * 2 * messageKb / (1024.0 * 1024.0),
                  PriceUnit::GbTransferred);
        }
    });
    return line;
}

CostEstimate CostEstimator::estimate(const Recommendations& recommendations, Cloud cloud) const
{
    CostEstimate out;
    out.cloud = cloud;
    out.region = m_prices.region(cloud);
    out.budgetUsdMonth = m_model.team.budgetUsdMonth;
    const auto chosen = [&recommendations](const QString& subject, DecisionKind kind) -> QString {
        const DecisionResult* d = recommendations.decision(subject, kind);
        return d ? d->chosen.candidate : QString();
    };
    const auto keep = [&out](CostLine line, bool decided) {
        if (!decided)
            line.unpriced = u"no candidate is left for this decision"_s;
        if (line.priced()) {
            out.production += line.monthly;
            if (!out.pricesChecked.isValid() || line.checked < out.pricesChecked)
                out.pricesChecked = line.checked;
        }
        out.lines.append(line);
    };
    // Through element(): the app's memo has these lines from the last move.
    using S = ElementRef::Section;
    for (int i = 0; i < m_model.workloads.size(); ++i) {
        const QString candidate = chosen(m_model.workloads[i].id, DecisionKind::Compute);
        keep(element({S::Workload, i}, candidate, cloud), !candidate.isEmpty());
    }
    for (int i = 0; i < m_model.data.size(); ++i) {
        const QString candidate = chosen(m_model.data[i].id, DecisionKind::Database);
        keep(element({S::DataStore, i}, candidate, cloud), !candidate.isEmpty());
    }
    for (int i = 0; i < m_model.channels.size(); ++i) {
        const QString candidate = chosen(m_model.channels[i].id, DecisionKind::Messaging);
        keep(element({S::Channel, i}, candidate, cloud), !candidate.isEmpty());
    }
    out.secondRegion = secondRegion(recommendations, out.lines);
    out.costCentres = costCentres(out.lines);
    // Each environment runs production's picks at its scale; only production has the second region.
    const int production = productionIndex(m_model);
    const CostRange second = out.secondRegion ? out.secondRegion->monthly : CostRange{};
    for (int i = 0; i < m_model.environments.size(); ++i) {
        const Environment& env = m_model.environments[i];
        EnvironmentCost e;
        e.name = env.name;
        e.assumed = !env.scale && i != production;
        e.scale = env.scale.value_or(i == production ? 1.0 : CostAssumptions::kOtherEnvironmentScale);
        e.monthly = {out.production.low * e.scale, out.production.expected * e.scale,
                     out.production.high * e.scale};
        if (i == production)
            e.monthly += {second.low * e.scale, second.expected * e.scale, second.high * e.scale};
        out.total += e.monthly;
        out.environments.append(e);
    }
    if (m_model.environments.isEmpty()) {
        out.total = out.production;
        out.total += second;
    }
    return out;
}

std::optional<SecondRegionCost> CostEstimator::secondRegion(const Recommendations& recommendations,
                                                            const QList<CostLine>& lines) const
{
    const DecisionResult* d = recommendations.decision(Subject::systemId(), DecisionKind::RegionStrategy);
    if (!d || d->chosen.candidate.isEmpty())
        return std::nullopt;
    const QString& pick = d->chosen.candidate;
    // The share of each line a second region runs, by band: databases first, the rest second.
    double databases = 0;
    std::array<double, 3> others{};
    QString basis;
    if (d->chosen.family == families::ActiveActive.text()) {
        databases = 1;
        others = {1, 1, 1};
        basis = u"a second active region runs every line again"_s;
    } else if (pick == candidates::WarmStandby.text()) {
        databases = 1;
        const std::array<Band, 3> bands{Band::Low, Band::Expected, Band::High};
        for (std::size_t i = 0; i < bands.size(); ++i)
            others[i] = CostAssumptions::of(bands[i], m_model.system.assumptions).standbyShare;
        const QString share = m_model.system.assumptions.standbyShare
                                  ? u"%1 % (as the model states)"_s.arg(number(others[1] * 100))
                                  : u"%1 % (%2-%3 %)"_s.arg(number(others[1] * 100), number(others[0] * 100),
                                                            number(others[2] * 100));
        basis = u"a warm standby replicates each database in full and keeps %1 of compute and messaging "
                "running"_s.arg(share);
    } else if (pick == candidates::PilotLight.text()) {
        databases = 1;
        basis = u"a pilot light replicates each database in full; compute starts only on a failover"_s;
    } else {
        return std::nullopt; // one region, or backups copied elsewhere (not priced)
    }
    SecondRegionCost out;
    out.strategy = pick;
    out.basis = basis;
    for (const CostLine& line : lines) {
        if (!line.priced())
            continue;
        if (line.kind == DecisionKind::Database) {
            out.monthly += {line.monthly.low * databases, line.monthly.expected * databases,
                            line.monthly.high * databases};
        } else {
            out.monthly += {line.monthly.low * others[0], line.monthly.expected * others[1],
                            line.monthly.high * others[2]};
        }
    }
    return out;
}

QList<CostCentreCost> CostEstimator::costCentres(const QList<CostLine>& lines) const
{
    QList<CostCentreCost> out;
    bool named = false;
    for (const CostLine& line : lines) {
        if (!line.priced())
            continue;
        const QString centre = ownershipOf(m_model, line.element).orElse(m_model.system.ownership).costCentre;
        named = named || !centre.isEmpty();
        auto it =
            std::find_if(out.begin(), out.end(), [&](const CostCentreCost& c) { return c.name == centre; });
        if (it == out.end()) {
            out.append(CostCentreCost{centre, {}, 0});
            it = out.end() - 1;
        }
        it->monthly += line.monthly;
        ++it->lines;
    }
    if (!named)
        return {};
    std::sort(out.begin(), out.end(), [](const CostCentreCost& a, const CostCentreCost& b) {
        return a.monthly.expected != b.monthly.expected ? a.monthly.expected > b.monthly.expected
                                                        : a.name < b.name;
    });
    return out;
}

void CostEstimator::annotate(Recommendations& recommendations) const
{
    const QList<Cloud> clouds = cloudsOf(m_model.system.cloud);
    for (DecisionResult& d : recommendations.decisions) {
        const bool priceable = d.kind == DecisionKind::Compute || d.kind == DecisionKind::Database ||
                               d.kind == DecisionKind::Messaging;
        if (!priceable || !d.element.isValid())
            continue;
        for (RankedCandidate& c : d.ranking) {
            for (const Cloud cloud : clouds) {
                const CostLine line = element(d.element, c.candidate, cloud);
                if (line.priced() && (!c.monthlyUsd || line.monthly.expected < c.monthlyUsd->expected)) {
                    c.monthlyUsd = line.monthly;
                    c.costCloud = cloud;
                }
            }
        }
        if (std::optional<Finding> f = costsMoreFinding(d)) {
            d.despite.append(*f);
            std::sort(d.despite.begin(), d.despite.end(), &Finding::despiteBefore);
            addFinding(recommendations, *f);
        }
    }
    std::optional<CostEstimate> best;
    for (const Cloud cloud : clouds) {
        CostEstimate e = estimate(recommendations, cloud);
        if (!best || e.pricedCount() > best->pricedCount() ||
            (e.pricedCount() == best->pricedCount() && e.total.expected < best->total.expected))
            best = std::move(e);
    }
    if (const std::optional<Finding> f = budgetFinding(recommendations, *best))
        addFinding(recommendations, *f);
    SystemCost cost;
    cost.cloud = best->cloud;
    cost.pricesChecked = best->pricesChecked;
    cost.total = best->total;
    cost.priced = best->pricedCount();
    cost.elements = static_cast<int>(best->lines.size());
    if (best->secondRegion)
        cost.secondRegion = best->secondRegion->strategy;
    recommendations.cost = cost;
}

std::optional<Finding> CostEstimator::costsMoreFinding(const DecisionResult& d) const
{
    const auto chosen = std::find_if(d.ranking.cbegin(), d.ranking.cend(), [&d](const RankedCandidate& c) {
        return c.candidate == d.chosen.candidate;
    });
    if (chosen == d.ranking.cend() || !chosen->monthlyUsd)
        return std::nullopt;
    // The cheapest other candidate the rules left, on the cloud the chosen one is priced on.
    const Cloud cloud = chosen->costCloud;
    std::optional<CostLine> cheapest;
    for (const RankedCandidate& c : d.ranking) {
        if (c.candidate == chosen->candidate)
            continue;
        CostLine line = element(d.element, c.candidate, cloud);
        if (line.priced() && (!cheapest || line.monthly.expected < cheapest->monthly.expected))
            cheapest = std::move(line);
    }
    const double mine = chosen->monthlyUsd->expected;
    if (!cheapest || mine < CostAssumptions::kCostsMoreRatio * cheapest->monthly.expected ||
        mine - cheapest->monthly.expected < CostAssumptions::kCostsMoreAtLeastUsd)
        return std::nullopt;
    Finding f;
    f.rule = u"cost.pick-costs-more"_s;
    f.severity = FindingSeverity::Medium;
    f.subject = d.subject;
    f.element = d.element;
    f.message =
        u"%1's %2 pick, %3, is estimated at %4 USD a month on %5 list prices, %6 times %7 (%8 USD) for "
        "the same usage: the estimate weighs in the ranking, but other qualities outweigh it."_s.arg(
            d.subject, d.kind.name(), chosen->candidate, CostFormat::usd(mine), enumName(cloud),
            QString::number(mine / std::max(cheapest->monthly.expected, 0.01), 'f', 1), cheapest->candidate,
            CostFormat::usd(cheapest->monthly.expected));
    f.recommendation =
        u"Where cost matters for %1, weigh %2 (pin it with its reason), or check the usage the "
        "estimate rests on: groundwork-cli cost shows every line and assumption."_s.arg(d.subject,
                                                                                        cheapest->candidate);
    f.source = cheapest->source;
    return f;
}

std::optional<Finding> CostEstimator::budgetFinding(const Recommendations& recommendations,
                                                    const CostEstimate& estimate) const
{
    const std::optional<double> budget = m_model.team.budgetUsdMonth;
    if (!budget || *budget <= 0 || estimate.pricedCount() == 0 || estimate.total.expected <= *budget)
        return std::nullopt;
    const QList<const CostLine*> largest = estimate.largest(3);
    QStringList lines, cheaper;
    for (const CostLine* line : largest) {
        lines.append(
            u"%1 (%2) %3"_s.arg(line->subject, line->candidate, CostFormat::usd(line->monthly.expected)));
        const DecisionResult* d = recommendations.decision(line->subject, line->kind);
        if (!d)
            continue;
        // The cheapest other candidate the rules left for this element, priced on the same cloud.
        std::optional<CostLine> best;
        for (const RankedCandidate& c : d->ranking) {
            if (c.candidate == line->candidate)
                continue;
            CostLine other = element(d->element, c.candidate, estimate.cloud);
            if (other.priced() && other.monthly.expected < line->monthly.expected &&
                (!best || other.monthly.expected < best->monthly.expected))
                best = std::move(other);
        }
        if (best)
            cheaper.append(u"%1 on %2 (%3 USD a month, %4 less)"_s.arg(
                line->subject, best->candidate, CostFormat::usd(best->monthly.expected),
                CostFormat::usd(line->monthly.expected - best->monthly.expected)));
    }
    const bool partial = estimate.pricedCount() < estimate.lines.size();
    QStringList environments;
    for (const EnvironmentCost& e : estimate.environments)
        environments.append(e.name);
    const QString scope =
        (environments.size() > 1 ? u" for %1 together"_s.arg(environments.join(u" and "_s)) : QString()) +
        (partial ? u", counting the %1 of %2 elements that could be priced"_s.arg(estimate.pricedCount())
                       .arg(estimate.lines.size())
                 : QString());
    Finding f;
    f.rule = u"cost.over-budget"_s;
    // Even the low end over budget is not a matter of assumptions.
    f.severity = estimate.total.low > *budget ? FindingSeverity::High : FindingSeverity::Medium;
    f.subject = Subject::systemId();
    f.element = ElementRef{ElementRef::Section::System, -1};
    f.message =
        u"The picks are estimated at %1 USD a month (%2 to %3, %4 list prices checked %5)%6, over the "
        "budget of %7 USD a month. The largest lines of production: %8."_s.arg(
            CostFormat::usd(estimate.total.expected), CostFormat::usd(estimate.total.low),
            CostFormat::usd(estimate.total.high), enumName(estimate.cloud),
            estimate.pricesChecked.toString(Qt::ISODate), scope, CostFormat::usd(*budget),
            lines.join(u", "_s));
    f.recommendation =
        cheaper.isEmpty()
            ? u"Check the usage the estimate rests on (groundwork-cli cost shows every line and assumption), "
              "then raise the budget or cut what the largest lines do."_s
            : u"Cheaper candidates the rules leave: %1. groundwork-cli cost shows every line and assumption."_s
                  .arg(cheaper.join(u"; "_s));
    f.source = largest.front()->source;
    return f;
}

void CostEstimator::addFinding(Recommendations& recommendations, const Finding& finding)
{
    QList<Finding>& findings = recommendations.findings; // kept in the engine's order
    findings.insert(std::upper_bound(findings.begin(), findings.end(), finding, &Finding::listedBefore),
                    finding);
}

CostLine CostEstimator::element(const ElementRef& e, const QString& candidate, Cloud cloud) const
{
    if (!m_memo)
        return priceElement(e, candidate, cloud);
    if (const CostLine* kept = m_memo->find(e, candidate, cloud))
        return *kept;
    CostLine line = priceElement(e, candidate, cloud);
    m_memo->keep(e, candidate, cloud, line);
    return line;
}

CostLine CostEstimator::priceElement(const ElementRef& e, const QString& candidate, Cloud cloud) const
{
    const int i = e.index;
    switch (e.section) {
    case ElementRef::Section::Workload:
        if (i >= 0 && i < m_model.workloads.size())
            return workload(m_model.workloads.at(i), candidate, cloud);
        break;
    case ElementRef::Section::DataStore:
        if (i >= 0 && i < m_model.data.size())
            return dataStore(m_model.data.at(i), candidate, cloud);
        break;
    case ElementRef::Section::Channel:
        if (i >= 0 && i < m_model.channels.size())
            return channel(m_model.channels.at(i), candidate, cloud);
        break;
    default:
        break;
    }
    CostLine none;
    none.unpriced = u"not an element"_s;
    return none;
}

} // namespace gw
