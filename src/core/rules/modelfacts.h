// ModelFacts: the facts rule conditions test, computed once per model (counts, call chains, who uses
// which data store...), and SubjectFacts: the view of them for one subject, candidate and set of choices.
#pragma once

#include "../model/model.h"
#include "candidate.h"
#include "decisionkinds.h"
#include "factvalue.h"
#include "subject.h"

#include <vector>

namespace gw {

// The element a decision or finding is about (the name facts have always used for Subject).
using SubjectRef = Subject;

// The decisions made so far, for findings that test `choice.*` and `pinned.*`.
class DecisionLookup
{
public:
    virtual ~DecisionLookup() = default;
    // The chosen candidate (pinned, else the top pick); null when the decision is not made for the subject.
    virtual const Candidate* chosen(DecisionKind kind, const SubjectRef& subject) const = 0;
    // The pinned candidate id; empty when the model pins none.
    virtual QString pinned(DecisionKind kind, const SubjectRef& subject) const = 0;
    // The kinds of the catalog the decisions come from (what each is made for, its families).
    virtual const DecisionKinds& kinds() const = 0;
};

class ModelFacts
{
public:
    // Keeps a reference: `model` must outlive this object.
    explicit ModelFacts(const Model& model);

    const Model& model() const { return m_model; }
    FactValue value(const FactPath& path, const SubjectRef& subject) const;
    // A fact the model implies (not one of its fields, which need a path).
    FactValue value(FactId id, const SubjectRef& subject) const;
    // The number of workloads that call workload `index` synchronously.
    int syncCallers(int workload) const { return m_workloads[std::size_t(workload)].syncCallers; }
    // True when some region of `regions` lies in `residency` ("eu" holds eu-west-1, europe-west1,
    // westeurope).
    static bool residencyMatches(const QString& residency, const QStringList& regions);
    // The regions of `regions` that lie outside `residency`, in order.
    static QStringList outsideResidency(const QString& residency, const QStringList& regions);
    // The regions that hold `store`'s data whatever the region strategy: the primary region, each
    // environment's region and, for a multi-region store, every system region.
    static QStringList regionsHolding(const Model& model, const DataStore& store);

private:
    struct WorkloadFacts
    {
        int syncCallers = 0;
        int syncDependencies = 0;
        int syncCallsToCritical = 0;
        int dataDependencies = 0;
        bool publishes = false;
        bool consumes = false;
        int syncChainDepth = 0;
        bool calledByPublic = false;
    };
    struct DataFacts
    {
        int accessors = 0;
        int publicAccessors = 0;
        int browserAccessors = 0;
        int writers = 0;
    };
    struct ChannelFacts
    {
        int producers = 0;
        int consumers = 0;
    };

    FactValue modelValue(FactId id) const;
    FactValue workloadValue(FactId id, int index) const;
    FactValue dataValue(FactId id, int index) const;
    FactValue channelValue(FactId id, int index) const;
    void computeChains();

    const Model& m_model;
    std::vector<WorkloadFacts> m_workloads;
    std::vector<DataFacts> m_data;
    std::vector<ChannelFacts> m_channels;
    std::vector<FactValue> m_modelFacts; // by FactId, for the model-wide facts
};

class SubjectFacts final : public FactSource
{
public:
    SubjectFacts(const ModelFacts& facts, const SubjectRef& subject) : m_facts(facts), m_subject(subject) {}

    void setCandidate(const Candidate* candidate) { m_candidate = candidate; }
    void setDecisions(const DecisionLookup* decisions) { m_decisions = decisions; }
    const SubjectRef& subject() const { return m_subject; }

    FactValue value(const FactPath& path) const override;
    // A fact as text, for finding messages ("bursty", "eu-west-1, us-east-1", "250").
    QString text(const FactPath& path) const;

private:
    const ModelFacts& m_facts;
    SubjectRef m_subject;
    const Candidate* m_candidate = nullptr;
    const DecisionLookup* m_decisions = nullptr;
};

} // namespace gw
