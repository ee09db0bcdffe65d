// Recommendations: what the scoring engine concludes for a model: per decision the ranking with every
// candidate's score and reasons, the excluded candidates, the margin, the pinned choice and how sensitive
// the top pick is to the priorities; and the findings. Plain values, safe to copy and keep.
#pragma once

#include "../cost/costrange.h"
#include "../model/decision.h"
#include "../model/elementref.h"
#include "../model/system.h"
#include "candidate.h"
#include "deferred.h"
#include "findingrule.h"

#include <QDate>
#include <QHash>

#include <memory>

#include <optional>

namespace gw {

// Why a candidate's score moved: one rule, what it did to this candidate, and the evidence.
struct Reason
{
    QString rule;
    QString effect; // "+2 cost, -1 operability"
    QString rationale;
    QString source;
    std::array<int, kQualityCount> deltaTenths{}; // what it added to each quality, before the clamp

    bool operator==(const Reason&) const = default;
};

// A quality on which the top pick leads the runner-up, and why: what decides the pick.
struct Lead
{
    Quality quality = Quality::Cost;
    int pointsTenths = 0;                  // the lead's share of the margin, in tenths of a score point
    int topTenths = 0, runnerUpTenths = 0; // the two candidates' scores of this quality, 0..100
    QString
        rationale; // why: the top pick's base score, or the rule that made the lead where base scores do not
    QString source;
    QStringList rules; // the rules that moved the top pick's or the runner-up's score of this quality
};

struct RankedCandidate
{
    QString candidate;
    QString family;
    QString label;
    int scoreTenths = 0;                              // 0..1000: the score 0..100 in tenths
    std::array<int, kQualityCount> breakdownTenths{}; // each quality's share of the score, in tenths
    std::array<int, kQualityCount> attributeTenths{}; // the candidate's quality scores after rules, 0..100
    QList<Reason> reasons;
    // What it would cost a month for this element (CostEstimator::annotate), on `costCloud`; none when it
    // cannot be priced or nobody asked.
    std::optional<CostRange> monthlyUsd;
    Cloud costCloud = Cloud::Any;

    double score() const { return scoreTenths / 10.0; }
};

struct Exclusion
{
    QString candidate;
    QString family;
    QString label;
    QString rule; // the first vetoing rule, by id
    QString rationale;
    QString source;
    QStringList alsoExcludedBy; // other vetoing rules
    // Withdrawn because picking it would raise this high finding, which another candidate avoids (the
    // coherence rule, docs/rules.md): `rule` is the finding rule, `rationale` its message.
    bool byFinding = false;
};

struct PinnedChoice
{
    enum class State { Ranked, Excluded, Unknown };

    QString candidate; // the pinned candidate id (a pinned family resolved to its best candidate)
    QString pinnedAs;  // the family the model pinned, when it pinned a family rather than a candidate
    DecisionStatus status = DecisionStatus::Accepted;
    QString reason;
    State state = State::Ranked;
    int rank = 0;         // 1-based place in the ranking when Ranked
    int scoreTenths = 0;  // when Ranked
    int behindTenths = 0; // how far behind the top pick, when Ranked
    QString excludedBy;   // the vetoing rule, when Excluded
};

// A change of one priority that would change the top pick.
struct SensitivityFlip
{
    Quality quality = Quality::Cost;
    int from = 0;
    int to = 0;
    QString newTop; // candidate id

    bool operator==(const SensitivityFlip&) const = default;
};

// A load at which the top pick changes: the workload's traffic scaled and the model scored again, so that
// both the estimates and the rules that read the traffic have their say (LoadSensitivity).
struct LoadCrossover
{
    QString field;      // what is scaled, as the model spells it: "traffic.average_rps"
    double now = 0;     // its value today (stated, or assumed from the peak)
    double at = 0;      // where the top pick changes
    QString newTop;     // candidate id that takes first place there
    bool rising = true; // the change comes when the load rises to `at` (false: falls to it)

    bool operator==(const LoadCrossover&) const = default;
};

struct DecisionSensitivity
{
    // True when no change of a single priority (to any value 0..5) changes the top pick.
    bool stable = true;
    // For each quality, the nearest values up and down that change the top pick, nearest first.
    QList<SensitivityFlip> flips;
    // "stays first unless cost rises to 5 (then vm)", or "stable: no single priority change moves it".
    QString summary;
    // Where a rising or falling load would move a workload's compute pick, nearest first; empty when no
    // load within a thousandfold either way would, when fewer than two candidates can be priced, or when
    // nobody asked (LoadSensitivity::add: score, reports, the app's Sensitivity tab).
    QList<LoadCrossover> load;
    // "functions stays first until the average load exceeds 33 rps (then managed-containers) (now 5
    // rps)"; empty when `load` is.
    QString loadSummary;
};

// What a decision's result explains beyond its ranking, worked out only when read.
struct DecisionDetails
{
    DecisionSensitivity sensitivity;
    QList<Lead> leads; // up to three qualities that carry the top pick past the runner-up, largest first
};

// The candidate a decision comes to, with what it is called on each cloud.
struct Pick
{
    QString candidate;
    QString family;
    QString label;
    ServiceNames services;

    bool isValid() const { return !candidate.isEmpty(); }
};

struct Finding
{
    QString rule;
    FindingSeverity severity = FindingSeverity::Medium;
    QString subject; // element id, or "system"
    ElementRef element;
    QString message;
    QString recommendation;
    QString source;

    bool operator==(const Finding&) const = default;

    // The order findings are listed in: high first, then by rule and subject.
    static bool listedBefore(const Finding& a, const Finding& b)
    {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.subject < b.subject;
    }
    // The order of a decision's `despite`: by rule and subject.
    static bool despiteBefore(const Finding& a, const Finding& b)
    {
        return a.rule != b.rule ? a.rule < b.rule : a.subject < b.subject;
    }
};

struct DecisionResult
{
    QString subject; // element id, or "system"
    ElementRef element;
    DecisionKind kind = DecisionKind::Compute;
    std::optional<PinnedChoice> pinned; // when the model pins this decision (accepted or proposed)
    QList<RankedCandidate> ranking;     // best first; every candidate not excluded
    QList<Exclusion> excluded;          // by candidate id
    std::optional<int> marginTenths;    // top minus second; none with fewer than two ranked candidates
    Pick top;    // the best-ranked candidate (invalid when every candidate was excluded)
    Pick chosen; // the pinned candidate when it is known, else the top pick: what diagrams and exports use
    // Findings the top pick raises and another candidate left would not: medium ones, and high ones when
    // every candidate left raises one of its own. The decision is picked despite them.
    QList<Finding> despite;
    // The top two scored exactly the same, and the kind's simplicity order (not the alphabet) chose.
    bool tieBroken = false;

    // Under this margin (2 points) the top pick is no clear winner: reports say so.
    static constexpr int kClearMarginTenths = 20;
    bool clearWinner() const { return !marginTenths || *marginTenths >= kClearMarginTenths; }

    // How far a single priority can move before the top pick changes.
    const DecisionSensitivity& sensitivity() const { return m_details.get().sensitivity; }
    // The same, for this copy alone to add to (LoadSensitivity, tests).
    DecisionSensitivity& sensitivityToEdit() { return m_details.edit().sensitivity; }
    // Up to three qualities that carry the top pick past the runner-up, largest first.
    const QList<Lead>& leads() const { return m_details.get().leads; }
    // How the engine works out the two above, on first read: a priority move ranks every decision
    // again, and few are read before the next move.
    void setDetails(std::function<DecisionDetails()> make)
    {
        m_details = Deferred<DecisionDetails>(std::move(make));
    }

private:
    Deferred<DecisionDetails> m_details;
};

// What the chosen candidates of the model cost a month together, on one cloud (CostEstimator::annotate).
struct SystemCost
{
    Cloud cloud = Cloud::Aws;
    QDate pricesChecked;  // the oldest check of the prices used
    CostRange total;      // of the priced elements
    int priced = 0;       // elements priced
    int elements = 0;     // elements with a priceable decision
    QString secondRegion; // the region strategy whose second region the total includes; empty: none
};

class Catalog;

struct Recommendations
{
    QString model; // the system's name
    // The catalog the advice comes from: each candidate's base scores and why, for explanations.
    std::shared_ptr<const Catalog> catalog;
    Cloud cloud = Cloud::Any;
    QList<DecisionResult>
        decisions;           // system decisions, then each workload, data store and channel in model order
    QList<Finding> findings; // high first, then by rule and subject
    QStringList firedRules;  // ids of the catalog rules that applied somewhere, sorted (coverage)
    std::optional<SystemCost> cost; // set by CostEstimator::annotate

    // The decision of `kind` for `subject` (an element id or "system"); null when none is made.
    const DecisionResult* decision(const QString& subject, DecisionKind kind) const;
    QList<const Finding*> findingsFor(const QString& subject) const;

    // Rebuilds the lookup index of decision(); the engine calls it, and so must code that edits `decisions`.
    void reindex();

private:
    QHash<QString, qsizetype> m_index; // "<subject>/<kind>" -> position in decisions
};

} // namespace gw
