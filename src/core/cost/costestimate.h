// CostEstimate: what a model's picks cost a month on one cloud, element by element, as ranges, with
// every quantity, unit price and source shown so that a reader can redo the arithmetic.
#pragma once

#include "costrange.h"

#include "../model/decisionkind.h"
#include "../model/elementref.h"
#include "../model/system.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace gw {

// One priced quantity of a line, in the expected band: quantity x unit price = usd.
struct CostItem
{
    QString what; // "requests", "compute (GB-seconds)"
    double quantity = 0;
    QString unit; // a PriceUnit's name
    double unitUsd = 0;
    double usd = 0;
};

struct CostLine
{
    QString subject; // the element's id
    ElementRef element;
    DecisionKind kind = DecisionKind::Compute;
    QString candidate;
    QString service; // empty when unpriced
    CostRange monthly;
    QList<CostItem> items;   // the expected band's arithmetic
    QStringList assumptions; // what the line assumed, in words
    QString source;
    QDate checked;
    QString unpriced; // why no price could be given; empty when priced

    bool priced() const { return unpriced.isEmpty(); }
};

// One environment's share of the estimate: production's lines times its scale.
struct EnvironmentCost
{
    QString name;
    double scale = 1;
    bool assumed = false; // the scale is CostAssumptions' default, not the model's
    CostRange monthly;
};

// What a second region adds to production, by the region strategy picked: active-active runs every line
// twice; a warm standby replicates the databases in full and keeps a share of the rest running; a pilot
// light replicates the databases only. Backups copied to another region are not priced.
struct SecondRegionCost
{
    QString strategy; // the region-strategy pick
    QString basis;    // what it counts, in words
    CostRange monthly;
};

// Production's priced lines by the cost centre that pays for each element (its own, else the system's).
struct CostCentreCost
{
    QString name; // empty: no cost centre named
    CostRange monthly;
    int lines = 0;
};

struct CostEstimate
{
    Cloud cloud = Cloud::Aws;
    QString region;        // the region the prices are for
    QList<CostLine> lines; // production's, in model order: workloads, data stores, channels
    CostRange production;  // the priced lines: one production in its primary region
    std::optional<SecondRegionCost> secondRegion; // production only: other environments stay in one region
    QList<CostCentreCost> costCentres;            // empty when no element or the system names one
    QList<EnvironmentCost> environments;
    CostRange total;     // every environment at its scale of production; the second region on top
    QDate pricesChecked; // the oldest check of the prices used
    std::optional<double> budgetUsdMonth;
    QString onlyEnvironment; // set by keepOnly(): the total is this environment's alone

    int pricedCount() const;
    // The `n` priced lines that cost most (expected), largest first; ties keep model order.
    QList<const CostLine*> largest(qsizetype n) const;
    // Narrows the environments and the total to the environment `name`; false when there is none.
    bool keepOnly(const QString& name);
};

} // namespace gw
