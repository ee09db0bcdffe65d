// RuleLint: checks of a whole catalog beyond what loading finds (decision kinds with too few candidates),
// and coverage: which rules a set of scenario models never exercises, or never leaves silent.
#pragma once

#include "catalog.h"

#include <QDate>
#include <QMap>

namespace gw {

struct Model;

struct RuleCoverage
{
    int models = 0;
    QStringList neverFired;     // rule ids that applied in no model
    QStringList neverSilent;    // rule ids that applied in every model
    QMap<QString, int> firedIn; // rule id -> number of models it applied in
    // Rules that stack in one decision beyond the cap: "compute/kubernetes cost +9.0 from 4 rules (a, b, c,
    // d) in 3 models", each combination once. Not an error: a prompt to check for one cause counted twice.
    QStringList stacks;
    // How far rules together may move one quality of one candidate, in tenths (docs/rules.md).
    static constexpr int kStackCapTenths = 80;

    bool isComplete() const { return neverFired.isEmpty() && neverSilent.isEmpty(); }
};

// How many of the catalog's claims (candidate scores, scoring rules, finding rules) cite a URL rather
// than the brief; "figures" are the claims whose reason carries a number.
struct SourceCounts
{
    int claims = 0;
    int withUrl = 0;
    int figures = 0;
    int figuresWithUrl = 0;
    int services = 0;        // service mappings (a candidate on one cloud)
    int servicesChecked = 0; // ... with a `checked:` date
};

class RuleLint
{
public:
    // A `checked:` date older than this asks for the claim to be compared with its source again.
    static constexpr int kStaleAfterMonths = 12;

    // Warnings about the catalog as a whole (positioned at the candidates or packs concerned); `today`
    // dates the staleness check.
    static Diagnostics check(const Catalog& catalog, QDate today = QDate::currentDate());
    static SourceCounts sources(const Catalog& catalog);
    // Scores every model with the catalog and records which scoring and finding rules applied.
    static RuleCoverage coverage(const std::shared_ptr<const Catalog>& catalog, const QList<Model>& models);
};

} // namespace gw
