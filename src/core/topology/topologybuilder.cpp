#include "topologybuilder.h"

#include "topologycollapser.h"

#include "../model/model.h"
#include "../rules/recommendation.h"

#include <QSet>

namespace gw {

namespace {

// The recommendations indexed by (subject, kind), and the high findings per subject: the engine's own
// look-ups are linear, and a diagram asks for every element.
class PickIndex
{
public:
    explicit PickIndex(const Recommendations& r) : m_cloud(r.cloud)
    {
        for (const DecisionResult& d : r.decisions)
            m_decisions.insert(key(d.subject, d.kind), &d);
        for (const Finding& f : r.findings) {
            if (f.severity == FindingSeverity::High)
                ++m_high[f.subject];
        }
    }

    Pick chosen(const QString& subject, DecisionKind kind) const
    {
        const DecisionResult* d = m_decisions.value(key(subject, kind));
        return d ? d->chosen : Pick{};
    }
    QString service(const Pick& pick) const { return pick.services.on(m_cloud); }
    int highFindings(const QString& subject) const { return m_high.value(subject); }

private:
    static QString key(const QString& subject, DecisionKind kind)
    {
        return subject + u'\n' + QString::number(static_cast<int>(kind));
    }

    Cloud m_cloud;
    QHash<QString, const DecisionResult*> m_decisions;
    QHash<QString, int> m_high;
};

const Environment* findEnvironment(const Model& model, const QString& name)
{
    if (model.environments.isEmpty())
        return nullptr;
    if (name.isEmpty())
        return &model.environments.first();
    for (const Environment& e : model.environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString dataIcon(DataShape shape)
{
    switch (shape) {
    case DataShape::Blob:
        return QStringLiteral("blob");
    case DataShape::Cache:
    case DataShape::KeyValue:
        return QStringLiteral("cache");
    case DataShape::Search:
        return QStringLiteral("search");
    case DataShape::Analytical:
    case DataShape::TimeSeries:
        return QStringLiteral("analytics");
    default:
        return QStringLiteral("database");
    }
}

QString workloadIcon(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Web:
        return QStringLiteral("web");
    case WorkloadKind::Worker:
    case WorkloadKind::EventHandler:
    case WorkloadKind::Stream:
        return QStringLiteral("worker");
    case WorkloadKind::Batch:
    case WorkloadKind::Scheduled:
        return QStringLiteral("batch");
    case WorkloadKind::MlInference:
        return QStringLiteral("ml");
    case WorkloadKind::Api:
        break;
    }
    return QStringLiteral("api");
}

QString accessLabel(Access access)
{
    switch (access) {
    case Access::Read:
        return QStringLiteral("read");
    case Access::Write:
        return QStringLiteral("write");
    case Access::ReadWrite:
        break;
    }
    return QStringLiteral("read/write");
}

bool isExposed(const Workload& w)
{
    return w.exposure == Exposure::Public || w.exposure == Exposure::Partner;
}

class Builder
{
public:
    Builder(const Model& model, const Recommendations& r, Topology& t) : m_model(model), m_picks(r), m_t(t)
    {
        // Model::findElement is a linear search; a diagram looks up every `uses` target.
        for (const Workload& w : model.workloads)
            m_sections.insert(w.id, ElementRef::Section::Workload);
        for (const DataStore& d : model.data)
            m_sections.insert(d.id, ElementRef::Section::DataStore);
        for (const Channel& c : model.channels)
            m_sections.insert(c.id, ElementRef::Section::Channel);
    }

    int addCluster(const QString& id, ClusterKind kind, Zone zone, const QString& label, int parent)
    {
        m_t.clusters.append(TopologyCluster{id, kind, zone, label, parent});
        return static_cast<int>(m_t.clusters.size() - 1);
    }

    void addNode(TopologyNode node) { m_t.nodes.append(std::move(node)); }

    void addEdge(const QString& from, const QString& to, EdgeStyle style, UseMode mode, const QString& label)
    {
        TopologyEdge e;
        e.from = from;
        e.to = to;
        e.style = style;
        e.mode = mode;
        e.label = label;
        m_t.edges.append(e);
    }

    // The label of a call to a workload: its API style, or plain HTTPS when none is known.
    QString apiStyleOf(const QString& workloadId) const
    {
        const Pick p = m_picks.chosen(workloadId, DecisionKind::ApiStyle);
        if (!p.isValid())
            return QStringLiteral("HTTPS");
        // Short names for the known families: an edge label sits between boxes and must stay small.
        static const QHash<QString, QString> shortNames{
            {QStringLiteral("rest"), QStringLiteral("REST")},
            {QStringLiteral("graphql"), QStringLiteral("GraphQL")},
            {QStringLiteral("grpc"), QStringLiteral("gRPC")},
            {QStringLiteral("async-messaging"), QStringLiteral("events")}};
        const QString known = shortNames.value(p.family);
        return !known.isEmpty() ? known : p.label.isEmpty() ? p.candidate : p.label;
    }

    // A workload spread over several instances needs a load balancer in front of it; the serverless
    // family brings its own front door.
    bool needsLoadBalancer(const Workload& w) const
    {
        if (!isExposed(w) || (w.kind != WorkloadKind::Api && w.kind != WorkloadKind::Web))
            return false;
        return m_picks.chosen(w.id, DecisionKind::Compute).family != QStringLiteral("serverless");
    }

    void run(const Environment* env)
    {
        const QString envName = env ? env->name : QStringLiteral("production");
        m_t.title = m_model.system.name;
        m_t.environment = envName;
        QString envLabel = envName;
        if (env && !env->account.isEmpty())
            envLabel += QStringLiteral(" (") + env->account + u')';
        QString region = env ? env->region : QString();
        if (region.isEmpty() && !m_model.system.regions.isEmpty())
            region = m_model.system.regions.first();
        if (region.isEmpty())
            region = QStringLiteral("region");

        const int envCluster =
            addCluster(QStringLiteral("env"), ClusterKind::Environment, Zone::None, envLabel, -1);
        const RegionStrategy strategy = regionStrategy(region);
        QString regionLabel = region;
        if (strategy == RegionStrategy::ActiveActive)
            regionLabel += QStringLiteral(" (active)");
        else if (strategy == RegionStrategy::ActivePassive)
            regionLabel += QStringLiteral(" (primary)");
        const int regionCluster = addCluster(QStringLiteral("env/region"), ClusterKind::Region, Zone::None,
                                             regionLabel, envCluster);

        const Pick edgePick = m_picks.chosen(QStringLiteral("system"), DecisionKind::Edge);
        const bool hasGateway = edgePick.isValid() && edgePick.family != QStringLiteral("none");
        // With every region active, the gateway in front of them belongs to none of them.
        const bool globalGateway = strategy == RegionStrategy::ActiveActive;

        bool anyPublic = false, anyPartner = false, anyLb = false;
        for (const Workload& w : m_model.workloads) {
            anyPublic = anyPublic || w.exposure == Exposure::Public;
            anyPartner = anyPartner || w.exposure == Exposure::Partner;
            anyLb = anyLb || needsLoadBalancer(w);
        }
        const bool anyExposed = anyPublic || anyPartner;

        int gatewayZone = -1;
        if (anyExposed && hasGateway && globalGateway) {
            gatewayZone = addCluster(QStringLiteral("env/global"), ClusterKind::Zone, Zone::Edge,
                                     QStringLiteral("global edge (public)"), envCluster);
        }
        int edgeZone = -1;
        if ((anyExposed && hasGateway && !globalGateway) || anyLb) {
            edgeZone = addCluster(QStringLiteral("env/region/edge"), ClusterKind::Zone, Zone::Edge,
                                  QStringLiteral("edge zone (public)"), regionCluster);
        }
        if (gatewayZone < 0)
            gatewayZone = edgeZone;
        int appZone = -1;
        if (!m_model.workloads.isEmpty() || !m_model.channels.isEmpty()) {
            appZone =
                addCluster(QStringLiteral("env/region/application"), ClusterKind::Zone, Zone::Application,
                           QStringLiteral("application zone (private)"), regionCluster);
        }
        int dataZone = -1;
        if (!m_model.data.isEmpty()) {
            dataZone = addCluster(QStringLiteral("env/region/data"), ClusterKind::Zone, Zone::Data,
                                  QStringLiteral("data zone (private)"), regionCluster);
        }

        // Outside the environment: who calls in.
        if (anyPublic) {
            TopologyNode n;
            n.id = QStringLiteral("clients:public");
            n.kind = NodeKind::Clients;
            n.name = QStringLiteral("Internet");
            n.kindLabel = QStringLiteral("browsers and apps");
            n.icon = QStringLiteral("clients");
            addNode(n);
        }
        if (anyPartner) {
            TopologyNode n;
            n.id = QStringLiteral("clients:partner");
            n.kind = NodeKind::Clients;
            n.name = QStringLiteral("Partners");
            n.kindLabel = QStringLiteral("partner systems");
            n.icon = QStringLiteral("partner");
            addNode(n);
        }
        if (anyExposed && hasGateway) {
            TopologyNode n;
            n.id = QStringLiteral("edge");
            n.kind = NodeKind::Edge;
            n.name = edgePick.label.isEmpty() ? edgePick.candidate : edgePick.label;
            n.kindLabel = QStringLiteral("edge");
            n.icon = QStringLiteral("gateway");
            n.pick = edgePick.candidate;
            n.service = m_picks.service(edgePick);
            n.highFindings = m_picks.highFindings(QStringLiteral("system"));
            n.cluster = gatewayZone;
            addNode(n);
            if (anyPublic)
                addEdge(QStringLiteral("clients:public"), n.id, EdgeStyle::Sync, UseMode::Sync,
                        QStringLiteral("HTTPS"));
            if (anyPartner)
                addEdge(QStringLiteral("clients:partner"), n.id, EdgeStyle::Sync, UseMode::Sync,
                        QStringLiteral("HTTPS"));
        }
        for (const Workload& w : m_model.workloads) {
            if (!needsLoadBalancer(w))
                continue;
            TopologyNode n;
            n.id = QStringLiteral("lb:") + w.id;
            n.kind = NodeKind::LoadBalancer;
            n.name = QStringLiteral("Load balancer");
            n.kindLabel = QStringLiteral("load balancer");
            n.icon = QStringLiteral("loadbalancer");
            n.cluster = edgeZone;
            addNode(n);
        }

        for (const Workload& w : m_model.workloads) {
            const Pick p = m_picks.chosen(w.id, DecisionKind::Compute);
            TopologyNode n;
            n.id = QStringLiteral("w:") + w.id;
            n.kind = NodeKind::Workload;
            n.elementId = w.id;
            n.name = w.displayName();
            n.kindLabel = enumName(w.kind);
            n.icon = workloadIcon(w.kind);
            n.pick = p.candidate;
            n.service = m_picks.service(p);
            n.highFindings = m_picks.highFindings(w.id);
            n.cluster = appZone;
            addNode(n);
        }
        for (const Channel& c : m_model.channels) {
            const Pick p = m_picks.chosen(c.id, DecisionKind::Messaging);
            TopologyNode n;
            n.id = QStringLiteral("c:") + c.id;
            n.kind = NodeKind::Channel;
            n.elementId = c.id;
            n.name = c.displayName();
            n.kindLabel = enumName(c.kind);
            n.icon = c.kind == ChannelKind::Queue ? QStringLiteral("queue") : QStringLiteral("topic");
            n.pick = p.candidate;
            n.service = m_picks.service(p);
            n.highFindings = m_picks.highFindings(c.id);
            n.cluster = appZone;
            addNode(n);
        }
        for (const DataStore& d : m_model.data) {
            const Pick p = m_picks.chosen(d.id, DecisionKind::Database);
            TopologyNode n;
            n.id = QStringLiteral("d:") + d.id;
            n.kind = NodeKind::DataStore;
            n.elementId = d.id;
            n.name = d.displayName();
            n.kindLabel = enumName(d.shape);
            n.icon = dataIcon(d.shape);
            n.pick = p.candidate;
            n.service = m_picks.service(p);
            n.highFindings = m_picks.highFindings(d.id);
            n.cluster = dataZone; // never a public zone
            addNode(n);
        }

        // Ingress: clients -> gateway or load balancer or workload -> workload.
        for (const Workload& w : m_model.workloads) {
            if (!isExposed(w))
                continue;
            const QString target = QStringLiteral("w:") + w.id;
            const QString style = apiStyleOf(w.id);
            QString front = target;
            if (needsLoadBalancer(w)) {
                front = QStringLiteral("lb:") + w.id;
                addEdge(front, target, EdgeStyle::Sync, UseMode::Sync, QString());
            }
            if (hasGateway)
                addEdge(QStringLiteral("edge"), front, EdgeStyle::Sync, UseMode::Sync, style);
            else {
                const QString clients = w.exposure == Exposure::Public ? QStringLiteral("clients:public")
                                                                       : QStringLiteral("clients:partner");
                addEdge(clients, front, EdgeStyle::Sync, UseMode::Sync, style);
            }
        }

        // Dependencies, in model order.
        QSet<QString> seen;
        for (const Workload& w : m_model.workloads) {
            const QString self = QStringLiteral("w:") + w.id;
            for (const Use& u : w.uses) {
                const ElementRef::Section section = m_sections.value(u.to, ElementRef::Section::None);
                TopologyEdge e;
                e.mode = u.mode;
                e.access = u.access;
                e.style = u.mode == UseMode::Sync ? EdgeStyle::Sync : EdgeStyle::Async;
                switch (section) {
                case ElementRef::Section::Workload:
                    e.from = self;
                    e.to = QStringLiteral("w:") + u.to;
                    e.label = u.mode == UseMode::Sync ? apiStyleOf(u.to) : QStringLiteral("async");
                    break;
                case ElementRef::Section::DataStore:
                    e.from = self;
                    e.to = QStringLiteral("d:") + u.to;
                    e.showsAccess = true;
                    e.label = accessLabel(u.access);
                    break;
                case ElementRef::Section::Channel:
                    if (u.mode == UseMode::Consume) {
                        e.from = QStringLiteral("c:") + u.to;
                        e.to = self;
                        e.label = QStringLiteral("consume");
                    } else {
                        e.from = self;
                        e.to = QStringLiteral("c:") + u.to;
                        e.label = QStringLiteral("publish");
                    }
                    e.style = EdgeStyle::Async;
                    break;
                default:
                    continue; // an unknown target: the validator reports it
                }
                const QString key = e.from + u'\n' + e.to + u'\n' + e.label;
                if (seen.contains(key))
                    continue; // a model may list one dependency twice; draw it once
                seen.insert(key);
                m_t.edges.append(e);
            }
        }
        if (strategy != RegionStrategy::Single)
            addOtherRegions(strategy, envCluster, regionCluster);
    }

    enum class RegionStrategy { Single, ActivePassive, ActiveActive };

    // Several regions are drawn when the model lists them, the region strategy spreads the system over
    // them, and the environment lives in the primary region (other environments are in one region).
    RegionStrategy regionStrategy(const QString& environmentRegion) const
    {
        const QStringList& regions = m_model.system.regions;
        if (regions.size() < 2 || environmentRegion != regions.first())
            return RegionStrategy::Single;
        const QString family = m_picks.chosen(QStringLiteral("system"), DecisionKind::RegionStrategy).family;
        if (family == QStringLiteral("active-active"))
            return RegionStrategy::ActiveActive;
        if (family == QStringLiteral("active-passive"))
            return RegionStrategy::ActivePassive;
        return RegionStrategy::Single;
    }

    // The other regions beside the primary one (already built): with every region active, a copy of
    // the primary's zones, nodes and edges each; with a standby region, its data zone holding a replica
    // of every store (caches are refilled, not replicated): the workloads start there on fail-over.
    // Either way an edge per store shows the replication between the regions.
    void addOtherRegions(RegionStrategy strategy, int envCluster, int primaryCluster)
    {
        const bool active = strategy == RegionStrategy::ActiveActive;
        const qsizetype primaryNodes = m_t.nodes.size();
        const qsizetype primaryEdges = m_t.edges.size();
        QList<int> primaryZones;
        for (int c = 0; c < m_t.clusters.size(); ++c) {
            if (m_t.clusters[c].parent == primaryCluster)
                primaryZones.append(c);
        }
        QStringList others;
        for (const QString& r : m_model.system.regions) {
            if (r != m_model.system.regions.first() && !others.contains(r))
                others.append(r);
        }
        for (int r = 0; r < others.size(); ++r) {
            const QString id = QStringLiteral("env/region%1").arg(r + 2); // never a user string
            const QString label = others[r] + (active ? QStringLiteral(" (active)")
                                                      : QStringLiteral(" (standby: data replicas)"));
            const int regionCluster = addCluster(id, ClusterKind::Region, Zone::None, label, envCluster);
            QHash<int, int> zoneCopy;
            for (const int z : std::as_const(primaryZones)) {
                const TopologyCluster zone = m_t.clusters[z];
                if (!active && zone.zone != Zone::Data)
                    continue;
                zoneCopy.insert(z, addCluster(id + zone.id.mid(zone.id.lastIndexOf(u'/')), ClusterKind::Zone,
                                              zone.zone, zone.label, regionCluster));
            }
            const QString suffix = QStringLiteral("@%1").arg(r + 2);
            QHash<QString, QString> copyOf; // node id in the primary region -> its copy here
            for (qsizetype i = 0; i < primaryNodes; ++i) {
                const TopologyNode original = m_t.nodes[i];
                if (!zoneCopy.contains(original.cluster))
                    continue;
                if (!active && original.kind == NodeKind::DataStore &&
                    original.kindLabel == enumName(DataShape::Cache))
                    continue;
                TopologyNode copy = original;
                copy.id += suffix;
                copy.elementId.clear(); // the element is the primary's box; this one is its copy
                copy.cluster = zoneCopy.value(original.cluster);
                if (!active)
                    copy.kindLabel += QStringLiteral(" replica");
                addNode(copy);
                copyOf.insert(original.id, copy.id);
                if (original.kind == NodeKind::DataStore) {
                    TopologyEdge e;
                    e.from = original.id;
                    e.to = copy.id;
                    e.style = EdgeStyle::Async;
                    e.mode = UseMode::Async;
                    e.access = active ? Access::ReadWrite : Access::Write;
                    e.showsAccess = active; // both ways when both regions write
                    e.label = QStringLiteral("replication");
                    m_replication.append(e);
                }
            }
            if (!active)
                continue;
            for (qsizetype i = 0; i < primaryEdges; ++i) {
                TopologyEdge e = m_t.edges[i];
                const QString from = copyOf.value(e.from, e.from);
                const QString to = copyOf.value(e.to, e.to);
                if (from == e.from && to == e.to)
                    continue; // between nodes outside the regions (clients and the global gateway)
                e.from = from;
                e.to = to;
                m_t.edges.append(e);
            }
        }
        m_t.edges.append(m_replication);
    }

private:
    const Model& m_model;
    PickIndex m_picks;
    Topology& m_t;
    QHash<QString, ElementRef::Section> m_sections;
    QList<TopologyEdge> m_replication; // drawn after every region's own edges
};

} // namespace

Topology TopologyBuilder::build(const Model& model, const Recommendations& recommendations)
{
    return build(model, recommendations, Options{});
}

bool TopologyBuilder::hasEnvironment(const Model& model, const QString& environment)
{
    return environment.isEmpty() || findEnvironment(model, environment) != nullptr;
}

Topology TopologyBuilder::build(const Model& model, const Recommendations& recommendations,
                                const Options& options)
{
    Topology t;
    Builder(model, recommendations, t).run(findEnvironment(model, options.environment));
    t.rebuildIndex();
    const qsizetype elements = model.workloads.size() + model.data.size() + model.channels.size();
    if (options.collapseAbove > 0 && elements > options.collapseAbove)
        return TopologyCollapser::collapse(t);
    return t;
}

} // namespace gw
