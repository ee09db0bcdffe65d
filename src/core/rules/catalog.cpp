#include "catalog.h"

#include <algorithm>

namespace gw {

QStringList Candidate::skillKeys() const
{
    QStringList keys = skills;
    if (kind == DecisionKind::Language && !keys.contains(family))
        keys.prepend(family);
    return keys;
}

bool Candidate::openForNewWork(Cloud cloud) const
{
    if (const CloudOffering* o = offering(cloud))
        return o->openForNewWork();
    return std::any_of(offerings.begin(), offerings.end(),
                       [](const CloudOffering& o) { return o.openForNewWork(); });
}

QString ServiceNames::on(Cloud cloud) const
{
    switch (cloud) {
    case Cloud::Aws:
        return aws;
    case Cloud::Gcp:
        return gcp;
    case Cloud::Azure:
        return azure;
    case Cloud::Any:
        break;
    }
    QStringList all;
    for (const QString& s : {aws, gcp, azure}) {
        if (!s.isEmpty())
            all.append(s);
    }
    return all.join(QStringLiteral(" / "));
}

const Candidate* Catalog::candidate(const QString& id) const
{
    const auto it = m_candidateIndex.constFind(id);
    return it == m_candidateIndex.constEnd() ? nullptr : &m_candidates[*it];
}

const ScoringRule* Catalog::rule(const QString& id) const
{
    const auto it = m_ruleIndex.constFind(id);
    return it == m_ruleIndex.constEnd() ? nullptr : &m_rules[*it];
}

const FindingRule* Catalog::finding(const QString& id) const
{
    const auto it = m_findingIndex.constFind(id);
    return it == m_findingIndex.constEnd() ? nullptr : &m_findings[*it];
}

const QList<int>& Catalog::candidatesOf(DecisionKind kind) const
{
    static const QList<int> none;
    const auto it = m_candidatesOf.constFind(kind);
    return it == m_candidatesOf.constEnd() ? none : *it;
}

const QList<int>& Catalog::rulesOf(DecisionKind kind) const
{
    static const QList<int> none;
    const auto it = m_rulesOf.constFind(kind);
    return it == m_rulesOf.constEnd() ? none : *it;
}

void Catalog::setContent(DecisionKinds kinds, QList<Candidate> candidates, QList<ScoringRule> rules,
                         QList<FindingRule> findings, QStringList files)
{
    m_kinds = std::move(kinds);
    const auto byId = [](const auto& a, const auto& b) { return a.id < b.id; };
    std::sort(candidates.begin(), candidates.end(), byId);
    std::sort(rules.begin(), rules.end(), byId);
    std::sort(findings.begin(), findings.end(), byId);
    m_candidates = std::move(candidates);
    m_rules = std::move(rules);
    m_findings = std::move(findings);
    m_files = std::move(files);
    m_candidatesOf.clear();
    m_rulesOf.clear();
    m_candidateIndex.clear();
    m_ruleIndex.clear();
    m_findingIndex.clear();
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_candidatesOf[m_candidates[i].kind].append(i);
        m_candidateIndex.insert(m_candidates[i].id, i);
    }
    for (int i = 0; i < m_rules.size(); ++i) {
        m_rulesOf[m_rules[i].kind].append(i);
        m_ruleIndex.insert(m_rules[i].id, i);
    }
    for (int i = 0; i < m_findings.size(); ++i)
        m_findingIndex.insert(m_findings[i].id, i);
}

} // namespace gw
