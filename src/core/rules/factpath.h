// FactPath: the names a rule condition may test (`traffic.pattern`, `team.size`, `model.workload_count`,
// `candidate.skill`, `choice.edge`...), each with the type and the values it can take, so that a pack
// is checked when it is loaded and evaluation never meets a name it does not know.
#pragma once

#include "../model/decisionkind.h"

#include <QStringList>

#include <optional>

namespace gw {

// Where a fact comes from: the whole model (any rule), the subject element of the rule, the candidate
// being scored, or the choice made for a decision (findings only: choices exist after ranking).
enum class FactScope { Model, Workload, DataStore, Channel, Candidate, Choice };

enum class FactType {
    Bool,
    Number,
    Enum,    // one of `domain`
    EnumSet, // a set of values of `domain` (a list in the model)
    Text,    // free text (ids, regions)
    TextList
};

// The facts a rule can test. A field of the model's elements is a fact under its format key without a
// FactId of its own: SystemField..ChannelField with FactPath::field, its index in the struct's field
// list (model/fielddescriptor.h), so that a new field is a fact as soon as it is declared. The ids
// below those are the facts the model only implies: counts, call chains, who uses what.
enum class FactId {
    // a field of the system, the team, or the subject element
    SystemField,
    TeamField,
    WorkloadField,
    DataField,
    ChannelField,
    // system, team and model-wide facts
    SystemRegionCount,
    TeamSkillCount,
    ModelWorkloadCount,
    ModelDataCount,
    ModelChannelCount,
    ModelTeamCount,
    ModelEnvironmentCount,
    ModelAccountCount,
    ModelProductionSharesAccount,
    ModelAnyChannelReplay,
    ModelPublicWorkloadCount,
    ModelPartnerWorkloadCount,
    ModelSyncEdgeCount,
    ModelAsyncEdgeCount,
    ModelMaxSyncChainDepth,
    ModelCriticalWorkloadCount,
    ModelHandles,
    ModelDataSensitivities,
    ModelResidencyCount,
    ModelResidencyConflictCount,
    ModelMultiRegionDataCount,
    ModelStatefulWorkloadCount,
    ModelMaxPeakRps,
    ModelWorkloadKinds,
    ModelUnattributedCount,
    ModelPinnedCount,
    // the subject workload
    WorkloadBurstRatio,
    WorkloadSyncCallers,
    WorkloadSyncDependencies,
    WorkloadSyncCallsToCritical,
    WorkloadDataDependencies,
    WorkloadPublishes,
    WorkloadConsumes,
    WorkloadSyncChainDepth,
    WorkloadCalledByPublic,
    // the subject data store
    DataResidencyMatched,
    DataResidencyOutside,
    DataAccessors,
    DataPublicAccessors,
    DataBrowserAccessors,
    DataWriters,
    // the subject channel
    ChannelProducers,
    ChannelConsumers,
    // the candidate being scored (or, in a finding with `about:`, the chosen candidate)
    CandidateId,
    CandidateFamily,
    CandidateSkill,
    CandidateHiring,
    CandidateSkillGap,
    CandidateService,
    CandidateLifecycle,
    CandidateMaxDuration,
    CandidateMaxMemory,
    CandidateMaxItemKb,
    CandidateMaxPayloadKb,
    CandidateMaxThroughput,
    CandidateFeatures,
    // decisions (findings only): `choice.<kind>`, `choice.<kind>.family`, `pinned.<kind>`
    Choice,
    ChoiceFamily,
    Pinned,
};

struct FactInfo
{
    FactId id = FactId::SystemRegionCount;
    int field = -1; // the field's index, for the Field ids
    QString name;
    FactScope scope = FactScope::Model;
    FactType type = FactType::Bool;
    QStringList domain;    // Enum / EnumSet values
    bool optional = false; // may be absent (an optional number, an unset text)
    double min = 0;        // Number range, for "can never hold" checks
    double max = 0;
    QString help; // one line for docs and lint
};

// A path as a rule names it, resolved: which fact, and for decision facts which decision kind.
struct FactPath
{
    FactId id = FactId::SystemRegionCount;
    std::optional<DecisionKind> kind; // Choice, ChoiceFamily, Pinned
    int field = -1;                   // SystemField..ChannelField: the index in the struct's field list

    bool operator==(const FactPath&) const = default;
};

class DecisionKinds;

// Every fact a condition may test (the decision facts once per kind of `kinds`), for docs, lint and
// suggestions.
QList<FactInfo> allFacts(const DecisionKinds& kinds);
// The description of one resolved path (for Choice* facts, with the families `kinds` declare for the
// kind as the domain; without `kinds`, an empty domain).
FactInfo factInfo(const FactPath& path, const DecisionKinds* kinds = nullptr);

// Resolves `name` for a rule whose subject is `subject`. Subject facts are written without a prefix
// (`traffic.pattern`); model facts with one (`team.size`, `system.cloud`, `model.workload_count`).
// `allowChoices` is true for finding rules only; the decision facts are those of the kinds in `kinds`.
// Returns nullopt when the name is unknown there.
std::optional<FactPath> resolveFact(const QString& name, SubjectKind subject, bool allowChoices,
                                    const DecisionKinds& kinds);
// The names valid for such a rule, for "did you mean" hints.
QStringList factNames(SubjectKind subject, bool allowChoices, const DecisionKinds& kinds);

// The facts of `scope` (Model, Workload, DataStore, Channel or Candidate) as a Markdown table of name,
// type and meaning: the reference docs/rules.md carries and `rules facts` prints.
QString factTable(FactScope scope);

} // namespace gw
