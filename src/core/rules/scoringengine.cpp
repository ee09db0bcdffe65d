#include "scoringengine.h"

#include "../model/model.h"
#include "decisionkey.h"
#include "modelfacts.h"
#include "rulepackloader.h"
#include "sensitivity.h"
#include "weighting.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace gw {

namespace {

// Engine-made findings (not catalog rules): a pinned choice the rules veto or rank far below the best.
const QString kPinnedVetoed = QStringLiteral("engine.pinned-vetoed");
const QString kPinnedBehind = QStringLiteral("engine.pinned-far-behind");
const QString kPinnedUnknown = QStringLiteral("engine.pinned-unknown");
const QString kNoCandidate = QStringLiteral("engine.no-candidate-left");
const QString kPinnedRejected = QStringLiteral("pinned.rejected");
const QString kRevisitSource = QStringLiteral("brief: Matching Stack Choices to Business and Team Realities");

QString kindName(DecisionKind kind)
{
    return kind.name();
}

} // namespace

struct CandidateEval
{
    int candidate = -1; // index into the catalog
    QualityScores scores{};
    QList<Reason> reasons;
    QStringList vetoes; // rule ids, in rule order
    QString vetoRationale;
    QString vetoSource;
};

struct DecisionEval
{
    SubjectRef subject;
    QString subjectId;
    DecisionKind kind = DecisionKind::Compute;
    QList<CandidateEval> candidates; // catalog order (id)
    int pinnedDecision = -1;         // index into model.decisions (accepted or proposed)
};

struct EvaluationData
{
    std::shared_ptr<const Catalog> catalog;
    Model model;
    std::unique_ptr<ModelFacts> facts;
    QList<DecisionEval> decisions;
    QHash<DecisionKey, int> decisionIndex;
    QList<Finding> staticFindings;
    QSet<QString> fired;
};

const Model& Evaluation::model() const
{
    static const Model empty;
    return d ? d->model : empty;
}

namespace {

// The decisions the model's `decisions:` entries pin or reject, their "<element>/<kind>" subjects read
// once, here at the edge, into keys: every element of the kind's section with that id (one in a valid
// model), or the system.
QHash<DecisionKey, int> decisionsByKey(const Model& m, const DecisionKinds& kinds, bool rejected)
{
    QHash<DecisionKey, int> out;
    if (m.decisions.isEmpty())
        return out;
    QHash<QString, QList<Subject>> byId;
    const auto index = [&](SubjectKind kind, const auto& elements) {
        for (int i = 0; i < elements.size(); ++i)
            byId[elements[i].id].append(Subject{kind, i});
    };
    index(SubjectKind::Workload, m.workloads);
    index(SubjectKind::DataStore, m.data);
    index(SubjectKind::Channel, m.channels);
    for (int i = 0; i < m.decisions.size(); ++i) {
        const Decision& d = m.decisions[i];
        const std::optional<DecisionKind> kind = d.subjectKind();
        if ((d.status == DecisionStatus::Rejected) != rejected || !kind || !kinds.contains(*kind))
            continue;
        const QString element = d.subjectElement();
        const SubjectKind of = kinds.subjectOf(*kind);
        if (of == SubjectKind::System) {
            if (element == Subject::systemId())
                out.insert(DecisionKey{Subject::system(), *kind}, i);
            continue;
        }
        for (const Subject& s : byId.value(element)) {
            if (s.kind == of)
                out.insert(DecisionKey{s, *kind}, i);
        }
    }
    return out;
}

QList<SubjectRef> subjectsOf(const Model& m, SubjectKind kind)
{
    QList<SubjectRef> out;
    const int count = kind == SubjectKind::Workload    ? static_cast<int>(m.workloads.size())
                      : kind == SubjectKind::DataStore ? static_cast<int>(m.data.size())
                      : kind == SubjectKind::Channel   ? static_cast<int>(m.channels.size())
                                                       : 0;
    if (kind == SubjectKind::System)
        out.append(Subject::system());
    for (int i = 0; i < count; ++i)
        out.append(SubjectRef{kind, i});
    return out;
}

// "{subject} is public" with the subject's id, its name, or any fact of it.
QString render(const QString& text, const SubjectFacts& facts, SubjectKind subjectKind, const QString& id,
               const QString& name, const DecisionKinds& kinds)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString key = match.captured(1).trimmed();
        if (key == QStringLiteral("subject")) {
            out += id;
        } else if (key == QStringLiteral("name")) {
            out += name;
        } else if (const auto path = resolveFact(key, subjectKind, true, kinds)) {
            out += facts.text(*path);
        } else {
            out += match.captured(0);
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

Finding makeFinding(const FindingRule& rule, const SubjectFacts& facts, const Model& m,
                    const DecisionKinds& kinds)
{
    const SubjectRef& s = facts.subject();
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.subject = s.id(m);
    f.element = s.element();
    const QString name = s.name(m);
    f.message = render(rule.message, facts, rule.appliesTo, f.subject, name, kinds);
    f.recommendation = render(rule.recommendation, facts, rule.appliesTo, f.subject, name, kinds);
    f.source = rule.source;
    return f;
}

bool effectTargets(const Effect& e, const Candidate& c)
{
    switch (e.target) {
    case Effect::Target::Candidate:
        return c.id == e.name;
    case Effect::Target::Family:
        return c.family == e.name;
    case Effect::Target::All:
        return true;
    }
    return false;
}

} // namespace

ScoringEngine::ScoringEngine() : m_catalog(RulePackLoader::builtIn())
{
}

ScoringEngine::ScoringEngine(std::shared_ptr<const Catalog> catalog)
    : m_catalog(catalog ? std::move(catalog) : std::make_shared<const Catalog>())
{
}

Evaluation ScoringEngine::evaluate(const Model& model) const
{
    auto data = std::make_shared<EvaluationData>();
    data->catalog = m_catalog;
    data->model = model;
    data->facts = std::make_unique<ModelFacts>(data->model);
    const Model& m = data->model;
    const Catalog& catalog = *m_catalog;
    const ModelFacts& facts = *data->facts;

    const QHash<DecisionKey, int> pinnedBySubject = decisionsByKey(m, catalog.kinds(), false);
    const QHash<DecisionKey, int> rejectedBySubject = decisionsByKey(m, catalog.kinds(), true);

    const auto evaluateDecision = [&](const SubjectRef& subject, DecisionKind kind) {
        if (catalog.candidatesOf(kind).isEmpty())
            return; // a catalog without this kind of decision (an organisation's packs alone)
        DecisionEval de;
        de.subject = subject;
        de.subjectId = subject.id(m);
        de.kind = kind;
        const DecisionKey key{subject, kind};
        de.pinnedDecision = pinnedBySubject.value(key, -1);
        const QList<int>& candidates = catalog.candidatesOf(kind);
        de.candidates.reserve(candidates.size());
        std::vector<QualityScores> deltas(std::size_t(candidates.size()), QualityScores{});
        for (int index : candidates) {
            CandidateEval ce;
            ce.candidate = index;
            const Candidate& c = catalog.candidates()[index];
            for (std::size_t q = 0; q < kQualityCount; ++q)
                ce.scores[q] = c.scores[q].tenths;
            de.candidates.append(ce);
        }
        SubjectFacts sf(facts, subject);
        for (int ruleIndex : catalog.rulesOf(kind)) {
            const ScoringRule& rule = catalog.rules()[ruleIndex];
            if (!rule.readsCandidate && !rule.when.evaluate(sf))
                continue;
            bool fired = !rule.readsCandidate;
            for (qsizetype i = 0; i < de.candidates.size(); ++i) {
                CandidateEval& ce = de.candidates[i];
                const Candidate& c = catalog.candidates()[ce.candidate];
                bool holds = !rule.readsCandidate;
                for (const Effect& effect : rule.effects) {
                    if (!effectTargets(effect, c))
                        continue;
                    if (!holds) { // a candidate-relative rule: evaluate once per targeted candidate
                        sf.setCandidate(&c);
                        holds = rule.when.evaluate(sf);
                        sf.setCandidate(nullptr);
                        if (!holds)
                            break;
                        fired = true;
                    }
                    if (effect.exclude) {
                        if (ce.vetoes.isEmpty()) {
                            ce.vetoRationale = rule.rationale;
                            ce.vetoSource = rule.source;
                        }
                        if (!ce.vetoes.contains(rule.id))
                            ce.vetoes.append(rule.id);
                        continue;
                    }
                    for (std::size_t q = 0; q < kQualityCount; ++q)
                        deltas[std::size_t(i)][q] += effect.deltaTenths[q];
                    ce.reasons.append(Reason{rule.id, effect.describe(), rule.rationale, rule.source});
                }
            }
            if (fired)
                data->fired.insert(rule.id);
        }
        for (qsizetype i = 0; i < de.candidates.size(); ++i) {
            CandidateEval& ce = de.candidates[i];
            for (std::size_t q = 0; q < kQualityCount; ++q)
                ce.scores[q] = std::clamp(ce.scores[q] + deltas[std::size_t(i)][q], 0, 100);
        }
        // A rejected decision rules its candidate out, with the team's reason.
        if (const int rejected = rejectedBySubject.value(key, -1); rejected >= 0) {
            const Decision& d = m.decisions[rejected];
            for (CandidateEval& ce : de.candidates) {
                const Candidate& rejectedCandidate = catalog.candidates()[ce.candidate];
                if (rejectedCandidate.id != d.choice && rejectedCandidate.family != d.choice)
                    continue;
                if (ce.vetoes.isEmpty()) {
                    ce.vetoRationale =
                        d.reason.isEmpty() ? QStringLiteral("The model's decisions reject it.") : d.reason;
                    ce.vetoSource = QStringLiteral("model: decisions");
                }
                ce.vetoes.prepend(kPinnedRejected);
            }
        }
        data->decisionIndex.insert(key, static_cast<int>(data->decisions.size()));
        data->decisions.append(std::move(de));
    };

    const auto pinned = [&](const Subject& subject, DecisionKind kind) {
        return pinnedBySubject.contains(DecisionKey{subject, kind});
    };
    // Which decisions a subject gets, and in which order, is the packs' `decision:` headers.
    const auto decide = [&](SubjectKind subjectKind) {
        const QList<DecisionKindInfo>& all = catalog.kinds().all();
        for (const SubjectRef& s : subjectsOf(m, subjectKind)) {
            for (const DecisionKindInfo& kind : all) {
                if (kind.subject != subjectKind)
                    continue;
                if (kind.appliesWhen && !pinned(s, kind.kind) &&
                    !kind.appliesWhen->evaluate(SubjectFacts(facts, s)))
                    continue;
                evaluateDecision(s, kind.kind);
            }
        }
    };
    decide(SubjectKind::System);
    decide(SubjectKind::Workload);
    decide(SubjectKind::DataStore);
    decide(SubjectKind::Channel);

    // Findings that read no decision do not change with the priorities: once per model.
    for (const FindingRule& rule : catalog.findings()) {
        if (rule.readsChoices())
            continue;
        for (const SubjectRef& s : subjectsOf(m, rule.appliesTo)) {
            SubjectFacts sf(facts, s);
            if (!rule.when.evaluate(sf))
                continue;
            data->fired.insert(rule.id);
            data->staticFindings.append(makeFinding(rule, sf, m, catalog.kinds()));
        }
    }

    Evaluation e;
    e.d = std::move(data);
    return e;
}

namespace {

// The decisions as ranked, for findings that read `choice.*` and `pinned.*`.
class RankedDecisions final : public DecisionLookup
{
public:
    RankedDecisions(const EvaluationData& data, const QList<DecisionResult>& results)
        : m_data(data), m_results(results)
    {
    }

    const Candidate* chosen(DecisionKind kind, const SubjectRef& subject) const override
    {
        const int i = m_data.decisionIndex.value(DecisionKey{subject, kind}, -1);
        if (i < 0 || !m_results[i].chosen.isValid())
            return nullptr;
        return m_data.catalog->candidate(m_results[i].chosen.candidate);
    }

    QString pinned(DecisionKind kind, const SubjectRef& subject) const override
    {
        const int i = m_data.decisionIndex.value(DecisionKey{subject, kind}, -1);
        if (i < 0 || !m_results[i].pinned)
            return {};
        return m_results[i].pinned->candidate;
    }

    const DecisionKinds& kinds() const override { return m_data.catalog->kinds(); }

private:
    const EvaluationData& m_data;
    const QList<DecisionResult>& m_results;
};

Pick pickOf(const Candidate& c)
{
    return Pick{c.id, c.family, c.displayLabel(), c.services};
}

} // namespace

Recommendations ScoringEngine::rank(const Evaluation& evaluation, const Priorities& priorities) const
{
    Recommendations out;
    if (!evaluation.d)
        return out;
    const EvaluationData& data = *evaluation.d;
    const Catalog& catalog = *data.catalog;
    const Model& m = data.model;
    out.model = m.system.name;
    out.cloud = m.system.cloud;
    const QualityScores weights = effectiveWeights(priorities);
    const qint64 total = weightTotal(weights);
    QList<Finding> engineFindings;

    out.decisions.reserve(data.decisions.size());
    for (const DecisionEval& de : data.decisions) {
        DecisionResult r;
        r.subject = de.subjectId;
        r.element = de.subject.element();
        r.kind = de.kind;
        QList<ScoredCandidate> open; // not excluded, in id order
        QList<const CandidateEval*> openEvals;
        for (const CandidateEval& ce : de.candidates) {
            const Candidate& c = catalog.candidates()[ce.candidate];
            if (!ce.vetoes.isEmpty()) {
                Exclusion x{
                    c.id,          c.family,        c.displayLabel(), ce.vetoes.front(), ce.vetoRationale,
                    ce.vetoSource, ce.vetoes.mid(1)};
                r.excluded.append(x);
                continue;
            }
            open.append(ScoredCandidate{c.id, ce.scores});
            openEvals.append(&ce);
        }
        QList<int> order(open.size());
        std::iota(order.begin(), order.end(), 0);
        QList<qint64> sums(open.size());
        for (qsizetype i = 0; i < open.size(); ++i)
            sums[i] = weightedSum(open[i].scores, weights);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sums[a] > sums[b]; });
        for (int i : order) {
            const CandidateEval& ce = *openEvals[i];
            const Candidate& c = catalog.candidates()[ce.candidate];
            RankedCandidate rc;
            rc.candidate = c.id;
            rc.family = c.family;
            rc.label = c.displayLabel();
            rc.scoreTenths = toScoreTenths(sums[i], total);
            rc.attributeTenths = ce.scores;
            for (std::size_t q = 0; q < kQualityCount; ++q)
                rc.breakdownTenths[q] = toScoreTenths(qint64(weights[q]) * ce.scores[q], total);
            rc.reasons = ce.reasons;
            r.ranking.append(rc);
        }
        if (r.ranking.size() >= 2)
            r.marginTenths = r.ranking[0].scoreTenths - r.ranking[1].scoreTenths;
        r.sensitivity = analyseSensitivity(open, priorities);
        if (!r.ranking.isEmpty())
            r.top = pickOf(*catalog.candidate(r.ranking.front().candidate));
        r.chosen = r.top;

        const QString kind = kindName(de.kind);
        const auto engineFinding = [&](const QString& rule, FindingSeverity severity, const QString& message,
                                       const QString& recommendation) {
            engineFindings.append(
                Finding{rule, severity, r.subject, r.element, message, recommendation, kRevisitSource});
        };
        if (r.ranking.isEmpty()) {
            engineFinding(
                kNoCandidate, FindingSeverity::High,
                QStringLiteral("Every %1 candidate for %2 is excluded by the rules.").arg(kind, r.subject),
                QStringLiteral("Check the model's constraints for %1, or add a candidate in a rule pack.")
                    .arg(r.subject));
        }
        if (de.pinnedDecision >= 0) {
            const Decision& d = m.decisions[de.pinnedDecision];
            PinnedChoice p;
            p.candidate = d.choice;
            p.status = d.status;
            p.reason = d.reason;
            // A pin may name a family ("api-gateway-with-waf"): it means that family's best candidate.
            QString choice = d.choice;
            if (catalog.kinds().familiesOf(de.kind).contains(choice) && !catalog.candidate(choice)) {
                const auto best =
                    std::find_if(r.ranking.begin(), r.ranking.end(),
                                 [&](const RankedCandidate& rc) { return rc.family == d.choice; });
                const auto vetoed = std::find_if(r.excluded.begin(), r.excluded.end(),
                                                 [&](const Exclusion& x) { return x.family == d.choice; });
                if (best != r.ranking.end())
                    choice = best->candidate;
                else if (vetoed != r.excluded.end())
                    choice = vetoed->candidate;
                if (choice != d.choice)
                    p.pinnedAs = d.choice;
                p.candidate = choice;
            }
            const Candidate* c = catalog.candidate(choice);
            const bool ofKind = c && c->kind == de.kind;
            const auto ranked =
                std::find_if(r.ranking.begin(), r.ranking.end(),
                             [&](const RankedCandidate& rc) { return rc.candidate == choice; });
            const auto excluded = std::find_if(r.excluded.begin(), r.excluded.end(),
                                               [&](const Exclusion& x) { return x.candidate == choice; });
            if (!ofKind) {
                p.state = PinnedChoice::State::Unknown;
                QStringList ids;
                for (int index : catalog.candidatesOf(de.kind))
                    ids.append(catalog.candidates()[index].id);
                engineFinding(
                    kPinnedUnknown, FindingSeverity::Medium,
                    QStringLiteral("%1/%2 pins '%3', which is not a %2 candidate of the catalog, so it "
                                   "cannot be scored.")
                        .arg(r.subject, kind, d.choice),
                    QStringLiteral("Pin one of: %1; or add '%2' as a candidate in an organisation pack.")
                        .arg(ids.join(QStringLiteral(", ")), d.choice));
            } else if (excluded != r.excluded.end()) {
                p.state = PinnedChoice::State::Excluded;
                p.excludedBy = excluded->rule;
                r.chosen = pickOf(*c);
                engineFinding(
                    kPinnedVetoed, FindingSeverity::High,
                    QStringLiteral("%1/%2 pins %3, which rule %4 excludes: %5")
                        .arg(r.subject, kind, d.choice, excluded->rule, excluded->rationale),
                    r.top.isValid()
                        ? QStringLiteral("Revisit the decision; the best candidate left is %1.")
                              .arg(r.top.candidate)
                        : QStringLiteral("Revisit the decision and the constraints behind the veto."));
            } else if (ranked != r.ranking.end()) {
                p.state = PinnedChoice::State::Ranked;
                p.rank = static_cast<int>(ranked - r.ranking.begin()) + 1;
                p.scoreTenths = ranked->scoreTenths;
                p.behindTenths = r.ranking.front().scoreTenths - ranked->scoreTenths;
                r.chosen = pickOf(*c);
                if (p.behindTenths > kFarBehindTenths) {
                    engineFinding(
                        kPinnedBehind, FindingSeverity::Medium,
                        QStringLiteral("%1/%2 pins %3, which scores %4, %5 points behind %6 (%7).")
                            .arg(r.subject, kind, d.choice, QString::number(ranked->score(), 'f', 1),
                                 QString::number(p.behindTenths / 10.0, 'f', 1), r.top.candidate,
                                 QString::number(r.ranking.front().score(), 'f', 1)),
                        QStringLiteral("Check that the reason for the pin still holds; see the reasons of "
                                       "%1 for what the pin costs.")
                            .arg(r.top.candidate));
                }
            }
            r.pinned = p;
        }
        out.decisions.append(r);
    }

    // Findings that read decisions, now that every decision is made.
    RankedDecisions lookup(data, out.decisions);
    QSet<QString> fired = data.fired;
    QList<Finding> findings = data.staticFindings;
    for (const FindingRule& rule : catalog.findings()) {
        if (!rule.readsChoices())
            continue;
        for (const SubjectRef& s : subjectsOf(m, rule.appliesTo)) {
            SubjectFacts sf(*data.facts, s);
            sf.setDecisions(&lookup);
            if (rule.about)
                sf.setCandidate(lookup.chosen(
                    *rule.about,
                    catalog.kinds().subjectOf(*rule.about) == SubjectKind::System ? Subject::system() : s));
            if (!rule.when.evaluate(sf))
                continue;
            fired.insert(rule.id);
            findings.append(makeFinding(rule, sf, m, catalog.kinds()));
        }
    }
    findings += engineFindings;
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        return a.subject < b.subject;
    });
    out.findings = std::move(findings);
    out.reindex();
    out.firedRules = QStringList(fired.begin(), fired.end());
    out.firedRules.sort();
    return out;
}

Recommendations ScoringEngine::score(const Model& model) const
{
    return rank(evaluate(model), model.priorities);
}

const DecisionResult* Recommendations::decision(const QString& subject, DecisionKind kind) const
{
    const auto it = m_index.constFind(subject + u'/' + kindName(kind));
    if (it != m_index.constEnd() && *it < decisions.size() && decisions[*it].kind == kind &&
        decisions[*it].subject == subject)
        return &decisions[*it];
    for (const DecisionResult& d : decisions) { // decisions edited without reindex()
        if (d.kind == kind && d.subject == subject)
            return &d;
    }
    return nullptr;
}

void Recommendations::reindex()
{
    m_index.clear();
    m_index.reserve(decisions.size());
    for (qsizetype i = 0; i < decisions.size(); ++i)
        m_index.insert(decisions[i].subject + u'/' + kindName(decisions[i].kind), i);
}

QList<const Finding*> Recommendations::findingsFor(const QString& subject) const
{
    QList<const Finding*> out;
    for (const Finding& f : findings) {
        if (f.subject == subject)
            out.append(&f);
    }
    return out;
}

} // namespace gw
