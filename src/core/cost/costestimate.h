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

struct CostEstimate
{
    Cloud cloud = Cloud::Aws;
    QString region;        // the region the prices are for
    QList<CostLine> lines; // production's, in model order: workloads, data stores, channels
    CostRange production;  // the priced lines: one production
    QList<EnvironmentCost> environments;
    CostRange total;     // every environment: production times the sum of the scales
    QDate pricesChecked; // the oldest check of the prices used
    std::optional<double> budgetUsdMonth;

    int pricedCount() const;
};

} // namespace gw
