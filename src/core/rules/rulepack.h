// RulePack: what one pack file holds, as written, before it is merged with the other packs into a Catalog.
#pragma once

#include "decisionkinds.h"
#include "findingrule.h"
#include "scoringrule.h"

namespace gw {

struct RulePack
{
    static constexpr int kFormatVersion = 1;

    QString id;
    QString description;
    QString file;
    bool builtIn = false;
    SourceLocation location;
    // The decision kind the pack declares (`decision:`); its candidates and rules may be of any kind
    // some pack of the catalog declares.
    std::optional<DecisionKindInfo> decision;

    struct CandidateEntry
    {
        Candidate candidate;
        bool override = false;
        // Which fields the pack wrote (an override changes only those).
        bool hasKind = false, hasFamily = false, hasLabel = false, hasSummary = false, hasSource = false;
        bool hasAws = false, hasGcp = false, hasAzure = false, hasSkills = false;
    };
    struct Disable
    {
        QString id;
        SourceLocation location;
    };
    struct RuleEntry
    {
        ScoringRule rule;
        bool override = false;
    };
    struct FindingEntry
    {
        FindingRule rule;
        bool override = false;
    };

    QList<CandidateEntry> candidates;
    QList<RuleEntry> rules;
    QList<FindingEntry> findings;
    QList<Disable> disable;
};

} // namespace gw
