#include "topologybuilder.h"

#include "elementindex_p.h"
#include "topologycollapser.h"
#include "topologyrecords_p.h"

#include "../model/model.h"
#include "../rules/familyname.h"
#include "../rules/recommendation.h"
#include "../rules/subject.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
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
    // The slot of each kind shown, in ElementPicks::decisions.
    static int slot(DecisionKind kind)
    {
        static constexpr std::array kShown{DecisionKind::Compute,        DecisionKind::ApiStyle,
                                           DecisionKind::Database,       DecisionKind::Messaging,
                                           DecisionKind::RegionStrategy, DecisionKind::Edge};
        const auto it = std::find(kShown.begin(), kShown.end(), kind);
        return it == kShown.end() ? -1 : static_cast<int>(it - kShown.begin());
    }
    static bool shown(DecisionKind kind) { return slot(kind) >= 0; }

    struct ElementPicks
    {
        std::array<const DecisionResult*, 6> decisions{}; // by slot()
        int highFindings = 0;

        const Pick& chosen(DecisionKind kind) const
        {
            static const Pick none;
            const Pick* p = pick(kind);
            return p ? *p : none;
        }
        // nullptr without a decision of that kind.
        const Pick* pick(DecisionKind kind) const
        {
            Q_ASSERT(shown(kind));
            const DecisionResult* d = decisions[static_cast<std::size_t>(slot(kind))];
            return d ? &d->chosen : nullptr;
        }
    };
    enum List { Workloads, DataStores, Channels };

    PickIndex(const Model& model, const Recommendations& r, const ElementIndex& named)
    {
        m_byPosition = named.idsAreUnique(); // with two elements of one id, the id decides
        if (m_byPosition) {
            m_positions[Workloads].resize(model.workloads.size());
            m_positions[DataStores].resize(model.data.size());
            m_positions[Channels].resize(model.channels.size());
            for (const DecisionResult& d : r.decisions) {
                if (!shown(d.kind))
                    continue;
                ElementPicks* s = at(model, named, d.element, d.subject);
                if (!s) {
                    m_byPosition = false;
                    break;
                }
                s->decisions[static_cast<std::size_t>(slot(d.kind))] = &d;
            }
        }
        if (m_byPosition) {
            for (const Finding& f : r.findings) {
                if (f.severity != FindingSeverity::High)
                    continue;
                ElementPicks* s = at(model, named, f.element, f.subject);
                if (!s) {
                    m_byPosition = false;
                    break;
                }
                ++s->highFindings;
            }
        }
        if (m_byPosition)
            return;
        for (QList<ElementPicks>& list : m_positions)
            list.clear();
        m_byId.clear();
        for (const DecisionResult& d : r.decisions) {
            if (shown(d.kind))
                m_byId[d.subject].decisions[static_cast<std::size_t>(slot(d.kind))] = &d;
        }
        for (const Finding& f : r.findings) {
            if (f.severity == FindingSeverity::High)
                ++m_byId[f.subject].highFindings;
        }
    }

    // The element at `index` of `list`, whose id is `id`.
    const ElementPicks& of(List list, int index, const QString& id) const
    {
        return m_byPosition ? m_positions[list][index] : of(id);
    }
    const ElementPicks& of(const QString& id) const
    {
        static const ElementPicks none;
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? none : *it;
    }

private:
    // Where the decisions and findings of `element` go; nullptr when its position does not name the
    // element of that id.
    ElementPicks* at(const Model& model, const ElementIndex& named, const ElementRef& element,
                     const QString& id)
    {
        // The scoring engine copies the element's id into each result: the same text, seen without
        // reading it.
        const auto positionOf = [&](List list, const QString& elementId) -> ElementPicks* {
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

    bool m_byPosition = false;
    std::array<QList<ElementPicks>, 3> m_positions; // per List, by position
    QHash<QString, ElementPicks> m_byId;
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

// The fixed texts of boxes and edges, made once: records point at them.
struct Texts
{
    // Icons, by base name in resources/icons/.
    QString api = QStringLiteral("api"), web = QStringLiteral("web"), worker = QStringLiteral("worker"),
            batch = QStringLiteral("batch"), ml = QStringLiteral("ml"), blob = QStringLiteral("blob"),
            cache = QStringLiteral("cache"), search = QStringLiteral("search"),
            analytics = QStringLiteral("analytics"), database = QStringLiteral("database"),
            queue = QStringLiteral("queue"), topic = QStringLiteral("topic"),
            clients = QStringLiteral("clients"), partner = QStringLiteral("partner"),
            gateway = QStringLiteral("gateway"), loadBalancerIcon = QStringLiteral("loadbalancer");
    // Derived nodes: their keys, names and kinds.
    QString publicKey = QStringLiteral("clients:public"), partnerKey = QStringLiteral("clients:partner"),
            edgeKey = QStringLiteral("edge"), internet = QStringLiteral("Internet"),
            partners = QStringLiteral("Partners"), browsers = QStringLiteral("browsers and apps"),
            partnerSystems = QStringLiteral("partner systems"), edge = QStringLiteral("edge"),
            loadBalancerName = QStringLiteral("Load balancer"),
            loadBalancer = QStringLiteral("load balancer");
    // Edge labels.
    QString https = QStringLiteral("HTTPS"), async = QStringLiteral("async"),
            consume = QStringLiteral("consume"), publish = QStringLiteral("publish"),
            read = QStringLiteral("read"), write = QStringLiteral("write"),
            readWrite = QStringLiteral("read/write"), replication = QStringLiteral("replication");
};

const Texts& texts()
{
    static const Texts t;
    return t;
}

const QString& dataIcon(DataShape shape)
{
    switch (shape) {
    case DataShape::Blob:
        return texts().blob;
    case DataShape::Cache:
    case DataShape::KeyValue:
        return texts().cache;
    case DataShape::Search:
    case DataShape::Vector:
        return texts().search;
    case DataShape::Analytical:
    case DataShape::TimeSeries:
        return texts().analytics;
    default:
        return texts().database;
    }
}

const QString& workloadIcon(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Web:
        return texts().web;
    case WorkloadKind::Worker:
    case WorkloadKind::EventHandler:
    case WorkloadKind::Stream:
        return texts().worker;
    case WorkloadKind::Batch:
    case WorkloadKind::Scheduled:
        return texts().batch;
    case WorkloadKind::MlInference:
        return texts().ml;
    case WorkloadKind::Api:
        break;
    }
    return texts().api;
}

const QString& accessLabel(Access access)
{
    switch (access) {
    case Access::Read:
        return texts().read;
    case Access::Write:
        return texts().write;
    case Access::ReadWrite:
        break;
    }
    return texts().readWrite;
}

// What a box is titled with: the element's name, or its id when it has none.
template<typename Element> const QString& displayName(const Element& e)
{
    return e.name.isEmpty() ? e.id : e.name;
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
        // Every element, the load balancers, the clients and the gateway; the edges of every `uses` and
        // the ingress: reserved, so that the lists are not copied as they grow.
        m_lb.reserve(model.workloads.size());
        qsizetype uses = 0, balancers = 0;
        for (int i = 0; i < model.workloads.size(); ++i) {
            m_lb.append(needsLoadBalancer(i));
            balancers += m_lb.last() ? 1 : 0;
            uses += model.workloads[i].uses.size();
        }
        m_t.nodes.reserve(model.workloads.size() + model.data.size() + model.channels.size() + balancers + 3);
        m_t.edges.reserve(uses + 2 * model.workloads.size() + 2);
        m_apiStyles.resize(model.workloads.size());
        m_t.cloud = r.cloud;
    }

    int addCluster(const QString& id, ClusterKind kind, Zone zone, const QString& label, int parent)
    {
        m_t.clusters.append(TopologyCluster{id, kind, zone, label, parent});
        return static_cast<int>(m_t.clusters.size() - 1);
    }

    int addNode(const NodeRecord& node)
    {
        m_t.nodes.append(node);
        return static_cast<int>(m_t.nodes.size() - 1);
    }

    // A text a record points at: it must outlive the records, so a temporary cannot be given.
    struct TextRef
    {
        TextRef(const QString& s) : text(&s) {} // NOLINT: implicit on purpose
        TextRef(QString&&) = delete;
        const QString* text;
    };

    // A box named `prefix` + `key`, with no pick yet.
    static NodeRecord nodeRecord(const char* prefix, TextRef key, NodeKind kind, TextRef name,
                                 TextRef kindLabel, TextRef icon, int cluster)
    {
        NodeRecord r;
        r.prefix = prefix;
        r.key = key.text;
        r.kind = kind;
        r.name = name.text;
        r.kindLabel = kindLabel.text;
        r.icon = icon.text;
        r.cluster = cluster;
        return r;
    }

    int addElement(const char* prefix, NodeKind kind, PickIndex::List list, int index, const QString& id,
                   TextRef name, TextRef kindLabel, TextRef icon, DecisionKind decision, int cluster)
    {
        const PickIndex::ElementPicks& subject = m_picks.of(list, index, id);
        NodeRecord r = nodeRecord(prefix, id, kind, name, kindLabel, icon, cluster);
        r.element = true;
        r.pick = subject.pick(decision);
        r.highFindings = subject.highFindings;
        return addNode(r);
    }

    void addEdge(int from, int to, EdgeStyle style, UseMode mode, const QString* label)
    {
        EdgeRecord e;
        e.from = from;
        e.to = to;
        e.style = style;
        e.mode = mode;
        e.label = label;
        m_t.edges.append(e);
    }

    // The label of a call to a workload: its API style, or plain HTTPS when none is known.
    const QString* apiStyleOf(int workload)
    {
        const QString*& style = m_apiStyles[workload];
        if (style)
            return style;
        const Pick& p = m_picks.of(PickIndex::Workloads, workload, m_model.workloads[workload].id)
                            .chosen(DecisionKind::ApiStyle);
        if (!p.isValid())
            return style = &texts().https;
        // Short names for the known families: an edge label sits between boxes and must stay small.
        // Compared by where the text lives first: every pick of a family shares its name.
        static const std::array<std::pair<QString, QString>, 4> shortNames{
            {{families::Rest.text(), QStringLiteral("REST")},
             {families::GraphQl.text(), QStringLiteral("GraphQL")},
             {families::Grpc.text(), QStringLiteral("gRPC")},
             {families::AsyncMessaging.text(), QStringLiteral("events")}}};
        for (const auto& [family, shortName] : shortNames) {
            if (p.family.size() == family.size() && p.family == family)
                return style = &shortName;
        }
        return style = p.label.isEmpty() ? &p.candidate : &p.label;
    }

    // A workload spread over several instances needs a load balancer in front of it; functions, a
    // static site's CDN and a provider's model API bring their own front door.
    bool needsLoadBalancer(int workload) const
    {
        const Workload& w = m_model.workloads[workload];
        if (!isExposed(w) || (w.kind != WorkloadKind::Api && w.kind != WorkloadKind::Web))
            return false;
        const QString& family =
            m_picks.of(PickIndex::Workloads, workload, w.id).chosen(DecisionKind::Compute).family;
        return family != families::Serverless && family != families::StaticHosting &&
               family != families::HostedModelApi;
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
            label = mode == UseMode::Sync && *apiStyleOf(target.workload) != texts().async ? 0 : 1;
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

        const Pick& edgePick = m_picks.of(Subject::systemId()).chosen(DecisionKind::Edge);
        const bool hasGateway = edgePick.isValid() && edgePick.family != families::NoEdge;
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
            publicClients = addNode(nodeRecord("", texts().publicKey, NodeKind::Clients, texts().internet,
                                               texts().browsers, texts().clients, -1));
        }
        if (anyPartner) {
            partnerClients = addNode(nodeRecord("", texts().partnerKey, NodeKind::Clients, texts().partners,
                                                texts().partnerSystems, texts().partner, -1));
        }
        if (anyExposed && hasGateway) {
            NodeRecord r = nodeRecord("", texts().edgeKey, NodeKind::Edge,
                                      edgePick.label.isEmpty() ? edgePick.candidate : edgePick.label,
                                      texts().edge, texts().gateway, gatewayZone);
            r.pick = &edgePick;
            r.highFindings = m_picks.of(Subject::systemId()).highFindings;
            gateway = addNode(r);
            if (anyPublic)
                addEdge(publicClients, gateway, EdgeStyle::Sync, UseMode::Sync, &texts().https);
            if (anyPartner)
                addEdge(partnerClients, gateway, EdgeStyle::Sync, UseMode::Sync, &texts().https);
        }
        QList<int> lbOf(m_model.workloads.size(), -1); // by namedWorkload()
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            if (!m_lb[i])
                continue;
            const int node = addNode(nodeRecord("lb:", m_model.workloads[i].id, NodeKind::LoadBalancer,
                                                texts().loadBalancerName, texts().loadBalancer,
                                                texts().loadBalancerIcon, edgeZone));
            int& named = lbOf[namedWorkload(i)];
            if (named < 0)
                named = node;
        }

        const int firstWorkload = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const Workload& w = m_model.workloads[i];
            addElement("w:", NodeKind::Workload, PickIndex::Workloads, i, w.id, displayName(w),
                       nameOf(w.kind), workloadIcon(w.kind), DecisionKind::Compute, appZone);
        }
        const int firstChannel = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.channels.size(); ++i) {
            const Channel& c = m_model.channels[i];
            addElement("c:", NodeKind::Channel, PickIndex::Channels, i, c.id, displayName(c), nameOf(c.kind),
                       c.kind == ChannelKind::Queue ? texts().queue : texts().topic, DecisionKind::Messaging,
                       appZone);
        }
        const int firstData = static_cast<int>(m_t.nodes.size());
        for (int i = 0; i < m_model.data.size(); ++i) {
            const DataStore& d = m_model.data[i];
            addElement("d:", NodeKind::DataStore, PickIndex::DataStores, i, d.id, displayName(d),
                       nameOf(d.shape), dataIcon(d.shape), DecisionKind::Database,
                       dataZone); // never a public zone
        }

        // Ingress: clients -> gateway or load balancer or workload -> workload.
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const Workload& w = m_model.workloads[i];
            if (!isExposed(w))
                continue;
            const int named = namedWorkload(i);
            const int target = firstWorkload + named;
            const QString* style = apiStyleOf(i);
            int front = target;
            if (m_lb[i]) {
                front = lbOf[named];
                addEdge(front, target, EdgeStyle::Sync, UseMode::Sync, nullptr);
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
        // Every edge of a workload's uses starts or ends at its box, so where ids are unique only its
        // own edges can repeat each other: a few are compared in a list, many go through a set. Where
        // two workloads share an id (and a box), one set holds every edge.
        const bool unique = m_named.idsAreUnique();
        constexpr qsizetype kFewUses = 32;
        QSet<quint64> seen; // edgeKey()
        QVarLengthArray<quint64, kFewUses> own;
        for (int i = 0; i < m_model.workloads.size(); ++i) {
            const int self = firstWorkload + namedWorkload(i);
            const QList<Use>& uses = m_model.workloads[i].uses;
            const bool few = unique && uses.size() <= kFewUses;
            own.clear();
            if (unique && !few)
                seen.clear();
            for (const Use& u : uses) {
                const ElementsNamed target = m_named.find(u.to);
                EdgeRecord e;
                e.mode = u.mode;
                e.access = u.access;
                e.style = u.mode == UseMode::Sync ? EdgeStyle::Sync : EdgeStyle::Async;
                switch (target.target) {
                case ElementRef::Section::Workload:
                    e.from = self;
                    e.to = firstWorkload + target.workload;
                    e.label = u.mode == UseMode::Sync ? apiStyleOf(target.workload) : &texts().async;
                    break;
                case ElementRef::Section::DataStore:
                    e.from = self;
                    e.to = firstData + target.dataStore;
                    e.showsAccess = true;
                    e.label = &accessLabel(u.access);
                    break;
                case ElementRef::Section::Channel:
                    if (u.mode == UseMode::Consume) {
                        e.from = firstChannel + target.channel;
                        e.to = self;
                        e.label = &texts().consume;
                    } else {
                        e.from = self;
                        e.to = firstChannel + target.channel;
                        e.label = &texts().publish;
                    }
                    e.style = EdgeStyle::Async;
                    break;
                default:
                    continue; // an unknown target: the validator reports it
                }
                const quint64 key = edgeKey(e, target, u.mode);
                if (few) {
                    if (std::find(own.cbegin(), own.cend(), key) != own.cend())
                        continue;
                    own.append(key);
                } else {
                    const qsizetype before = seen.size();
                    seen.insert(key);
                    if (seen.size() == before)
                        continue;
                }
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
        const QString& family = m_picks.of(Subject::systemId()).chosen(DecisionKind::RegionStrategy).family;
        if (family == families::ActiveActive)
            return RegionStrategy::ActiveActive;
        if (family == families::ActivePassive)
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
            QList<int> copyOf(primaryNodes, -1); // node in the primary region -> its copy here
            for (int i = 0; i < primaryNodes; ++i) {
                const NodeRecord original = m_t.nodes[i];
                if (!zoneCopy.contains(original.cluster))
                    continue;
                if (!active && original.kind == NodeKind::DataStore &&
                    *original.kindLabel == nameOf(DataShape::Cache))
                    continue;
                NodeRecord copy = original;
                copy.region = r + 2;
                copy.element = false; // the element is the primary's box; this one is its copy
                copy.cluster = zoneCopy.value(original.cluster);
                copy.replica = !active;
                copyOf[i] = addNode(copy);
                if (original.kind == NodeKind::DataStore) {
                    EdgeRecord e;
                    e.from = i;
                    e.to = copyOf[i];
                    e.style = EdgeStyle::Async;
                    e.mode = UseMode::Async;
                    e.access = active ? Access::ReadWrite : Access::Write;
                    e.showsAccess = active; // both ways when both regions write
                    e.label = &texts().replication;
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
                m_t.edges.append(e);
            }
        }
        m_t.edges.append(replication);
    }

private:
    const Model& m_model;
    TopologyRecords& m_t;
    ElementIndex m_named;
    PickIndex m_picks;
    QList<bool> m_lb;                  // per workload: whether a load balancer stands in front of it
    QList<const QString*> m_apiStyles; // per workload, once asked for
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
