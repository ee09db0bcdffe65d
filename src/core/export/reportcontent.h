// ReportContent: what a review report says, gathered once from a model and its recommendations, so that
// the HTML, PDF and Markdown reports (and the decision records) tell the same story in the same order.
#pragma once

#include "../model/model.h"
#include "../rules/recommendation.h"

#include <QStringList>

namespace gw {

struct ReportFact
{
    QString label;
    QString value;
};

struct ReportDecision
{
    const DecisionResult* result = nullptr; // points into the Recommendations the content was built from
    QString subjectName;                    // "Storefront API (storefront-api)" or "System"
    QString kind;                           // "compute"
    QString pick;                           // label of the chosen candidate, with its service on the cloud
    QString runnerUp;                       // label of the best other ranked candidate; empty when none
    QString margin;                         // "12.5 points", or "-" with fewer than two candidates
    QString stability;                      // the sensitivity summary
    QString status;                         // "recommended", "pinned (accepted)", "pinned (proposed)"...
    QList<int> citations;                   // bibliography numbers of the reasons' sources
};

struct ReportFinding
{
    const Finding* finding = nullptr; // points into the Recommendations
    QString subjectName;
    int citation = 0; // 1-based bibliography number; 0 without a source
};

struct ReportElement
{
    QString anchor;    // "workload-storefront-api": unique, safe in ids and file names
    QString title;     // "Storefront API"
    QString kindLabel; // "workload (api)"
    QList<ReportFact> properties;
    QString cost;         // what its chosen compute, database or messaging pick costs; empty when unpriced
    QList<int> decisions; // indexes into ReportContent::decisions
    QList<int> findings;  // indexes into ReportContent::findings
};

struct ReportContent
{
    QString title; // "Loftly: architecture review"
    QString systemName;
    QString description;
    QString modelPath;
    QList<ReportFact> summary; // what a director reads in a minute
    QStringList topPriorities; // quality names, heaviest first
    QList<ReportDecision> decisions;
    QList<ReportFinding> findings; // high first, as the engine sorts them: also the improvement plan
    QList<ReportElement> elements;
    QList<ReportFact> assumptions; // the inputs: system, priorities, team
    QStringList bibliography;      // every source cited, numbered from 1 in order of first citation

    int countOf(FindingSeverity severity) const;

    // `recommendations` must outlive the content (decisions and findings point into it).
    static ReportContent build(const Model& model, const Recommendations& recommendations,
                               const QString& modelPath);
};

// "+2 cost" style helpers shared by the writers.
QString qualityLabel(Quality q);
QString severityLabel(FindingSeverity s);

} // namespace gw
