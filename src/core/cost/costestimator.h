// CostEstimator: prices each element's pick with the PriceCatalog, from the usage the model states
// (traffic, durations, memory, sizes, operations, messages) and CostAssumptions where it is silent.
#pragma once

#include "costestimate.h"
#include "pricecatalog.h"

#include <initializer_list>
#include <optional>

namespace gw {

struct Model;
struct Recommendations;
struct DecisionResult;
struct Finding;
struct Workload;
struct DataStore;
struct Channel;

class CostMemo;

class CostEstimator
{
public:
    explicit CostEstimator(const Model& model, const PriceCatalog& prices = PriceCatalog::builtIn());
    // Keeps the lines `element` works out in `memo`, and takes them from it: `memo` must hold lines of
    // this model only (the caller clears it when the model changes).
    void setMemo(CostMemo* memo) { m_memo = memo; }

    // The chosen candidate (pinned, else top) of each workload's compute, each store's database and each
    // channel's messaging decision, priced on `cloud` (aws, gcp or azure).
    CostEstimate estimate(const Recommendations& recommendations, Cloud cloud) const;

    // Writes into `recommendations` what each ranked candidate of every compute, database and messaging
    // decision would cost (on the system's cloud; on `any`, the cheapest cloud that prices it) and what the
    // chosen candidates cost together (on `any`, on the cloud that prices the most of them); adds the
    // findings `cost.pick-costs-more` (a pick far dearer than another candidate left) and
    // `cost.over-budget` (the total over the team's budget).
    void annotate(Recommendations& recommendations) const;

    // One element under one candidate: what a ranking's cost column shows.
    CostLine workload(const Workload& workload, const QString& candidate, Cloud cloud) const;
    CostLine dataStore(const DataStore& store, const QString& candidate, Cloud cloud) const;
    CostLine channel(const Channel& channel, const QString& candidate, Cloud cloud) const;
    // The workload's compute, the store's database or the channel's messaging under `candidate`;
    // unpriced ("not an element") for any other reference.
    CostLine element(const ElementRef& element, const QString& candidate, Cloud cloud) const;

    // The clouds an estimate is made for: the system's, or all three when it is `any`.
    static QList<Cloud> cloudsOf(Cloud systemCloud);

private:
    // element(), always worked out.
    CostLine priceElement(const ElementRef& element, const QString& candidate, Cloud cloud) const;
    // Over `team.budget_usd_month`: medium when the expected total exceeds it, high when even the low end
    // does; it names the three largest lines and the cheaper candidates the rules left for them.
    std::optional<Finding> budgetFinding(const Recommendations& recommendations,
                                         const CostEstimate& estimate) const;
    // The chosen candidate costs at least kCostsMoreRatio times another candidate the rules left, and
    // kCostsMoreAtLeastUsd more, on the same cloud: a medium finding the decision is picked despite.
    std::optional<Finding> costsMoreFinding(const DecisionResult& decision) const;
    static void addFinding(Recommendations& recommendations, const Finding& finding);
    // Fills in what `line` is about and finds the candidate's price on `cloud`, which must feed one of
    // `models` (the formulas of `role`: "compute"); null, with `line.unpriced` saying why, when there is
    // none.
    const ServicePrice* begin(CostLine& line, const QString& subject, ElementRef element, DecisionKind kind,
                              const QString& candidate, Cloud cloud, std::initializer_list<PriceModel> models,
                              const QString& role) const;
    // What the region strategy picked adds in a second region, from production's `lines`.
    std::optional<SecondRegionCost> secondRegion(const Recommendations& recommendations,
                                                 const QList<CostLine>& lines) const;
    QList<CostCentreCost> costCentres(const QList<CostLine>& lines) const;

    const Model& m_model;
    const PriceCatalog& m_prices;
    CostMemo* m_memo = nullptr;
};

} // namespace gw
