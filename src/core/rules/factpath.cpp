#include "factpath.h"

#include "cloudoffering.h"
#include "decisionkinds.h"

#include "../model/channel.h"
#include "../model/datastore.h"
#include "../model/system.h"
#include "../model/team.h"
#include "../model/workload.h"

#include <limits>

namespace gw {

namespace {

constexpr double kHuge = std::numeric_limits<double>::max();

struct FactTable
{
    QList<FactInfo> facts;

    void add(FactId id, const char* name, FactScope scope, FactType type, const char* help,
             QStringList domain = {}, bool optional = false, double min = 0, double max = kHuge)
    {
        FactInfo f;
        f.id = id;
        f.name = QString::fromLatin1(name);
        f.scope = scope;
        f.type = type;
        f.domain = std::move(domain);
        f.optional = optional;
        f.min = min;
        f.max = max;
        f.help = QString::fromLatin1(help);
        facts.append(f);
    }
    void number(FactId id, const char* name, FactScope scope, const char* help, double min = 0,
                double max = kHuge, bool optional = false)
    {
        add(id, name, scope, FactType::Number, help, {}, optional, min, max);
    }
    void flag(FactId id, const char* name, FactScope scope, const char* help)
    {
        add(id, name, scope, FactType::Bool, help);
    }
    template<typename E> void setOf(FactId id, const char* name, FactScope scope, const char* help)
    {
        add(id, name, scope, FactType::EnumSet, help, enumNames<E>());
    }
    // Every field T declares, under its key after `prefix`; fields that are more than a value (a
    // workload's uses, a team's skills) have facts of their own.
    template<typename T> void fields(FactId id, FactScope scope, const char* prefix)
    {
        const auto& list = fieldList<T>();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const FieldDescriptor<T>& d = list[i];
            if (d.type == FieldType::Custom)
                continue;
            FactInfo f;
            f.id = id;
            f.field = int(i);
            f.name = QString::fromLatin1(prefix) + d.keyText();
            f.scope = scope;
            f.type = factType(d.type);
            for (const std::string_view name : d.enumNames)
                f.domain.append(QString::fromLatin1(name.data(), qsizetype(name.size())));
            f.optional = d.optional || f.type == FactType::Text;
            f.min = d.info.range.min == -FieldRange::kNone ? -kHuge : d.info.range.min;
            f.max = d.info.range.max == FieldRange::kNone ? kHuge : d.info.range.max;
            f.help = QString::fromLatin1(d.info.help);
            facts.append(f);
        }
    }
    static FactType factType(FieldType type)
    {
        switch (type) {
        case FieldType::Bool:
            return FactType::Bool;
        case FieldType::Int:
        case FieldType::Number:
            return FactType::Number;
        case FieldType::Enum:
            return FactType::Enum;
        case FieldType::EnumList:
            return FactType::EnumSet;
        case FieldType::TextList:
            return FactType::TextList;
        case FieldType::Text:
        case FieldType::Custom:
            break;
        }
        return FactType::Text;
    }
};

FactTable buildTable()
{
    using F = FactId;
    constexpr FactScope M = FactScope::Model;
    constexpr FactScope W = FactScope::Workload;
    constexpr FactScope D = FactScope::DataStore;
    constexpr FactScope C = FactScope::Channel;
    constexpr FactScope K = FactScope::Candidate;
    FactTable t;
    t.fields<System>(F::SystemField, M, "system.");
    t.number(F::SystemRegionCount, "system.region_count", M, "how many regions the system runs in");
    t.fields<Team>(F::TeamField, M, "team.");
    t.number(F::TeamSkillCount, "team.skill_count", M,
             "languages listed in team.skills (platform skills such as kubernetes do not count)");
    t.number(F::ModelWorkloadCount, "model.workload_count", M, "number of workloads");
    t.number(F::ModelDataCount, "model.data_count", M, "number of data stores");
    t.number(F::ModelChannelCount, "model.channel_count", M, "number of channels");
    t.number(F::ModelTeamCount, "model.team_count", M, "independent delivery teams (team.teams)", 1);
    t.number(F::ModelEnvironmentCount, "model.environment_count", M, "number of environments", 1);
    t.number(F::ModelAccountCount, "model.account_count", M, "distinct cloud accounts the environments name");
    t.flag(F::ModelProductionSharesAccount, "model.production_shares_account", M,
           "production names the same account as another environment");
    t.flag(F::ModelAnyChannelReplay, "model.any_channel_replay", M,
           "some channel's consumers must re-read history");
    t.number(F::ModelPublicWorkloadCount, "model.public_workload_count", M, "workloads with exposure public");
    t.number(F::ModelPartnerWorkloadCount, "model.partner_workload_count", M,
             "workloads with exposure partner");
    t.number(F::ModelSyncEdgeCount, "model.sync_edge_count", M, "synchronous calls between workloads");
    t.number(F::ModelAsyncEdgeCount, "model.async_edge_count", M,
             "asynchronous uses (async, publish, consume) in the whole model");
    t.number(F::ModelMaxSyncChainDepth, "model.max_sync_chain_depth", M,
             "the longest chain of synchronous calls between workloads, in hops");
    t.number(F::ModelCriticalWorkloadCount, "model.critical_workload_count", M,
             "workloads of criticality high or critical");
    t.setOf<HandledData>(F::ModelHandles, "model.handles", M, "every kind of data some workload handles");
    t.setOf<Sensitivity>(F::ModelDataSensitivities, "model.data_sensitivities", M,
                         "the sensitivities of all data stores");
    t.number(F::ModelResidencyCount, "model.residency_count", M, "data stores with a residency constraint");
    t.number(F::ModelResidencyConflictCount, "model.residency_conflict_count", M,
             "data stores with a residency that a region of system.regions lies outside: replicating them to "
             "every region breaks it");
    t.number(F::ModelMultiRegionDataCount, "model.multi_region_data_count", M,
             "data stores that must be multi-region");
    t.number(F::ModelStatefulWorkloadCount, "model.stateful_workload_count", M, "stateful workloads");
    t.number(F::ModelMaxPeakRps, "model.max_peak_rps", M, "the highest peak_rps of any workload");
    t.setOf<gw::WorkloadKind>(F::ModelWorkloadKinds, "model.workload_kinds", M,
                              "the kinds of workload present");
    t.number(F::ModelUnattributedCount, "model.unattributed_count", M,
             "workloads, data stores and channels without an owner or a cost centre (their own or the "
             "system's)");
    t.number(F::ModelPinnedCount, "model.pinned_count", M, "pinned decisions (accepted or proposed)");

    t.fields<Workload>(F::WorkloadField, W, "");
    t.number(F::WorkloadBurstRatio, "traffic.burst_ratio", W, "peak_rps / average_rps, when both are known",
             0, kHuge, true);
    t.number(F::WorkloadSyncCallers, "sync_callers", W, "workloads that call it synchronously");
    t.number(F::WorkloadSyncDependencies, "sync_dependencies", W, "workloads it calls synchronously");
    t.number(F::WorkloadSyncCallsToCritical, "sync_calls_to_critical", W,
             "workloads of criticality high or critical that it calls synchronously");
    t.number(F::WorkloadDataDependencies, "data_dependencies", W, "data stores it uses");
    t.flag(F::WorkloadPublishes, "publishes", W, "publishes to a channel");
    t.flag(F::WorkloadConsumes, "consumes", W, "consumes from a channel");
    t.number(F::WorkloadSyncChainDepth, "sync_chain_depth", W,
             "the longest chain of synchronous calls starting here, in hops");
    t.flag(F::WorkloadCalledByPublic, "called_by_public", W, "a public workload calls it synchronously");

    t.fields<DataStore>(F::DataField, D, "");
    t.add(F::DataResidencyMatched, "residency_matched", D, FactType::Bool,
          "every region that holds the data whatever the region strategy (the primary region, each "
          "environment's region, and with multi_region every system region) lies in the residency "
          "(absent when there is no residency)",
          {}, true);
    t.add(F::DataResidencyOutside, "residency_outside", D, FactType::Text,
          "the regions of residency_matched that lie outside the residency, comma-separated", {}, true);
    t.number(F::DataAccessors, "accessors", D, "workloads that use it");
    t.number(F::DataPublicAccessors, "public_accessors", D, "public workloads that use it directly");
    t.number(F::DataBrowserAccessors, "browser_accessors", D,
             "workloads of kind web, or with browser clients, that use it directly");
    t.number(F::DataWriters, "writers", D, "workloads that write to it");

    t.fields<Channel>(F::ChannelField, C, "");
    t.number(F::ChannelProducers, "producers", C, "workloads that publish to it");
    t.number(F::ChannelConsumers, "consumers", C, "workloads that consume from it");

    t.add(F::CandidateId, "candidate.id", K, FactType::Text, "the candidate's id");
    t.add(F::CandidateFamily, "candidate.family", K, FactType::Text, "the candidate's family");
    t.number(F::CandidateSkill, "candidate.skill", K,
             "the team's best skill (0..5) among those the candidate relies on: its language, or the "
             "`skills:` its pack declares (absent when it declares none)",
             0, 5, true);
    t.number(F::CandidateSkillGap, "candidate.skill_gap", K,
             "how far the team's skill in the candidate's language is below its best language's (0: one of "
             "the team's strongest; language candidates of a team that lists language skills only)",
             0, 5, true);
    t.flag(F::CandidateHiring, "candidate.hiring", K,
           "the candidate's language is in team.hiring (language candidates only)");
    // The candidate on the system's cloud; on `any`, on the most capable of the three (the one that
    // still takes new customers, the highest limit, every feature some cloud has).
    t.add(F::CandidateService, "candidate.service", K, FactType::Text,
          "the candidate's service on the system's cloud (on any: the three, joined by ' / ')");
    t.add(F::CandidateLifecycle, "candidate.lifecycle", K, FactType::Enum,
          "whether the provider still offers the service to new customers: ga, preview, closed-to-new, "
          "retiring",
          enumNames<Lifecycle>());
    t.number(F::CandidateMaxDuration, "candidate.max_duration_s", K,
             "the longest one invocation, task or (for api, web and ml-inference workloads) request may run, "
             "in seconds (absent: no limit)",
             0, kHuge, true);
    t.number(F::CandidateMaxMemory, "candidate.max_memory_mb", K,
             "the most memory one instance or task may have, in MB (absent: no limit)", 0, kHuge, true);
    t.number(F::CandidateMaxItemKb, "candidate.max_item_kb", K,
             "the largest item or row the service stores, in KB (absent: no limit)", 0, kHuge, true);
    t.number(F::CandidateMaxPayloadKb, "candidate.max_payload_kb", K,
             "the largest request or message body, in KB (absent: no limit)", 0, kHuge, true);
    t.number(F::CandidateMaxThroughput, "candidate.max_throughput", K,
             "messages or operations per second one resource takes (absent: no limit)", 0, kHuge, true);
    QStringList features;
    for (const std::string_view f : kServiceFeatureNames)
        features.append(QString::fromLatin1(f.data(), qsizetype(f.size())));
    t.add(F::CandidateFeatures, "candidate.features", K, FactType::EnumSet,
          "what the service offers: replay, ordering, exactly-once, dead-letter, gpu, scale-to-zero",
          features);
    return t;
}

const FactTable& table()
{
    static const FactTable t = buildTable();
    return t;
}

FactScope scopeOf(SubjectKind subject)
{
    switch (subject) {
    case SubjectKind::Workload:
        return FactScope::Workload;
    case SubjectKind::DataStore:
        return FactScope::DataStore;
    case SubjectKind::Channel:
        return FactScope::Channel;
    case SubjectKind::System:
        break;
    }
    return FactScope::Model;
}

// A decision of `kind` exists for a subject of `subject` (system decisions exist for every subject).
bool choiceVisible(const DecisionKindInfo& kind, SubjectKind subject)
{
    return kind.subject == SubjectKind::System || kind.subject == subject;
}

} // namespace

QList<FactInfo> allFacts(const DecisionKinds& kinds)
{
    QList<FactInfo> out = table().facts;
    for (const DecisionKindInfo& kind : kinds.all()) {
        out.append(factInfo(FactPath{FactId::Choice, kind.kind}, &kinds));
        out.append(factInfo(FactPath{FactId::ChoiceFamily, kind.kind}, &kinds));
        out.append(factInfo(FactPath{FactId::Pinned, kind.kind}, &kinds));
    }
    return out;
}

FactInfo factInfo(const FactPath& path, const DecisionKinds* kinds)

{
    if (path.id == FactId::Choice || path.id == FactId::ChoiceFamily || path.id == FactId::Pinned) {
        const QString kind = path.kind.value_or(DecisionKind::Compute).name();
        FactInfo f;
        f.id = path.id;
        f.scope = FactScope::Choice;
        f.optional = true;
        if (path.id == FactId::Choice) {
            f.name = QStringLiteral("choice.") + kind;
            f.type = FactType::Text;
            f.help = QStringLiteral("the candidate chosen for the %1 decision (pinned, else the top pick)")
                         .arg(kind);
        } else if (path.id == FactId::ChoiceFamily) {
            f.name = QStringLiteral("choice.") + kind + QStringLiteral(".family");
            f.type = FactType::Enum;
            if (kinds)
                f.domain = kinds->familiesOf(*path.kind);
            f.help = QStringLiteral("the family of the candidate chosen for the %1 decision").arg(kind);
        } else {
            f.name = QStringLiteral("pinned.") + kind;
            f.type = FactType::Text;
            f.help = QStringLiteral("the candidate the model pins for the %1 decision (absent when none)")
                         .arg(kind);
        }
        return f;
    }
    for (const FactInfo& f : table().facts) {
        if (f.id == path.id && f.field == path.field)
            return f;
    }
    return {};
}

std::optional<FactPath> resolveFact(const QString& name, SubjectKind subject, bool allowChoices,
                                    const DecisionKinds& kinds)
{
    const FactScope own = scopeOf(subject);
    for (const FactInfo& f : table().facts) {
        if (f.name != name)
            continue;
        if (f.scope == FactScope::Model || f.scope == FactScope::Candidate || f.scope == own)
            return FactPath{f.id, std::nullopt, f.field};
    }
    // The brief speaks of system.compliance; the model keeps it under team.
    if (name == QStringLiteral("system.compliance"))
        return resolveFact(QStringLiteral("team.compliance"), subject, false, kinds);
    if (!allowChoices)
        return std::nullopt;
    const bool pinned = name.startsWith(QStringLiteral("pinned."));
    if (!pinned && !name.startsWith(QStringLiteral("choice.")))
        return std::nullopt;
    QStringView rest = QStringView(name).mid(7); // "pinned." and "choice." are both 7 long
    bool family = false;
    if (!pinned && rest.endsWith(QStringLiteral(".family"))) {
        family = true;
        rest.chop(7);
    }
    const DecisionKindInfo* kind = kinds.find(rest);
    if (!kind || !choiceVisible(*kind, subject))
        return std::nullopt;
    return FactPath{pinned ? FactId::Pinned : (family ? FactId::ChoiceFamily : FactId::Choice), kind->kind};
}

QStringList factNames(SubjectKind subject, bool allowChoices, const DecisionKinds& kinds)
{
    QStringList names;
    const FactScope own = scopeOf(subject);
    for (const FactInfo& f : table().facts) {
        if (f.scope == FactScope::Model || f.scope == FactScope::Candidate || f.scope == own)
            names.append(f.name);
    }
    if (allowChoices) {
        for (const DecisionKindInfo& info : kinds.all()) {
            if (!choiceVisible(info, subject))
                continue;
            const QString kind = info.kind.name();
            names.append(QStringLiteral("choice.") + kind);
            names.append(QStringLiteral("choice.") + kind + QStringLiteral(".family"));
            names.append(QStringLiteral("pinned.") + kind);
        }
    }
    return names;
}

namespace {

QString typeText(const FactInfo& f)
{
    const QString values = f.domain.join(QStringLiteral(" \\| "));
    switch (f.type) {
    case FactType::Bool:
        return QStringLiteral("true/false");
    case FactType::Number:
        return QStringLiteral("number");
    case FactType::Enum:
        return QStringLiteral("one of ") + values;
    case FactType::EnumSet:
        return QStringLiteral("list of ") + values;
    case FactType::Text:
        return QStringLiteral("text");
    case FactType::TextList:
        return QStringLiteral("list of text");
    }
    return {};
}

} // namespace

QString factTable(FactScope scope)
{
    QString out = QStringLiteral("| fact | type | meaning |\n|---|---|---|\n");
    for (const FactInfo& f : table().facts) {
        if (f.scope != scope)
            continue;
        QString help = f.help;
        help.replace(u'|', QStringLiteral("\\|"));
        out += QStringLiteral("| `%1` | %2 | %3 |\n").arg(f.name, typeText(f), help);
    }
    return out;
}

} // namespace gw
