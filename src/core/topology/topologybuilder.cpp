#include "topologybuilder.h"

#include "elementindex_p.h"
#include "topologycollapser.h"
#include "topologyrecords_p.h"

#include "../model/model.h"
#include "../rules/recommendation.h"

#include <QSet>

#include <array>

namespace gw {

namespace {

// An enum's name made into a QString once: a diagram names the kind of every element.
template<typename E> const QString& nameOf(E value)
{
    static const QStringList names = enumNames<E>();
    return names[static_cast<qsizetype>(value)];
}

// The recommendations per subject: the chosen pick of each decision kind and the number of high
// findings. The engine's own look-ups are linear, and a diagram asks for every element. Decisions and
// findings name their element both by id and by position; when every position names the element of
// that id (the recommendations were made from this model), elements are found by position, without
// hashing an id per element. Otherwise, and for the system, by id. Only the decisions a diagram shows
// are kept: the others are most of the list, and checking each one's element would cost as much as
// the rest of the diagram.
class PickIndex
{
public:
    static bool shown(DecisionKind kind)
    {
        switch (kind) {
        case DecisionKind::Compute:
        case DecisionKind::ApiStyle:
        case DecisionKind::Database:
        case DecisionKind::Messaging:
        case DecisionKind::RegionStrategy:
        case DecisionKind::Edge:
            return true;
        default:
            return false;
        }
    }

    struct Subject
    {
        std::array<const DecisionResult*, enumCount<DecisionKind>()> decisions{};
        int highFindings = 0;

        const Pick& chosen(DecisionKind kind) const
        {
            Q_ASSERT(shown(kind));
            static const Pick none;
            const DecisionResult* d = decisions[static_cast<std::size_t>(kind)];
            return d ? d->chosen : none;
        }
    };
    enum List { Workloads, DataStores, Channels };

    PickIndex(const Model& model, const Recommendations& r, const ElementIndex& named) : m_cloud(r.cloud)
    {
        m_byPosition = named.idsAreUnique(); // with two elements of one id, the id decides
        if (m_byPosition) {
            m_positions[Workloads].resize(model.workloads.size());
            m_positions[DataStores].resize(model.data.size());
            m_positions[Channels].resize(model.channels.size());
            for (const DecisionResult& d : r.decisions) {
                if (!shown(d.kind))
                    continue;
                Subject* s = at(model, named, d.element, d.subject);
                if (!s) {
                    m_byPosition = false;
                    break;
                }
                s->decisions[static_cast<std::size_t>(d.kind)] = &d;
            }
        }
        if (m_byPosition) {
            for (const Finding& f : r.findings) {
                if (f.severity != FindingSeverity::High)
                    continue;
                Subject* s = at(model, named, f.element, f.subject);
                if (!s) {
                    m_byPosition = false;
                    break;
                }
                ++s->highFindings;
            }
        }
        if (m_byPosition)
            return;
        for (QList<Subject>& list : m_positions)
            list.clear();
        m_byId.clear();
        for (const DecisionResult& d : r.decisions) {
            if (shown(d.kind))
                m_byId[d.subject].decisions[static_cast<std::size_t>(d.kind)] = &d;
        }
        for (const Finding& f : r.findings) {
            if (f.severity == FindingSeverity::High)
                ++m_byId[f.subject].highFindings;
        }
    }

    // The element at `index` of `list`, whose id is `id`.
    const Subject& of(List list, int index, const QString& id) const
    {
        return m_byPosition ? m_positions[list][index] : of(id);
    }
    const Subject& of(const QString& id) const
    {
        static const Subject none;
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? none : *it;
    }
    QString service(const Pick& pick) const { return pick.services.on(m_cloud); }

private:
    // Where the decisions and findings of `element` go; nullptr when its position does not name the
    // element of that id.
    Subject* at(const Model& model, const ElementIndex& named, const ElementRef& element, const QString& id)
    {
        // The scoring engine copies the element's id into each result: the same text, seen without
        // reading it.
        const auto positionOf = [&](List list, const QString& elementId) -> Subject* {
            const bool same =
                (elementId.constData() == id.constData() && elementId.size() == id.size()) || elementId == id;
            return same ? &m_positions[list][element.index] : nullptr;
        };
        switch (element.section) {
        case ElementRef::Section::Workload:
            if (element.index >= 0 && element.index < model.workloads.size())
                return positionOf(Workloads, model.workloads[element.index].id);
            return nullptr;
        case ElementRef::Section::DataStore:
            if (element.index >= 0 && element.index < model.data.size())
                return positionOf(DataStores, model.data[element.index].id);
            return nullptr;
        case ElementRef::Section::Channel:
            if (element.index >= 0 && element.index < model.channels.size())
                return positionOf(Channels, model.channels[element.index].id);
            return nullptr;
        default:
            // The system (and environments): by id, unless the id is an element's after all.
            return named.contains(id) ? nullptr : &m_byId[id];
        }
    }

    Cloud m_cloud;
    bool m_byPosition = false;
    std::array<QList<Subject>, 3> m_positions; // per List, by position
    QHash<QString, Subject> m_byId;
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
    Builder(const Model& model, const Recommendations& r, TopologyRecords& t)
        : m_model(model), m_t(t), m_named(model), m_picks(model, r, m_named)
    {
        // Every element, a load balancer per workload at most, the clients and the gateway; the edges
        // of every `uses` and the ingress: reserved, so that the lists are not copied as they grow.
        m_t.nodes.reserve(model.workloads.size() * 2 + model.data.size() + model.channels.size() + 3);
        m_lb.reserve(model.workloads.size());
        qsizetype uses = 0;
        for (int i = 0; i < model.workloads.size(); ++i) {
            m_lb.append(needsLoadBalancer(i));
            uses += model.workloads[i].uses.size();
        }
        m_t.edges.reserve(uses + 2 * model.workloads.size() + 2);
        m_apiStyles.resize(model.workloads.size());
    }

    int addCluster(const QString& id, ClusterKind kind, Zone zone, const QString& label, int parent)
    {
        m_t.clusters.append(TopologyCluster{id, kind, zone, label, parent});
        return static_cast<int>(m_t.clusters.size() - 1);
    }

    int addNode(NodeRecord node)
    {
        m_t.nodes.append(std::move(node));
        return static_cast<int>(m_t.nodes.size() - 1);
    }

    // A box named `prefix` + `key`, with no pick yet.
    static NodeRecord nodeRecord(QLatin1StringView prefix, const QString& key, NodeKind kind,
                                 const QString& name, const QString& kindLabel, const QString& icon,
                                 int cluster)
    {
        NodeRecord r;
        r.prefix = prefix;
        r.key = key;
        r.node.kind = kind;
        r.node.name = name;
        r.node.kindLabel = kindLabel;
        r.node.icon = icon;
        r.node.cluster = cluster;
        return r;
    }

    int addElement(QLatin1StringView prefix, NodeKind kind, PickIndex::List list, int index,
                   const QString& id, const QString& name, const QString& kindLabel, const QString& icon,
                   DecisionKind decision, int cluster)
    {
        const PickIndex::Subject& subject = m_picks.of(list, index, id);
        const Pick& pick = subject.chosen(decision);
        NodeRecord r = nodeRecord(prefix, id, kind, name, kindLabel, icon, cluster);
        r.node.elementId = id;
        r.node.pick = pick.candidate;
        r.node.service = m_picks.service(pick);
        r.node.highFindings = subject.highFindings;
        return addNode(std::move(r));
    }

    void addEdge(int from, int to, EdgeStyle style, UseMode mode, const QString& label)
    {
        EdgeRecord e;
        e.from = from;
        e.to = to;
        e.style = style;
        e.mode = mode;
        e.label = label;
        m_t.edges.append(std::move(e));
    }

    // The label of a call to a workload: its API style, or plain HTTPS when none is known.
    const QString& apiStyleOf(int workload)
    {
        QString& style = m_apiStyles[workload];
        if (!style.isNull())
            return style;
        const Pick& p = m_picks.of(PickIndex::Workloads, workload, m_model.workloads[workload].id)
                            .chosen(DecisionKind::ApiStyle);
        if (!p.isValid())
            return style = QStringLiteral("HTTPS");
        // Short names for the known families: an edge label sits between boxes and must stay small.
        static const QHash<QString, QString> shortNames{
            {QStringLiteral("rest"), QStringLiteral("REST")},
            {QStringLiteral("graphql"), QStringLiteral("GraphQL")},
            {QStringLiteral("grpc"), QStringLiteral("gRPC")},
            {QStringLiteral("async-messaging"), QStringLiteral("events")}};
        const QString known = shortNames.value(p.family);
        return style = !known.isEmpty() ? known : p.label.isEmpty() ? p.candidate : p.label;
    }

    // A workload spread over several instances needs a load balancer in front of it; the serverless
    // family brings its own front door.
    bool needsLoadBalancer(int workload) const
    {
        const Workload& w = m_model.workloads[workload];
        if (!isExposed(w) || (w.kind != WorkloadKind::Api && w.kind != WorkloadKind::Web))
            return false;
        return m_picks.of(PickIndex::Workloads, workload, w.id).chosen(DecisionKind::Compute).family !=
               QStringLiteral("serverless");
    }

    // The workload an edge of workload `i` starts or ends at: the first of that id, as the ids say.
    int namedWorkload(int i) const
    {
        return m_named.idsAreUnique() ? i : m_named.find(m_model.workloads[i].id).workload;
    }

    // The ends and label of a dependency edge as one number. The label follows from the target and the
    // mode: an API style or "async" to a workload, the access to a data store, publish or consume.
    quint64 edgeKey(const EdgeRecord& e, const ElementsNamed& target, UseMode mode)
    {
        quint64 label = 0;
        if (target.target == ElementRef::Section::Workload)
            label = mode == UseMode::Sync && apiStyleOf(target.workload) != QStringLiteral("async") ? 0 : 1;
        else if (target.target == ElementRef::Section::DataStore)
            label = 2 + static_cast<quint64>(e.access);
        else
            label = mode == UseMode::Consume ? 5 : 6;
        return quint64(quint32(e.from)) << 35 | quint64(quint32(e.to)) << 3 | label;
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

        const Pick& edgePick = m_picks.of(QStringLiteral("system")).chosen(DecisionKind::Edge);
        const bool hasGateway = edgePick.isValid() && edgePick.family != QStringLiteral("none");
        // With every region active, the gateway in front of them belongs to none of them.
        const bool globalGateway = strategy == RegionStrategy::ActiveActive;

        bool anyPublic = false, anyPartner = false;
        const bool anyLb = m_lb.contains(true);
        for (const Workload& w : m_model.workloads) {
            anyPublic = anyPublic || w.exposure == Exposure::Public;
            anyPartner = anyPartner || w.exposure == Exposure::Partner;
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
        int publicClients = -1, partnerClients = -1, gateway = -1;
        if (anyPublic) {
            publicClients = addNode(nodeRecord(
                {}, QStringLiteral("clients:public"), NodeKind::Clients, QStringLiteral("Internet"),
                QStringLiteral("browsers and apps"), QStringLiteral("clients"), -1));
        }
        if (anyPartner) {
            partnerClients = addNode(nodeRecord({}, QStringLiteral("clients:partner"), NodeKind::Clients,
                                                QStringLiteral("Partners"), QStringLiteral("partner systems"),
                                                QStringLiteral("partner"), -1));
        }
        if (anyExposed && hasGateway) {
            NodeRecord r = nodeRecord({}, QStringLiteral("edge"), NodeKind::Edge,
                                      edgePick.label.isEmpty() ? edgePick.candidate : edgePick.label,
                                      QStringLiteral("edge"), QStringLiteral("gateway"), gatewayZone);
            r.node.pick = edgePick.candidate;
            r.node.service = m_picks.service(edgePick);
            r.node.highFindings = m_picks.of(QStringLiteral("system")).highFindings;
            gateway = addNode(std::move(r));
            if (anyPublic)
                addEdge(publicClients, gateway, EdgeStyle::Sync, UseMode::Sync, QStringLiteral("HTTPS"));
            if (anyPartner)
                addEdge(partnerClients, gateway, EdgeStyle::Sync, UseMode::Sync, QStringLiteral("HTTPS"));
        }
        QList<int> lbOf(m_model.workloads.size(), -1); // by namedWorkload()
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            if (!m_lb[i])
                continue;
            const int node =
                addNode(nodeRecord(QLatin1StringView("lb:"), m_model.workloads[i].id, NodeKind::LoadBalancer,
                                   QStringLiteral("Load balancer"), QStringLiteral("load balancer"),
                                   QStringLiteral("loadbalancer"), edgeZone));
            int& named = lbOf[namedWorkload(i)];
            if (named < 0)
                named = node;
        }

        const int firstWorkload = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const Workload& w = m_model.workloads[i];
            addElement(QLatin1StringView("w:"), NodeKind::Workload, PickIndex::Workloads, i, w.id,
                       w.displayName(), nameOf(w.kind), workloadIcon(w.kind), DecisionKind::Compute, appZone);
        }
        const int firstChannel = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.channels.size(); ++i) {
            const Channel& c = m_model.channels[i];
            addElement(QLatin1StringView("c:"), NodeKind::Channel, PickIndex::Channels, i, c.id,
                       c.displayName(), nameOf(c.kind),
                       c.kind == ChannelKind::Queue ? QStringLiteral("queue") : QStringLiteral("topic"),
                       DecisionKind::Messaging, appZone);
        }
        const int firstData = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.data.size(); ++i) {
            const DataStore& d = m_model.data[i];
            addElement(QLatin1StringView("d:"), NodeKind::DataStore, PickIndex::DataStores, i, d.id,
                       d.displayName(), nameOf(d.shape), dataIcon(d.shape), DecisionKind::Database,
                       dataZone); // never a public zone
        }

        // Ingress: clients -> gateway or load balancer or workload -> workload.
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const Workload& w = m_model.workloads[i];
            if (!isExposed(w))
                continue;
            const int named = namedWorkload(i);
            const int target = firstWorkload + named;
            const QString& style = apiStyleOf(i);
            int front = target;
            if (m_lb[i]) {
                front = lbOf[named];
                addEdge(front, target, EdgeStyle::Sync, UseMode::Sync, QString());
            }
            if (hasGateway)
                addEdge(gateway, front, EdgeStyle::Sync, UseMode::Sync, style);
            else {
                addEdge(w.exposure == Exposure::Public ? publicClients : partnerClients, front,
                        EdgeStyle::Sync, UseMode::Sync, style);
            }
        }

        // Dependencies, in model order.
        // A model may list one dependency twice: an edge with the same ends and label is drawn once.
        QSet<quint64> seen; // edgeKey()
        seen.reserve(m_t.edges.capacity());
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const int self = firstWorkload + namedWorkload(i);
            for (const Use& u : m_model.workloads[i].uses) {
                const ElementsNamed target = m_named.find(u.to);
                EdgeRecord e;
                e.mode = u.mode;
                e.access = u.access;
                e.style = u.mode == UseMode::Sync ? EdgeStyle::Sync : EdgeStyle::Async;
                switch (target.target) {
                case ElementRef::Section::Workload:
                    e.from = self;
                    e.to = firstWorkload + target.workload;
                    e.label = u.mode == UseMode::Sync ? apiStyleOf(target.workload) : QStringLiteral("async");
                    break;
                case ElementRef::Section::DataStore:
                    e.from = self;
                    e.to = firstData + target.dataStore;
                    e.showsAccess = true;
                    e.label = accessLabel(u.access);
                    break;
                case ElementRef::Section::Channel:
                    if (u.mode == UseMode::Consume) {
                        e.from = firstChannel + target.channel;
                        e.to = self;
                        e.label = QStringLiteral("consume");
                    } else {
                        e.from = self;
                        e.to = firstChannel + target.channel;
                        e.label = QStringLiteral("publish");
                    }
                    e.style = EdgeStyle::Async;
                    break;
                default:
                    continue; // an unknown target: the validator reports it
                }
                const qsizetype before = seen.size();
                seen.insert(edgeKey(e, target, u.mode));
                if (seen.size() == before)
                    continue;
                m_t.edges.append(std::move(e));
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
        const QString& family =
            m_picks.of(QStringLiteral("system")).chosen(DecisionKind::RegionStrategy).family;
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
        QList<EdgeRecord> replication; // drawn after every region's own edges
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
            QList<int> copyOf(primaryNodes, -1); // node in the primary region -> its copy here
            for (int i = 0; i < primaryNodes; ++i) {
                const NodeRecord original = m_t.nodes[i];
                if (!zoneCopy.contains(original.node.cluster))
                    continue;
                if (!active && original.node.kind == NodeKind::DataStore &&
                    original.node.kindLabel == nameOf(DataShape::Cache))
                    continue;
                NodeRecord copy = original;
                copy.suffix += suffix;
                copy.node.elementId.clear(); // the element is the primary's box; this one is its copy
                copy.node.cluster = zoneCopy.value(original.node.cluster);
                if (!active)
                    copy.node.kindLabel += QStringLiteral(" replica");
                copyOf[i] = addNode(std::move(copy));
                if (original.node.kind == NodeKind::DataStore) {
                    EdgeRecord e;
                    e.from = i;
                    e.to = copyOf[i];
                    e.style = EdgeStyle::Async;
                    e.mode = UseMode::Async;
                    e.access = active ? Access::ReadWrite : Access::Write;
                    e.showsAccess = active; // both ways when both regions write
                    e.label = QStringLiteral("replication");
                    replication.append(e);
                }
            }
            if (!active)
                continue;
            for (qsizetype i = 0; i < primaryEdges; ++i) {
                EdgeRecord e = m_t.edges[i];
                const int from = copyOf[e.from] >= 0 ? copyOf[e.from] : e.from;
                const int to = copyOf[e.to] >= 0 ? copyOf[e.to] : e.to;
                if (from == e.from && to == e.to)
                    continue; // between nodes outside the regions (clients and the global gateway)
                e.from = from;
                e.to = to;
                m_t.edges.append(std::move(e));
            }
        }
        m_t.edges.append(replication);
    }

private:
    const Model& m_model;
    TopologyRecords& m_t;
    ElementIndex m_named;
    PickIndex m_picks;
    QList<bool> m_lb;           // per workload: whether a load balancer stands in front of it
    QList<QString> m_apiStyles; // per workload, once asked for
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
    TopologyRecords records;
    Builder(model, recommendations, records).run(findEnvironment(model, options.environment));
    const qsizetype elements = model.workloads.size() + model.data.size() + model.channels.size();
    if (options.collapseAbove > 0 && elements > options.collapseAbove)
        return TopologyCollapser::collapse(records);
    return records.full();
}

} // namespace gw
