// AdviceSummary: what the advice for a model came to (each decision's top pick and chosen candidate with
// their scores, and the findings), small enough to keep with every snapshot and to compare.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace gw {

struct Recommendations;

struct DecisionOutcome
{
    QString subject; // element id, or "system"
    QString kind;    // decision kind as spelled in the format ("compute")
    QString top;     // the best-ranked candidate; empty when every candidate was excluded
    int topScoreTenths = 0;
    QString chosen; // the pinned candidate when known, else the top pick
    int chosenScoreTenths = 0;
    std::optional<int> marginTenths;
    // What the chosen candidate costs a month for this element (expected, USD); none when it cannot be
    // priced or the advice was kept before estimates were.
    std::optional<double> chosenUsd;

    QString key() const { return subject + u'/' + kind; }
    bool operator==(const DecisionOutcome&) const = default;
};

struct FindingOutcome
{
    QString rule;
    QString severity; // "high", "medium", "low"
    QString subject;
    QString message;

    QString key() const { return rule + u'|' + subject; }
    bool operator==(const FindingOutcome&) const = default;
};

// What the chosen candidates cost together a month (Recommendations::cost), on one cloud.
struct CostOutcome
{
    QString cloud;
    double expectedUsd = 0; // every environment, and the second region
    int priced = 0;         // elements priced
    int elements = 0;       // elements with a priceable decision

    bool operator==(const CostOutcome&) const = default;
};

struct AdviceSummary
{
    QList<DecisionOutcome> decisions; // in the engine's order
    QList<FindingOutcome> findings;   // in the engine's order
    std::optional<CostOutcome> cost;  // none when nothing was estimated

    static AdviceSummary from(const Recommendations& recommendations);
    bool operator==(const AdviceSummary&) const = default;
};

} // namespace gw
