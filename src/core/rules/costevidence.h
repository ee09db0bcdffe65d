// CostEvidence: what one element would cost a month under each candidate of one of its decisions, so
// that the engine can let the estimate, not a fixed score, set the cost quality of the candidates it can
// price (docs/rules.md, "Cost from the estimate"). The engine knows no prices: the cost library answers
// from its price catalog (PriceCatalogEvidence), and an engine without evidence keeps the base scores
// and the rules alone.
#pragma once

#include "../model/decisionkind.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

struct Model;
struct Subject;

struct PricedCost
{
    double expectedUsd = 0; // a month, production, the expected band
    QString service;        // "AWS Lambda (x86)"
    QString source;         // the price row's source
    QDate checked;
};

class CostEvidence
{
public:
    // Each doubling of a candidate's estimate against the middle of the priced candidates (their geometric
    // mean) costs this much of the cost quality, in tenths of a point of 0..10.
    static constexpr int kTenthsPerDoubling = 15;

    virtual ~CostEvidence() = default;

    // What `candidate` would cost a month as `subject`'s pick of `kind`, on the model's cloud; none when
    // it cannot be priced there (no price, no usage to price, or `cloud: any`).
    virtual std::optional<PricedCost> monthly(const Model& model, const Subject& subject, DecisionKind kind,
                                              const QString& candidate) const = 0;

    // The cost quality (tenths, 0..100) of priced candidates from their estimates: the average of
    // `costTenths` stays, and each candidate moves by kTenthsPerDoubling for each doubling of `usd`
    // below or above the geometric mean. Both lists are parallel; every `usd` is above zero.
    static QList<int> spread(const QList<int>& costTenths, const QList<double>& usd);
    // The geometric mean of `usd`: the middle the spread is measured from.
    static double middle(const QList<double>& usd);
};

} // namespace gw
