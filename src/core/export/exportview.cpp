#include "exportview.h"

#include "exportescape.h"

#include "../rules/familyname.h"
#include "../topology/topologybuilder.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gw {

namespace {

QString decisionKey(const QString& subject, DecisionKind kind)
{
    return subject + u'\n' + kind.name();
}

// Requests per second one instance serves, by CPU need: a rough planning figure that the HPA and
// autoscaling targets refine in production.
double rpsPerInstance(Level cpu)
{
    switch (cpu) {
    case Level::Low:
        return 100.0;
    case Level::Medium:
        return 50.0;
    case Level::High:
        break;
    }
    return 20.0;
}

} // namespace

ExportView::ExportView(const ExportInput& input)
    : m_model(input.model), m_recommendations(input.recommendations), m_modelPath(input.modelPath),
      m_cloudOverride(input.cloud)
{
    for (const DecisionResult& d : m_recommendations.decisions)
        m_decisions.insert(decisionKey(d.subject, d.kind), &d);

    // The zones are the diagram's: one place decides where an element sits.
    const Topology topology = TopologyBuilder::build(m_model, m_recommendations);
    for (const TopologyNode& n : topology.nodes) {
        const Zone zone = topology.zoneOf(n);
        m_presentZones.insert(static_cast<int>(zone));
        if (!n.elementId.isEmpty())
            m_zones.insert(n.elementId, zone);
    }

    QHash<QString, ElementRef::Section> sections;
    for (const Workload& w : m_model.workloads)
        sections.insert(w.id, ElementRef::Section::Workload);
    for (const DataStore& d : m_model.data)
        sections.insert(d.id, ElementRef::Section::DataStore);
    for (const Channel& c : m_model.channels)
        sections.insert(c.id, ElementRef::Section::Channel);
    QSet<QString> seen;
    for (const Workload& w : m_model.workloads) {
        for (const Use& u : w.uses) {
            const ElementRef::Section section = sections.value(u.to, ElementRef::Section::None);
            if (section == ElementRef::Section::None || u.to == w.id)
                continue;
            UseMode mode = u.mode;
            if (section == ElementRef::Section::Channel && mode != UseMode::Consume)
                mode = UseMode::Publish;
            const QString key = w.id + u'\n' + u.to + u'\n' + QString::number(static_cast<int>(mode));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            m_byFrom[w.id].append(m_dependencies.size());
            m_byTo[u.to].append(m_dependencies.size());
            m_dependencies.append({w.id, u.to, section, mode, u.access});
        }
    }

    m_slug = exportescape::dnsLabel(m_model.system.name.isEmpty() ? u"system"_s : m_model.system.name);
    if (m_slug.size() > 20) {
        m_slug.truncate(20);
        while (m_slug.endsWith(u'-'))
            m_slug.chop(1);
    }
    QSet<QString> keys;
    for (const Environment& e : m_model.environments) {
        const QString base = exportescape::dnsLabel(e.name).left(20);
        QString key = base;
        for (int n = 2; keys.contains(key); ++n)
            key = base + u'-' + QString::number(n);
        keys.insert(key);
        m_environmentKeys.append(key);
    }
}

QList<Cloud> ExportView::clouds() const
{
    const Cloud cloud = m_cloudOverride.value_or(m_model.system.cloud);
    if (cloud == Cloud::Any)
        return {Cloud::Aws, Cloud::Gcp, Cloud::Azure};
    return {cloud};
}

Pick ExportView::chosen(const QString& subject, DecisionKind kind) const
{
    const DecisionResult* d = m_decisions.value(decisionKey(subject, kind));
    return d ? d->chosen : Pick{};
}

QString ExportView::family(const QString& subject, DecisionKind kind, const QString& fallback) const
{
    const Pick p = chosen(subject, kind);
    return p.isValid() ? p.family : fallback;
}

QList<ExportView::Dependency> ExportView::dependenciesOf(const QString& workloadId) const
{
    QList<Dependency> out;
    for (const qsizetype i : m_byFrom.value(workloadId))
        out.append(m_dependencies[i]);
    return out;
}

QStringList ExportView::consumersOf(const QString& channelId) const
{
    QStringList out;
    for (const qsizetype i : m_byTo.value(channelId)) {
        const Dependency& d = m_dependencies[i];
        if (d.mode == UseMode::Consume && !out.contains(d.from))
            out.append(d.from);
    }
    return out;
}

QStringList ExportView::producersOf(const QString& channelId) const
{
    QStringList out;
    for (const qsizetype i : m_byTo.value(channelId)) {
        const Dependency& d = m_dependencies[i];
        if (d.mode == UseMode::Publish && !out.contains(d.from))
            out.append(d.from);
    }
    return out;
}

QStringList ExportView::callersOf(const QString& workloadId) const
{
    QStringList out;
    for (const qsizetype i : m_byTo.value(workloadId)) {
        const Dependency& d = m_dependencies[i];
        if (d.section == ElementRef::Section::Workload && !out.contains(d.from))
            out.append(d.from);
    }
    return out;
}

bool ExportView::isExposed(const Workload& w) const
{
    return w.exposure == Exposure::Public || w.exposure == Exposure::Partner;
}

ExportView::Capacity ExportView::capacity(const Workload& w) const
{
    Capacity c;
    const bool important = w.criticality == Criticality::High || w.criticality == Criticality::Critical;
    const double perInstance = rpsPerInstance(w.cpu);
    const double average = w.traffic.averageRps.value_or(0.0);
    const double peak = std::max(w.traffic.peakRps.value_or(0.0), average);
    // Two instances at least for what must survive losing one; three for the critical.
    const int floor = w.criticality == Criticality::Critical ? 3 : important ? 2 : 1;
    c.min = std::max(floor, static_cast<int>(std::ceil(average / perInstance)));
    // Room for the peak at the target utilisation, never fewer than min + 1 so that scaling can happen.
    c.max = std::max(c.min + 1, static_cast<int>(std::ceil(peak / perInstance / 0.6)));
    c.max = std::min(c.max, 100);
    c.min = std::min(c.min, c.max);
    c.targetCpuPercent = w.traffic.pattern == TrafficPattern::Steady ? 70 : 60;
    return c;
}

QString ExportView::regionFor(const Environment& environment, Cloud cloud) const
{
    static const QRegularExpression aws(u"^[a-z]{2}(-[a-z]+)+-[0-9]+$"_s);
    static const QRegularExpression gcp(u"^[a-z]+-[a-z]+[0-9]+$"_s);
    static const QRegularExpression azure(u"^[a-z]+[a-z0-9]*$"_s);
    const QRegularExpression& pattern = cloud == Cloud::Gcp ? gcp : cloud == Cloud::Azure ? azure : aws;
    QStringList candidates;
    if (!environment.region.isEmpty())
        candidates.append(environment.region);
    candidates.append(m_model.system.regions);
    for (const QString& r : candidates) {
        if (pattern.match(r).hasMatch())
            return r;
    }
    return cloud == Cloud::Gcp ? u"us-central1"_s : cloud == Cloud::Azure ? u"westeurope"_s : u"us-east-1"_s;
}

QString ExportView::imageRegistry(const Environment& environment, Cloud cloud) const
{
    const QString region = regionFor(environment, cloud);
    switch (cloud) {
    case Cloud::Gcp:
        return region + u"-docker.pkg.dev/"_s +
               (environment.account.isEmpty() ? m_slug : exportescape::dnsLabel(environment.account)) +
               u"/"_s + m_slug;
    case Cloud::Azure:
        return QString(m_slug).remove(u'-') + u".azurecr.io"_s;
    case Cloud::Aws:
    case Cloud::Any:
        break;
    }
    static const QRegularExpression awsAccount(u"^[0-9]{12}$"_s);
    const QString account =
        awsAccount.match(environment.account).hasMatch() ? environment.account : u"000000000000"_s;
    return account + u".dkr.ecr."_s + region + u".amazonaws.com/"_s + m_slug;
}

QString ExportView::familyForShape(DataShape shape)
{
    switch (shape) {
    case DataShape::Relational:
        return families::Relational.text();
    case DataShape::Document:
        return families::Document.text();
    case DataShape::KeyValue:
        return families::KeyValue.text();
    case DataShape::WideColumn:
        return families::WideColumn.text();
    case DataShape::TimeSeries:
        return families::TimeSeries.text();
    case DataShape::Blob:
        return families::ObjectStorage.text();
    case DataShape::Search:
        return families::Search.text();
    case DataShape::Graph:
        return families::Graph.text();
    case DataShape::Cache:
        return families::Cache.text();
    case DataShape::Vector:
        return families::VectorSearch.text();
    case DataShape::Analytical:
        break;
    }
    return families::Analytical.text();
}

} // namespace gw
