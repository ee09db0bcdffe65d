// Catalog: every candidate and rule of the packs loaded together (built-in ones, then an organisation's),
// after overrides and disables, indexed by decision kind (declared by the packs); what the scoring engine
// runs.
#pragma once

#include "decisionkinds.h"
#include "findingrule.h"
#include "scoringrule.h"

#include <QHash>

namespace gw {

class Catalog
{
public:
    const QList<Candidate>& candidates() const { return m_candidates; }
    const QList<ScoringRule>& rules() const { return m_rules; }
    const QList<FindingRule>& findings() const { return m_findings; }

    // The decision kinds the packs declare, in order.
    const DecisionKinds& kinds() const { return m_kinds; }
    // Indexes into candidates() / rules() for one kind, in id order.
    const QList<int>& candidatesOf(DecisionKind kind) const;
    const QList<int>& rulesOf(DecisionKind kind) const;

    const Candidate* candidate(const QString& id) const;
    const ScoringRule* rule(const QString& id) const;
    const FindingRule* finding(const QString& id) const;

    // The pack files it came from, in load order.
    QStringList files() const { return m_files; }
    bool isEmpty() const { return m_candidates.isEmpty(); }

    // Builds the indexes; candidates and rules are sorted by id so that results never depend on file order.
    void setContent(DecisionKinds kinds, QList<Candidate> candidates, QList<ScoringRule> rules,
                    QList<FindingRule> findings, QStringList files);

private:
    QList<Candidate> m_candidates;
    QList<ScoringRule> m_rules;
    QList<FindingRule> m_findings;
    DecisionKinds m_kinds;
    QHash<DecisionKind, QList<int>> m_candidatesOf;
    QHash<DecisionKind, QList<int>> m_rulesOf;
    QHash<QString, int> m_candidateIndex;
    QHash<QString, int> m_ruleIndex;
    QHash<QString, int> m_findingIndex;
    QStringList m_files;
};

} // namespace gw
