#include "modelfacts.h"

#include "regionlocations.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <variant>

namespace gw {

namespace {

template<typename E> quint64 bitsOf(const QList<E>& values)
{
    quint64 bits = 0;
    for (E v : values)
        bits |= quint64(1) << static_cast<int>(v);
    return bits;
}

bool isHighCriticality(Criticality c)
{
    return c == Criticality::High || c == Criticality::Critical;
}

constexpr int kModelFactCount = static_cast<int>(FactId::ModelPinnedCount) + 1;

} // namespace

namespace {

// The lowercase tokens a region of `residency` starts with or contains, as the three clouds spell their
// regions (aws eu-west-1, gcp europe-west1, azure westeurope); empty when there is no residency.
QStringList residencyTokens(const QString& residency)
{
    const QString r = residency.trimmed().toLower();
    if (r.isEmpty())
        return {};
    static const QHash<QString, QStringList> aliases{
        {QStringLiteral("eu"),
         {QStringLiteral("europe"), QStringLiteral("france"), QStringLiteral("germany"),
          QStringLiteral("sweden"), QStringLiteral("italy"), QStringLiteral("poland"),
          QStringLiteral("spain")}},
        {QStringLiteral("us"),
         {QStringLiteral("eastus"), QStringLiteral("westus"), QStringLiteral("centralus"),
          QStringLiteral("southcentralus"), QStringLiteral("northcentralus"),
          QStringLiteral("westcentralus")}},
        {QStringLiteral("uk"),
         {QStringLiteral("uksouth"), QStringLiteral("ukwest"), QStringLiteral("europe-west2")}},
        {QStringLiteral("ca"), {QStringLiteral("canada"), QStringLiteral("northamerica-northeast")}},
        {QStringLiteral("au"), {QStringLiteral("australia")}},
        {QStringLiteral("jp"),
         {QStringLiteral("japan"), QStringLiteral("asia-northeast1"), QStringLiteral("asia-northeast2")}},
        {QStringLiteral("in"),
         {QStringLiteral("india"), QStringLiteral("asia-south1"), QStringLiteral("asia-south2")}},
    };
    return QStringList{r} + aliases.value(r);
}

// By the region's country where the table knows the region and the residency; else by its name, for
// regions of a data centre of one's own or newer than the table.
bool regionIn(const QString& residency, const QStringList& tokens, const QString& regionText)
{
    if (const auto known = RegionLocations::builtIn().holds(residency, regionText))
        return *known;
    const QString region = regionText.trimmed().toLower();
    return std::any_of(tokens.begin(), tokens.end(), [&](const QString& token) {
        return region == token || region.startsWith(token + u'-') ||
               (token.size() > 3 && region.contains(token));
    });
}

} // namespace

bool ModelFacts::residencyMatches(const QString& residency, const QStringList& regions)
{
    const QStringList tokens = residencyTokens(residency);
    if (tokens.isEmpty())
        return true;
    return std::any_of(regions.begin(), regions.end(),
                       [&](const QString& region) { return regionIn(residency, tokens, region); });
}

QStringList ModelFacts::outsideResidency(const QString& residency, const QStringList& regions)
{
    const QStringList tokens = residencyTokens(residency);
    QStringList out;
    if (tokens.isEmpty())
        return out;
    for (const QString& region : regions) {
        if (!regionIn(residency, tokens, region))
            out << region;
    }
    return out;
}

QStringList ModelFacts::regionsHolding(const Model& model, const DataStore& store)
{
    QStringList out;
    const auto add = [&](const QString& region) {
        if (!region.trimmed().isEmpty() && !out.contains(region.trimmed()))
            out << region.trimmed();
    };
    add(model.system.regions.value(0));
    for (const Environment& e : model.environments)
        add(e.region);
    if (store.multiRegion) {
        for (const QString& region : model.system.regions)
            add(region);
    }
    return out;
}

ModelFacts::ModelFacts(const Model& model) : m_model(model)
{
    const Model& m = model;
    m_workloads.resize(std::size_t(m.workloads.size()));
    m_data.resize(std::size_t(m.data.size()));
    m_channels.resize(std::size_t(m.channels.size()));

    QHash<QString, ElementRef> ids;
    for (int i = 0; i < m.workloads.size(); ++i)
        ids.insert(m.workloads[i].id, {ElementRef::Section::Workload, i});
    for (int i = 0; i < m.data.size(); ++i)
        ids.insert(m.data[i].id, {ElementRef::Section::DataStore, i});
    for (int i = 0; i < m.channels.size(); ++i)
        ids.insert(m.channels[i].id, {ElementRef::Section::Channel, i});

    int syncEdges = 0;
    int asyncEdges = 0;
    for (int i = 0; i < m.workloads.size(); ++i) {
        const Workload& w = m.workloads[i];
        WorkloadFacts& wf = m_workloads[std::size_t(i)];
        const bool browserFacing = w.kind == WorkloadKind::Web || w.clients.contains(ClientKind::Browser);
        QSet<int> dataSeen;
        for (const Use& u : w.uses) {
            if (u.mode != UseMode::Sync)
                ++asyncEdges;
            const ElementRef target = ids.value(u.to);
            switch (target.section) {
            case ElementRef::Section::Workload: {
                if (u.mode != UseMode::Sync || target.index == i)
                    break;
                ++syncEdges;
                ++wf.syncDependencies;
                WorkloadFacts& callee = m_workloads[std::size_t(target.index)];
                ++callee.syncCallers;
                if (isHighCriticality(m.workloads[target.index].criticality))
                    ++wf.syncCallsToCritical;
                if (w.exposure == Exposure::Public)
                    callee.calledByPublic = true;
                break;
            }
            case ElementRef::Section::DataStore: {
                if (dataSeen.contains(target.index))
                    break;
                dataSeen.insert(target.index);
                ++wf.dataDependencies;
                DataFacts& df = m_data[std::size_t(target.index)];
                ++df.accessors;
                if (w.exposure == Exposure::Public)
                    ++df.publicAccessors;
                if (browserFacing)
                    ++df.browserAccessors;
                if (u.access != Access::Read)
                    ++df.writers;
                break;
            }
            case ElementRef::Section::Channel: {
                ChannelFacts& cf = m_channels[std::size_t(target.index)];
                const bool consumes =
                    u.mode == UseMode::Consume || (u.mode != UseMode::Publish && u.access == Access::Read);
                if (consumes) {
                    ++cf.consumers;
                    wf.consumes = true;
                } else {
                    ++cf.producers;
                    wf.publishes = true;
                }
                break;
            }
            default:
                break;
            }
        }
    }
    computeChains();

    m_modelFacts.resize(kModelFactCount);
    const auto set = [&](FactId id, FactValue v) { m_modelFacts[std::size_t(id)] = std::move(v); };
    set(FactId::SystemRegionCount, FactValue::ofNumber(m.system.regions.size()));
    set(FactId::TeamSkillCount,
        FactValue::ofNumber(std::count_if(m.team.skills.begin(), m.team.skills.end(), [](const Skill& s) {
            return knownLanguages().contains(s.language);
        })));
    set(FactId::ModelWorkloadCount, FactValue::ofNumber(m.workloads.size()));
    set(FactId::ModelDataCount, FactValue::ofNumber(m.data.size()));
    set(FactId::ModelChannelCount, FactValue::ofNumber(m.channels.size()));
    set(FactId::ModelTeamCount, FactValue::ofNumber(m.team.teams));
    set(FactId::ModelEnvironmentCount, FactValue::ofNumber(m.environments.size()));

    QSet<QString> accounts;
    for (const Environment& e : m.environments) {
        if (!e.account.isEmpty())
            accounts.insert(e.account);
    }
    set(FactId::ModelAccountCount, FactValue::ofNumber(accounts.size()));
    int production = -1;
    for (int i = 0; i < m.environments.size() && production < 0; ++i) {
        const QString name = m.environments[i].name.toLower();
        if (name == QStringLiteral("production") || name == QStringLiteral("prod"))
            production = i;
    }
    bool shares = false;
    if (production >= 0 && !m.environments[production].account.isEmpty()) {
        for (int i = 0; i < m.environments.size(); ++i)
            shares = shares ||
                     (i != production && m.environments[i].account == m.environments[production].account);
    }
    set(FactId::ModelProductionSharesAccount, FactValue::ofBool(shares));

    bool replay = false;
    for (const Channel& c : m.channels)
        replay = replay || c.replay;
    set(FactId::ModelAnyChannelReplay, FactValue::ofBool(replay));
    int publicCount = 0, partnerCount = 0, critical = 0, stateful = 0;
    quint64 handles = 0, kinds = 0;
    double maxPeak = 0;
    for (const Workload& w : m.workloads) {
        publicCount += w.exposure == Exposure::Public ? 1 : 0;
        partnerCount += w.exposure == Exposure::Partner ? 1 : 0;
        critical += isHighCriticality(w.criticality) ? 1 : 0;
        stateful += w.stateful ? 1 : 0;
        handles |= bitsOf(w.handles);
        kinds |= quint64(1) << static_cast<int>(w.kind);
        maxPeak = std::max(maxPeak, w.traffic.peakRps.value_or(0));
    }
    set(FactId::ModelPublicWorkloadCount, FactValue::ofNumber(publicCount));
    set(FactId::ModelPartnerWorkloadCount, FactValue::ofNumber(partnerCount));
    set(FactId::ModelSyncEdgeCount, FactValue::ofNumber(syncEdges));
    set(FactId::ModelAsyncEdgeCount, FactValue::ofNumber(asyncEdges));
    int maxChain = 0;
    for (const WorkloadFacts& wf : m_workloads)
        maxChain = std::max(maxChain, wf.syncChainDepth);
    set(FactId::ModelMaxSyncChainDepth, FactValue::ofNumber(maxChain));
    set(FactId::ModelCriticalWorkloadCount, FactValue::ofNumber(critical));
    set(FactId::ModelHandles, FactValue::ofBits(handles));
    quint64 sensitivities = 0;
    int residency = 0, residencyConflicts = 0, multiRegion = 0;
    for (const DataStore& d : m.data) {
        sensitivities |= quint64(1) << static_cast<int>(d.sensitivity);
        residency += d.residency.isEmpty() ? 0 : 1;
        residencyConflicts += outsideResidency(d.residency, m.system.regions).isEmpty() ? 0 : 1;
        multiRegion += d.multiRegion ? 1 : 0;
    }
    set(FactId::ModelDataSensitivities, FactValue::ofBits(sensitivities));
    set(FactId::ModelResidencyCount, FactValue::ofNumber(residency));
    set(FactId::ModelResidencyConflictCount, FactValue::ofNumber(residencyConflicts));
    set(FactId::ModelMultiRegionDataCount, FactValue::ofNumber(multiRegion));
    set(FactId::ModelStatefulWorkloadCount, FactValue::ofNumber(stateful));
    set(FactId::ModelMaxPeakRps, FactValue::ofNumber(maxPeak));
    set(FactId::ModelWorkloadKinds, FactValue::ofBits(kinds));
    // What the exports cannot tag: a cloud bill is split by owner and cost centre.
    int unattributed = 0;
    const auto count = [&](const Ownership& own) {
        const Ownership effective = own.orElse(m.system.ownership);
        unattributed += effective.owner.isEmpty() || effective.costCentre.isEmpty() ? 1 : 0;
    };
    for (const Workload& w : m.workloads)
        count(w.ownership);
    for (const DataStore& d : m.data)
        count(d.ownership);
    for (const Channel& c : m.channels)
        count(c.ownership);
    set(FactId::ModelUnattributedCount, FactValue::ofNumber(unattributed));
    int pinned = 0;
    for (const Decision& d : m.decisions)
        pinned += d.status != DecisionStatus::Rejected ? 1 : 0;
    set(FactId::ModelPinnedCount, FactValue::ofNumber(pinned));
}

// The longest chain of synchronous calls from each workload, without recursion; a cycle ends a chain.
void ModelFacts::computeChains()
{
    const int n = static_cast<int>(m_workloads.size());
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(m_model.workloads[i].id, i);
    std::vector<std::vector<int>> calls(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        for (const Use& u : m_model.workloads[i].uses) {
            const int j = index.value(u.to, -1);
            if (u.mode == UseMode::Sync && j >= 0 && j != i)
                calls[std::size_t(i)].push_back(j);
        }
    }
    enum State : char { New, Open, Done };
    std::vector<State> state(std::size_t(n), New);
    std::vector<int> depth(std::size_t(n), 0);
    struct Frame
    {
        int node;
        std::size_t next;
    };
    std::vector<Frame> stack;
    for (int start = 0; start < n; ++start) {
        if (state[std::size_t(start)] != New)
            continue;
        state[std::size_t(start)] = Open;
        stack.push_back({start, 0});
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto& out = calls[std::size_t(top.node)];
            if (top.next < out.size()) {
                const int j = out[top.next++];
                if (state[std::size_t(j)] == New) {
                    state[std::size_t(j)] = Open;
                    stack.push_back({j, 0});
                } else if (state[std::size_t(j)] == Done) {
                    depth[std::size_t(top.node)] =
                        std::max(depth[std::size_t(top.node)], 1 + depth[std::size_t(j)]);
                } else {
                    // A call back into the open chain (a cycle) still counts as one more hop.
                    depth[std::size_t(top.node)] = std::max(depth[std::size_t(top.node)], 1);
                }
                continue;
            }
            const int done = top.node;
            state[std::size_t(done)] = Done;
            stack.pop_back();
            if (!stack.empty()) {
                const int parent = stack.back().node;
                depth[std::size_t(parent)] =
                    std::max(depth[std::size_t(parent)], 1 + depth[std::size_t(done)]);
            }
        }
    }
    for (int i = 0; i < n; ++i)
        m_workloads[std::size_t(i)].syncChainDepth = depth[std::size_t(i)];
}

namespace {

// A field of `element` as a fact, from the field's declaration (model/fielddescriptor.h).
template<typename T> FactValue fieldFact(const T& element, int field)
{
    const auto& fields = fieldList<T>();
    if (field < 0 || std::size_t(field) >= fields.size())
        return FactValue::absent();
    const FieldDescriptor<T>& d = fields[std::size_t(field)];
    if (d.type == FieldType::EnumList)
        return FactValue::ofBits(d.bits(element));
    const FieldData data = d.get(element);
    if (const auto* index = std::get_if<int>(&data); index && d.type == FieldType::Enum)
        return FactValue::ofEnum(*index);
    return std::visit(
        [](const auto& v) {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                return FactValue::absent();
            else if constexpr (std::is_same_v<V, bool>)
                return FactValue::ofBool(v);
            else if constexpr (std::is_same_v<V, QString>)
                return FactValue::ofText(v);
            else if constexpr (std::is_same_v<V, QStringList>)
                return FactValue::ofTexts(v);
            else
                return FactValue::ofNumber(double(v));
        },
        data);
}

template<typename T>
FactValue elementFact(const QList<T>& elements, const SubjectRef& subject, SubjectKind kind, int field)
{
    if (subject.kind != kind || subject.index < 0 || subject.index >= elements.size())
        return FactValue::absent();
    return fieldFact(elements[subject.index], field);
}

} // namespace

FactValue ModelFacts::value(const FactPath& path, const SubjectRef& subject) const
{
    switch (path.id) {
    case FactId::SystemField:
        return fieldFact(m_model.system, path.field);
    case FactId::TeamField:
        return fieldFact(m_model.team, path.field);
    case FactId::WorkloadField:
        return elementFact(m_model.workloads, subject, SubjectKind::Workload, path.field);
    case FactId::DataField:
        return elementFact(m_model.data, subject, SubjectKind::DataStore, path.field);
    case FactId::ChannelField:
        return elementFact(m_model.channels, subject, SubjectKind::Channel, path.field);
    default:
        return value(path.id, subject);
    }
}

FactValue ModelFacts::value(FactId id, const SubjectRef& subject) const
{
    if (static_cast<int>(id) < kModelFactCount)
        return m_modelFacts[std::size_t(id)];
    switch (subject.kind) {
    case SubjectKind::Workload:
        return workloadValue(id, subject.index);
    case SubjectKind::DataStore:
        return dataValue(id, subject.index);
    case SubjectKind::Channel:
        return channelValue(id, subject.index);
    case SubjectKind::System:
        break;
    }
    return FactValue::absent();
}

FactValue ModelFacts::workloadValue(FactId id, int index) const
{
    if (index < 0 || index >= m_model.workloads.size())
        return FactValue::absent();
    const Workload& w = m_model.workloads[index];
    const WorkloadFacts& f = m_workloads[std::size_t(index)];
    switch (id) {
    case FactId::WorkloadBurstRatio:
        if (w.traffic.peakRps && w.traffic.averageRps && *w.traffic.averageRps > 0)
            return FactValue::ofNumber(*w.traffic.peakRps / *w.traffic.averageRps);
        return FactValue::absent();
    case FactId::WorkloadSyncCallers:
        return FactValue::ofNumber(f.syncCallers);
    case FactId::WorkloadSyncDependencies:
        return FactValue::ofNumber(f.syncDependencies);
    case FactId::WorkloadSyncCallsToCritical:
        return FactValue::ofNumber(f.syncCallsToCritical);
    case FactId::WorkloadDataDependencies:
        return FactValue::ofNumber(f.dataDependencies);
    case FactId::WorkloadPublishes:
        return FactValue::ofBool(f.publishes);
    case FactId::WorkloadConsumes:
        return FactValue::ofBool(f.consumes);
    case FactId::WorkloadSyncChainDepth:
        return FactValue::ofNumber(f.syncChainDepth);
    case FactId::WorkloadCalledByPublic:
        return FactValue::ofBool(f.calledByPublic);
    default:
        return FactValue::absent();
    }
}

FactValue ModelFacts::dataValue(FactId id, int index) const
{
    if (index < 0 || index >= m_model.data.size())
        return FactValue::absent();
    const DataStore& d = m_model.data[index];
    const DataFacts& f = m_data[std::size_t(index)];
    switch (id) {
    case FactId::DataResidencyMatched:
    case FactId::DataResidencyOutside: {
        if (d.residency.trimmed().isEmpty())
            return FactValue::absent();
        // Every region that holds the data must lie in the residency, not just some region: a
        // staging environment or a multi-region replica abroad breaks it as much as the primary.
        const QStringList holding = regionsHolding(m_model, d);
        const QStringList outside = outsideResidency(d.residency, holding);
        if (id == FactId::DataResidencyOutside)
            return FactValue::ofText(holding.isEmpty() ? QStringLiteral("no region named")
                                                       : outside.join(u", "));
        return FactValue::ofBool(!holding.isEmpty() && outside.isEmpty());
    }
    case FactId::DataAccessors:
        return FactValue::ofNumber(f.accessors);
    case FactId::DataPublicAccessors:
        return FactValue::ofNumber(f.publicAccessors);
    case FactId::DataBrowserAccessors:
        return FactValue::ofNumber(f.browserAccessors);
    case FactId::DataWriters:
        return FactValue::ofNumber(f.writers);
    default:
        return FactValue::absent();
    }
}

FactValue ModelFacts::channelValue(FactId id, int index) const
{
    if (index < 0 || index >= m_model.channels.size())
        return FactValue::absent();
    const ChannelFacts& f = m_channels[std::size_t(index)];
    switch (id) {
    case FactId::ChannelProducers:
        return FactValue::ofNumber(f.producers);
    case FactId::ChannelConsumers:
        return FactValue::ofNumber(f.consumers);
    default:
        return FactValue::absent();
    }
}

namespace {

// A limit of one offering; request/response work reads the request limit where the service has one.
std::optional<double> limitOf(const CloudOffering& o, FactId id, bool requestWork)
{
    switch (id) {
    case FactId::CandidateMaxDuration:
        if (requestWork)
            if (const auto request = o.limit(QStringLiteral("max_request_duration_s")))
                return request;
        return o.limit(QStringLiteral("max_duration_s"));
    case FactId::CandidateMaxMemory:
        return o.limit(QStringLiteral("max_memory_mb"));
    case FactId::CandidateMaxItemKb:
        return o.limit(QStringLiteral("max_item_kb"));
    case FactId::CandidateMaxPayloadKb:
        return o.limit(QStringLiteral("max_payload_kb"));
    case FactId::CandidateMaxThroughput:
        return o.limit(QStringLiteral("max_throughput"));
    default:
        return std::nullopt;
    }
}

// The candidate on `cloud`; on `any`, the best of the three clouds: a veto on `any` means no cloud
// can run it.
FactValue offeringFact(const Candidate& c, Cloud cloud, bool requestWork, FactId id)
{
    QList<const CloudOffering*> offerings;
    if (const CloudOffering* o = c.offering(cloud))
        offerings.append(o);
    else
        for (const CloudOffering& o : c.offerings)
            offerings.append(&o);
    switch (id) {
    case FactId::CandidateService:
        return FactValue::ofText(c.services.on(cloud));
    case FactId::CandidateLifecycle: {
        Lifecycle best = Lifecycle::Retiring;
        for (const CloudOffering* o : offerings)
            best = std::min(best, o->status);
        return FactValue::ofEnum(static_cast<int>(best));
    }
    case FactId::CandidateFeatures: {
        quint64 bits = 0;
        for (const CloudOffering* o : offerings)
            for (std::size_t i = 0; i < kServiceFeatureNames.size(); ++i)
                if (o->features.contains(QLatin1StringView(kServiceFeatureNames[i].data(),
                                                           qsizetype(kServiceFeatureNames[i].size()))))
                    bits |= quint64(1) << i;
        return FactValue::ofBits(bits);
    }
    default: {
        std::optional<double> most;
        for (const CloudOffering* o : offerings) {
            const std::optional<double> limit = limitOf(*o, id, requestWork);
            if (!limit)
                return FactValue::absent(); // some cloud has no such limit
            most = std::max(most.value_or(0), *limit);
        }
        return most ? FactValue::ofNumber(*most) : FactValue::absent();
    }
    }
}

} // namespace

FactValue SubjectFacts::value(const FactPath& path) const
{
    switch (path.id) {
    case FactId::CandidateId:
        return m_candidate ? FactValue::ofText(m_candidate->id) : FactValue::absent();
    case FactId::CandidateFamily:
        return m_candidate ? FactValue::ofText(m_candidate->family) : FactValue::absent();
    case FactId::CandidateSkill: {
        if (!m_candidate)
            return FactValue::absent();
        const QStringList keys = m_candidate->skillKeys();
        if (keys.isEmpty())
            return FactValue::absent();
        int best = 0;
        for (const QString& key : keys)
            best = std::max(best, m_facts.model().team.skillIn(key));
        return FactValue::ofNumber(best);
    }
    case FactId::CandidateSkillGap: {
        if (!m_candidate || m_candidate->kind != DecisionKind::Language)
            return FactValue::absent();
        const Team& team = m_facts.model().team;
        int best = -1;
        for (const Skill& s : team.skills) {
            if (knownLanguages().contains(s.language))
                best = std::max(best, s.level);
        }
        if (best < 0)
            return FactValue::absent();
        return FactValue::ofNumber(std::max(0, best - team.skillIn(m_candidate->family)));
    }
    case FactId::CandidateService:
    case FactId::CandidateLifecycle:
    case FactId::CandidateMaxDuration:
    case FactId::CandidateMaxMemory:
    case FactId::CandidateMaxItemKb:
    case FactId::CandidateMaxPayloadKb:
    case FactId::CandidateMaxThroughput:
    case FactId::CandidateFeatures: {
        if (!m_candidate)
            return FactValue::absent();
        const Model& model = m_facts.model();
        bool requestWork = false;
        if (m_subject.kind == SubjectKind::Workload && m_subject.index >= 0 &&
            m_subject.index < static_cast<int>(model.workloads.size())) {
            const WorkloadKind kind = model.workloads[qsizetype(m_subject.index)].kind;
            requestWork =
                kind == WorkloadKind::Api || kind == WorkloadKind::Web || kind == WorkloadKind::MlInference;
        }
        return offeringFact(*m_candidate, model.system.cloud, requestWork, path.id);
    }
    case FactId::CandidateHiring:
        if (!m_candidate || m_candidate->kind != DecisionKind::Language)
            return FactValue::absent();
        return FactValue::ofBool(m_facts.model().team.hiring.contains(m_candidate->family));
    case FactId::Choice:
    case FactId::ChoiceFamily: {
        if (!m_decisions || !path.kind)
            return FactValue::absent();
        const SubjectRef subject =
            m_decisions->kinds().subjectOf(*path.kind) == SubjectKind::System ? SubjectRef{} : m_subject;
        const Candidate* chosen = m_decisions->chosen(*path.kind, subject);
        if (!chosen)
            return FactValue::absent();
        if (path.id == FactId::Choice)
            return FactValue::ofText(chosen->id);
        const qsizetype family = m_decisions->kinds().familiesOf(*path.kind).indexOf(chosen->family);
        return family < 0 ? FactValue::absent() : FactValue::ofEnum(static_cast<int>(family));
    }
    case FactId::Pinned: {
        if (!m_decisions || !path.kind)
            return FactValue::absent();
        const SubjectRef subject =
            m_decisions->kinds().subjectOf(*path.kind) == SubjectKind::System ? SubjectRef{} : m_subject;
        return FactValue::ofText(m_decisions->pinned(*path.kind, subject));
    }
    default:
        return m_facts.value(path, m_subject);
    }
}

QString SubjectFacts::text(const FactPath& path) const
{
    const FactValue v = value(path);
    const FactInfo info = factInfo(path, m_decisions ? &m_decisions->kinds() : nullptr);
    if (!v.present)
        return QStringLiteral("(not set)");
    switch (info.type) {
    case FactType::Bool:
        return v.number != 0 ? QStringLiteral("true") : QStringLiteral("false");
    case FactType::Number:
        return QString::number(v.number, 'g', 10);
    case FactType::Enum:
    case FactType::EnumSet: {
        QStringList names;
        for (int i = 0; i < info.domain.size(); ++i) {
            if (v.bits & (quint64(1) << i))
                names.append(info.domain[i]);
        }
        return names.isEmpty() ? QStringLiteral("(none)") : names.join(QStringLiteral(", "));
    }
    case FactType::Text:
        return v.text;
    case FactType::TextList:
        return v.texts.isEmpty() ? QStringLiteral("(none)") : v.texts.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace gw
