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

enum class FactId {
    // system, team and model-wide facts
    SystemStage,
    SystemCloud,
    SystemRegions,
    SystemRegionCount,
    SystemAvailability,
    SystemRto,
    SystemRpo,
    SystemTenants,
    SystemTenantIsolation,
    TeamSize,
    TeamTeams,
    TeamOpsMaturity,
    TeamHiring,
    TeamCompliance,
    TeamBudget,
    TeamReleaseCadence,
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
    WorkloadKind,
    WorkloadExposure,
    WorkloadClients,
    WorkloadTrafficPattern,
    WorkloadPeakRps,
    WorkloadAverageRps,
    WorkloadBurstRatio,
    WorkloadLatencyP99,
    WorkloadMaxDuration,
    WorkloadCpu,
    WorkloadMemoryMb,
    WorkloadGpu,
    WorkloadStateful,
    WorkloadNeedsOsControl,
    WorkloadLegacy,
    WorkloadDataHeavy,
    WorkloadCriticality,
    WorkloadHandles,
    WorkloadSyncCallers,
    WorkloadSyncDependencies,
    WorkloadSyncCallsToCritical,
    WorkloadDataDependencies,
    WorkloadPublishes,
    WorkloadConsumes,
    WorkloadSyncChainDepth,
    WorkloadCalledByPublic,
    WorkloadStaticSite,
    WorkloadFoundationModel,
    WorkloadWorkflowSteps,
    // the subject data store
    DataShape,
    DataQueries,
    DataConsistency,
    DataTransactions,
    DataReadWriteRatio,
    DataToleratesStaleReads,
    DataShapeFlexible,
    DataSizeGb,
    DataGrowthGbMonth,
    DataItemSizeKb,
    DataPeakOps,
    DataResidency,
    DataResidencyMatched,
    DataResidencyOutside,
    DataMultiRegion,
    DataSensitivity,
    DataRetentionDays,
    DataAccessors,
    DataPublicAccessors,
    DataBrowserAccessors,
    DataWriters,
    // the subject channel
    ChannelKind,
    ChannelOrdering,
    ChannelDelivery,
    ChannelPeakMsgs,
    ChannelRetentionHours,
    ChannelReplay,
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
    FactId id = FactId::SystemStage;
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
    FactId id = FactId::SystemStage;
    std::optional<DecisionKind> kind; // Choice, ChoiceFamily, Pinned

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

} // namespace gw
