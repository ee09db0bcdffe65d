#include "scoringengine.h"

#include "../model/model.h"
#include "coherencememo.h"
#include "decisionkey.h"
#include "modelfacts.h"
#include "rulepackloader.h"
#include "sensitivity.h"
#include "weighting.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>
#include <numeric>

namespace gw {

namespace {

// Engine-made findings (not catalog rules): a pinned choice the rules veto or rank far below the best.
const QString kPinnedVetoed = QStringLiteral("engine.pinned-vetoed");
const QString kPinnedBehind = QStringLiteral("engine.pinned-far-behind");
const QString kPinnedUnknown = QStringLiteral("engine.pinned-unknown");
const QString kNoCandidate = QStringLiteral("engine.no-candidate-left");
const QString kPinnedRejected = QStringLiteral("pinned.rejected");
// The catalog's own veto of a service the provider no longer offers to new customers, and the finding
// for a model that pins one anyway.
const QString kServiceClosed = QStringLiteral("catalog.service-not-offered");
const QString kPinnedServiceClosed = QStringLiteral("engine.pinned-service-closed");
// A candidate of a decision that follows another (`follows:`) made for another choice of that one.
const QString kOtherChoice = QStringLiteral("engine.made-for-another-choice");
const QString kRevisitSource = QStringLiteral("brief: Matching Stack Choices to Business and Team Realities");

// "Amazon Timestream for LiveAnalytics is closed to new customers since 2025-06-20; the provider points
// new work to Amazon Timestream for InfluxDB." for each cloud of `cloud` that no longer offers it.
QString closedServiceReason(const Candidate& c, Cloud cloud)
{
    QStringList parts;
    for (std::size_t i = 0; i < kConcreteClouds.size(); ++i) {
        const Cloud each = kConcreteClouds[i];
        const CloudOffering& o = c.offerings[i];
        if ((cloud != Cloud::Any && cloud != each) || o.openForNewWork())
            continue;
        parts.append(QStringLiteral("%1 %2 %3; the provider points new work to %4")
                         .arg(c.services.on(each),
                              o.status == Lifecycle::Retiring
                                  ? QStringLiteral("retires on")
                                  : QStringLiteral("is closed to new customers since"),
                              o.effective.toString(Qt::ISODate), o.successor));
    }
    return parts.join(QStringLiteral("; ")) + u'.';
}

// What a rule cites for candidate `c`: its own source, or for kServiceSource the page of the candidate's
// service on `cloud` (on any, the first cloud's that has one), else the candidate's own.
QString ruleSource(const ScoringRule& rule, const Candidate& c, Cloud cloud)
{
    if (rule.source != kServiceSource)
        return rule.source;
    if (const CloudOffering* o = c.offering(cloud); o && !o->source.isEmpty())
        return o->source;
    if (cloud == Cloud::Any) {
        for (const CloudOffering& o : c.offerings) {
            if (!o.source.isEmpty())
                return o.source;
        }
    }
    return c.source;
}

QString closedServiceSource(const Candidate& c, Cloud cloud)
{
    for (std::size_t i = 0; i < kConcreteClouds.size(); ++i) {
        if ((cloud == Cloud::Any || cloud == kConcreteClouds[i]) && !c.offerings[i].openForNewWork() &&
            !c.offerings[i].source.isEmpty())
            return c.offerings[i].source;
    }
    return c.source;
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
    // Indexes into `candidates`, simplest first by the kind's declared order (then by id): how exact ties
    // are broken, fixed for the evaluation.
    QList<int> bySimplicity;
    int pinnedDecision = -1; // index into model.decisions (accepted or proposed)
    // The candidates the rules exclude, in catalog order: the same on every rank(), so built once.
    QList<Exclusion> vetoed;
};

// Candidates withdrawn from one decision (by the coherence pass, or as made for another choice), by
// catalog index.
using Withdrawn = QHash<int, Exclusion>;

// What a decision that follows another's choice withdraws for one such choice.
struct FollowingWithdrawals
{
    bool anyMadeFor = false; // false: the catalog has nothing for that choice
    Withdrawn withdrawn;     // the candidates made for something else
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
    // For each decision kind, the high and medium finding rules that follow its choice (by index): what the
    // coherence pass of rank() tries each candidate against.
    QHash<DecisionKind, QList<int>> followers;
    // What the coherence pass found for each candidate, kept for the next rank() (a slider move).
    mutable DecisionMemos<CoherenceMemo> coherenceMemos;
    // The same for the withdrawals of following decisions, by the id of the choice they follow.
    mutable DecisionMemos<FollowingWithdrawals> following;
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

const QString kCostEstimate = QStringLiteral("cost.estimate");

// Among the candidates left that can be priced (two at least), the estimate sets the cost quality: their
// average stays, their spread follows the estimates (CostEvidence::spread), and each gets a reason that
// shows its figure against the middle.
void weighEstimatedCost(DecisionEval& de, const Model& m, const Catalog& catalog,
                        const CostEvidence& evidence)
{
    QList<int> priced; // indexes into de.candidates
    QList<PricedCost> prices;
    for (qsizetype i = 0; i < de.candidates.size(); ++i) {
        const CandidateEval& ce = de.candidates[i];
        if (!ce.vetoes.isEmpty())
            continue;
        if (std::optional<PricedCost> p =
                evidence.monthly(m, de.subject, de.kind, catalog.candidates()[ce.candidate].id)) {
            priced.append(int(i));
            prices.append(*p);
        }
    }
    if (priced.size() < 2)
        return;
    constexpr std::size_t cost = std::size_t(Quality::Cost);
    QList<int> before;
    QList<double> usd;
    for (qsizetype k = 0; k < priced.size(); ++k) {
        before.append(de.candidates[priced[k]].scores[cost]);
        usd.append(prices[k].expectedUsd);
    }
    const QList<int> after = CostEvidence::spread(before, usd);
    const double middle = CostEvidence::middle(usd);
    for (qsizetype k = 0; k < priced.size(); ++k) {
        CandidateEval& ce = de.candidates[priced[k]];
        Effect effect;
        effect.deltaTenths[cost] = after[k] - before[k];
        ce.scores[cost] = after[k];
        const PricedCost& p = prices[k];
        const double ratio = p.expectedUsd / middle;
        const QString rationale =
            QStringLiteral(
                "Estimated %1 USD a month on %2 (list prices checked %3), %4 times the middle of the %5 "
                "candidates priced here (%6 USD). Among priced candidates the estimates, not the base "
                "scores and rules, set how far apart their cost scores are: %7 points for each "
                "doubling (docs/cost.md).")
                .arg(QString::number(p.expectedUsd, 'f', 2), p.service, p.checked.toString(Qt::ISODate),
                     QString::number(ratio, 'g', 2), QString::number(priced.size()),
                     QString::number(middle, 'f', 2),
                     QString::number(CostEvidence::kTenthsPerDoubling / 10.0, 'f', 1));
        ce.reasons.append(Reason{kCostEstimate,
                                 effect.hasAdjustment() ? effect.describe() : QStringLiteral("+0 cost"),
                                 rationale, p.source, effect.deltaTenths});
    }
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
                            if (rule.readsCandidate && rule.rationale.contains(u'{')) {
                                sf.setCandidate(&c);
                                ce.vetoRationale = render(rule.rationale, sf, catalog.kinds().subjectOf(kind),
                                                          de.subjectId, subject.name(m), catalog.kinds());
                                sf.setCandidate(nullptr);
                            }
                            ce.vetoSource = ruleSource(rule, c, m.system.cloud);
                        }
                        if (!ce.vetoes.contains(rule.id))
                            ce.vetoes.append(rule.id);
                        continue;
                    }
                    for (std::size_t q = 0; q < kQualityCount; ++q)
                        deltas[std::size_t(i)][q] += effect.deltaTenths[q];
                    ce.reasons.append(Reason{rule.id, effect.describe(), rule.rationale,
                                             ruleSource(rule, c, m.system.cloud), effect.deltaTenths});
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
        // Never recommended for new work: a service its provider no longer takes new customers for.
        for (CandidateEval& ce : de.candidates) {
            const Candidate& c = catalog.candidates()[ce.candidate];
            if (c.openForNewWork(m.system.cloud))
                continue;
            if (ce.vetoes.isEmpty()) {
                ce.vetoRationale = closedServiceReason(c, m.system.cloud);
                ce.vetoSource = closedServiceSource(c, m.system.cloud);
            }
            ce.vetoes.append(kServiceClosed);
        }
        if (m_costEvidence)
            weighEstimatedCost(de, m, catalog, *m_costEvidence);
        for (const CandidateEval& ce : de.candidates) {
            if (ce.vetoes.isEmpty())
                continue;
            const Candidate& c = catalog.candidates()[ce.candidate];
            de.vetoed.append(Exclusion{c.id, c.family, c.displayLabel(), ce.vetoes.front(), ce.vetoRationale,
                                       ce.vetoSource, ce.vetoes.mid(1)});
        }
        de.bySimplicity.resize(de.candidates.size());
        std::iota(de.bySimplicity.begin(), de.bySimplicity.end(), 0);
        const auto simplicity = [&](int i) {
            const Candidate& c = catalog.candidates()[de.candidates[i].candidate];
            return catalog.kinds().simplicityOf(de.kind, c.id, c.family);
        };
        std::stable_sort(de.bySimplicity.begin(), de.bySimplicity.end(),
                         [&](int a, int b) { return simplicity(a) < simplicity(b); });
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

    for (const DecisionKindInfo& kind : catalog.kinds().all()) {
        for (int i = 0; i < catalog.findings().size(); ++i) {
            const FindingRule& rule = catalog.findings()[i];
            if (rule.severity != FindingSeverity::Low && rule.followsChoiceOf(kind.kind))
                data->followers[kind.kind].append(i);
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

    // Decisions dropped as moot (by position) read as not made.
    void setMoot(const QList<bool>* moot) { m_moot = moot; }

    const Candidate* chosen(DecisionKind kind, const SubjectRef& subject) const override
    {
        const int i = m_data.decisionIndex.value(DecisionKey{subject, kind}, -1);
        if (i < 0 || !m_results[i].chosen.isValid() || (m_moot && m_moot->at(i)))
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
    const QList<bool>* m_moot = nullptr;
};

// A service its provider no longer offers to new customers is never shown as if it were: on `any`, and
// for a pin on its cloud, its name says so and names the successor.
Pick pickOf(const Candidate& c)
{
    ServiceNames services = c.services;
    QString* names[] = {&services.aws, &services.gcp, &services.azure};
    for (std::size_t i = 0; i < c.offerings.size(); ++i) {
        const CloudOffering& o = c.offerings[i];
        if (o.openForNewWork())
            continue;
        *names[i] = QStringLiteral("%1 (%2 %3; successor: %4)")
                        .arg(*names[i],
                             o.status == Lifecycle::Retiring ? QStringLiteral("retiring")
                                                             : QStringLiteral("closed to new customers"),
                             o.effective.toString(Qt::ISODate), o.successor);
    }
    return Pick{c.id, c.family, c.displayLabel(), services};
}

} // namespace

namespace {

// The chosen candidates of `base`, but `candidate` for one decision: what the findings would say if that
// candidate won it.
class ChoiceOverride final : public DecisionLookup
{
public:
    ChoiceOverride(const DecisionLookup& base, const DecisionKey& key, const Candidate* candidate)
        : m_base(base), m_key(key), m_candidate(candidate)
    {
    }

    const Candidate* chosen(DecisionKind kind, const SubjectRef& subject) const override
    {
        return kind == m_key.kind && subject == m_key.subject ? m_candidate : m_base.chosen(kind, subject);
    }
    QString pinned(DecisionKind kind, const SubjectRef& subject) const override
    {
        return m_base.pinned(kind, subject);
    }
    const DecisionKinds& kinds() const override { return m_base.kinds(); }

private:
    const DecisionLookup& m_base;
    DecisionKey m_key;
    const Candidate* m_candidate;
};

// Ranks one decision: the candidates the rules left, minus `withdrawn`, best first. Exact ties go to the
// simpler candidate by the kind's declared order, then to the lower id. `open` receives the candidates
// left in that tie-break order, for the sensitivity analysis.
DecisionResult rankDecision(const DecisionEval& de, const Catalog& catalog, const QualityScores& weights,
                            qint64 total, const Withdrawn& withdrawn, QList<ScoredCandidate>& open)
{
    DecisionResult r;
    r.subject = de.subjectId;
    r.element = de.subject.element();
    r.kind = de.kind;
    if (withdrawn.isEmpty()) {
        r.excluded = de.vetoed; // most decisions on most moves: shared, not built again
    } else {
        qsizetype vetoed = 0;
        for (const CandidateEval& ce : de.candidates) {
            if (!ce.vetoes.isEmpty())
                r.excluded.append(de.vetoed[vetoed++]);
            else if (const auto w = withdrawn.constFind(ce.candidate); w != withdrawn.cend())
                r.excluded.append(*w);
        }
    }
    // A decision has a handful of candidates: these stay off the heap.
    QVarLengthArray<const CandidateEval*, 32> left; // simplest first
    for (int i : de.bySimplicity) {
        const CandidateEval& ce = de.candidates[i];
        if (ce.vetoes.isEmpty() && !withdrawn.contains(ce.candidate))
            left.append(&ce);
    }
    open.clear();
    open.reserve(left.size());
    QVarLengthArray<qint64, 32> sums;
    for (const CandidateEval* ce : left) {
        open.append(ScoredCandidate{catalog.candidates()[ce->candidate].id, ce->scores});
        sums.append(weightedSum(ce->scores, weights));
    }
    QVarLengthArray<int, 32> order(left.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sums[a] > sums[b]; });
    r.ranking.reserve(order.size());
    for (int i : order) {
        const CandidateEval& ce = *left[i];
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
        r.ranking.append(std::move(rc));
    }
    if (order.size() >= 2) {
        r.marginTenths = r.ranking[0].scoreTenths - r.ranking[1].scoreTenths;
        r.tieBroken = sums[order[0]] == sums[order[1]];
    }
    if (!r.ranking.isEmpty())
        r.top = pickOf(*catalog.candidate(r.ranking.front().candidate));
    r.chosen = r.top;
    return r;
}

// The model's pin of a decision, resolved against its ranking: sets `r.pinned` and `r.chosen`, and
// reports what the team should hear about it through `finding`.
void resolvePin(
    DecisionResult& r, const Decision& d, const Catalog& catalog,
    const std::function<void(const QString&, FindingSeverity, const QString&, const QString&)>& finding)
{
    const QString kind = r.kind.name();
    PinnedChoice p;
    p.candidate = d.choice;
    p.status = d.status;
    p.reason = d.reason;
    // A pin may name a family ("api-gateway-with-waf"): it means that family's best candidate.
    QString choice = d.choice;
    if (catalog.kinds().familiesOf(r.kind).contains(choice) && !catalog.candidate(choice)) {
        const auto best = std::find_if(r.ranking.begin(), r.ranking.end(),
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
    const bool ofKind = c && c->kind == r.kind;
    const auto ranked = std::find_if(r.ranking.begin(), r.ranking.end(),
                                     [&](const RankedCandidate& rc) { return rc.candidate == choice; });
    const auto excluded = std::find_if(r.excluded.begin(), r.excluded.end(),
                                       [&](const Exclusion& x) { return x.candidate == choice; });
    if (!ofKind) {
        p.state = PinnedChoice::State::Unknown;
        QStringList ids;
        for (int index : catalog.candidatesOf(r.kind))
            ids.append(catalog.candidates()[index].id);
        finding(kPinnedUnknown, FindingSeverity::Medium,
                QStringLiteral("%1/%2 pins '%3', which is not a %2 candidate of the catalog, so it "
                               "cannot be scored.")
                    .arg(r.subject, kind, d.choice),
                QStringLiteral("Pin one of: %1; or add '%2' as a candidate in an organisation pack.")
                    .arg(ids.join(QStringLiteral(", ")), d.choice));
    } else if (excluded != r.excluded.end() && excluded->rule == kServiceClosed) {
        p.state = PinnedChoice::State::Excluded;
        p.excludedBy = excluded->rule;
        r.chosen = pickOf(*c);
        const bool retiring =
            std::any_of(c->offerings.begin(), c->offerings.end(),
                        [](const CloudOffering& o) { return o.status == Lifecycle::Retiring; });
        finding(kPinnedServiceClosed, retiring ? FindingSeverity::High : FindingSeverity::Medium,
                QStringLiteral("%1/%2 pins %3: %4").arg(r.subject, kind, d.choice, excluded->rationale),
                r.top.isValid()
                    ? QStringLiteral("Plan the move to the successor; for new work the best candidate is %1.")
                          .arg(r.top.candidate)
                    : QStringLiteral("Plan the move to the successor the provider names."));
    } else if (excluded != r.excluded.end()) {
        p.state = PinnedChoice::State::Excluded;
        p.excludedBy = excluded->rule;
        r.chosen = pickOf(*c);
        finding(
            kPinnedVetoed, FindingSeverity::High,
            QStringLiteral("%1/%2 pins %3, which %4 %5 excludes: %6")
                .arg(r.subject, kind, d.choice,
                     excluded->byFinding ? QStringLiteral("finding") : QStringLiteral("rule"), excluded->rule,
                     excluded->rationale),
            r.top.isValid()
                ? QStringLiteral("Revisit the decision; the best candidate left is %1.").arg(r.top.candidate)
                : QStringLiteral("Revisit the decision and the constraints behind the veto."));
    } else if (ranked != r.ranking.end()) {
        p.state = PinnedChoice::State::Ranked;
        p.rank = static_cast<int>(ranked - r.ranking.begin()) + 1;
        p.scoreTenths = ranked->scoreTenths;
        p.behindTenths = r.ranking.front().scoreTenths - ranked->scoreTenths;
        r.chosen = pickOf(*c);
        if (p.behindTenths > ScoringEngine::kFarBehindTenths) {
            finding(kPinnedBehind, FindingSeverity::Medium,
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

const auto kIgnoreFinding = [](const QString&, FindingSeverity, const QString&, const QString&) {};

// The coherence pass: no top pick may raise a high finding that its own choice causes while another
// candidate left would not. For each decision, every candidate is tried as the choice against the
// finding rules that follow that kind of choice; a finding raised with some candidates and not with
// others is caused by the choice. Candidates that cause a high one are withdrawn when some candidate
// causes none; the top pick then lists the medium ones it causes as `despite`.
class CoherencePass
{
public:
    CoherencePass(const EvaluationData& data, QList<DecisionResult>& results)
        : m_data(data), m_results(results)
    {
    }

    // Tries decision `i`; true when it withdrew candidates (the decision must be ranked again).
    bool check(qsizetype i, Withdrawn& withdrawn)
    {
        DecisionResult& r = m_results[i];
        r.despite.clear();
        const DecisionEval& de = m_data.decisions[i];
        const QList<int> rules = m_data.followers.value(de.kind);
        if (rules.isEmpty() || r.ranking.size() < 2)
            return false;
        const RankedDecisions base(m_data, m_results);
        const DecisionKey key{de.subject, de.kind};
        using Raised = QHash<QString, CoherenceMemo::Raised>; // "rule@subject" -> what raised it
        QList<Raised> raised;                                 // per ranked candidate
        raised.reserve(r.ranking.size());
        for (const RankedCandidate& rc : r.ranking)
            raised.append(raisedWith(base, i, key, rc.candidate, rules));
        // Raised with every candidate: not the choice's doing.
        const auto caused = [&](const QString& id) {
            return std::any_of(raised.begin(), raised.end(),
                               [&](const Raised& f) { return !f.contains(id); });
        };
        const auto highCaused = [&](const Raised& f) {
            QStringList ids;
            for (auto it = f.begin(); it != f.end(); ++it) {
                if (it->severity == FindingSeverity::High && caused(it.key()))
                    ids.append(it.key());
            }
            ids.sort();
            return ids;
        };
        const auto ruleId = [&](const CoherenceMemo::Raised& f) {
            return m_data.catalog->findings()[f.rule].id;
        };
        bool changed = false;
        if (!highCaused(raised.front()).isEmpty() &&
            std::any_of(raised.begin(), raised.end(),
                        [&](const Raised& f) { return highCaused(f).isEmpty(); })) {
            for (qsizetype c = 0; c < r.ranking.size(); ++c) {
                const QStringList ids = highCaused(raised[c]);
                if (ids.isEmpty())
                    continue;
                const Candidate& candidate = *m_data.catalog->candidate(r.ranking[c].candidate);
                const Finding first = findingOf(base, key, candidate, raised[c].value(ids.front()));
                QStringList also;
                for (qsizetype k = 1; k < ids.size(); ++k)
                    also.append(ruleId(raised[c].value(ids[k])));
                also.removeDuplicates();
                also.removeAll(first.rule);
                const int index = static_cast<int>(&candidate - m_data.catalog->candidates().data());
                withdrawn.insert(index, Exclusion{candidate.id, candidate.family, candidate.displayLabel(),
                                                  first.rule, first.message, first.source, also, true});
                changed = true;
            }
            return changed;
        }
        // Medium ones, and high ones that every candidate left causes in some form.
        if (raised.front().isEmpty())
            return false; // the top pick raises nothing: most decisions
        const Candidate& top = *m_data.catalog->candidate(r.ranking.front().candidate);
        for (auto it = raised.front().begin(); it != raised.front().end(); ++it) {
            if (caused(it.key()))
                r.despite.append(findingOf(base, key, top, *it));
        }
        std::sort(r.despite.begin(), r.despite.end(), &Finding::despiteBefore);
        return false;
    }

private:
    // The finding rules of `rules` that `candidate` raises as the choice of decision `i` (`key`), from
    // the memo while the choices it read stand; each is rendered into a Finding only when shown.
    QHash<QString, CoherenceMemo::Raised> raisedWith(const DecisionLookup& base, qsizetype i,
                                                     const DecisionKey& key, const QString& candidateId,
                                                     const QList<int>& rules) const
    {
        using Raised = QHash<QString, CoherenceMemo::Raised>;
        const auto ifHolds = [&](const CoherenceMemo& memo) {
            const bool holds =
                memo.holds([this](int d) -> const QString& { return m_results[d].chosen.candidate; });
            return holds ? std::optional(memo.raised) : std::nullopt;
        };
        if (const auto raised = m_data.coherenceMemos.find<Raised>(i, candidateId, ifHolds))
            return *raised;
        const Catalog& catalog = *m_data.catalog;
        const Model& m = m_data.model;
        CoherenceMemo memo;
        const RecordingLookup recorder(base, memo.reads, m_data.decisionIndex);
        const ChoiceOverride lookup(recorder, key, catalog.candidate(candidateId));
        for (int index : rules) {
            const FindingRule& rule = catalog.findings()[index];
            // An element's decision is read by findings about that element; the system's by all.
            QList<SubjectRef> subjects;
            if (key.subject.isSystem())
                subjects = subjectsOf(m, rule.appliesTo);
            else if (rule.appliesTo == key.subject.kind)
                subjects.append(key.subject);
            for (const SubjectRef& s : subjects) {
                if (rule.when.evaluate(factsFor(rule, s, lookup)))
                    memo.raised.insert(rule.id + u'@' + s.id(m), {index, s, rule.severity});
            }
        }
        m_data.coherenceMemos.insert(i, candidateId, memo);
        return memo.raised;
    }

    Finding findingOf(const DecisionLookup& base, const DecisionKey& key, const Candidate& candidate,
                      const CoherenceMemo::Raised& raised) const
    {
        const FindingRule& rule = m_data.catalog->findings()[raised.rule];
        const ChoiceOverride lookup(base, key, &candidate);
        return makeFinding(rule, factsFor(rule, raised.subject, lookup), m_data.model,
                           m_data.catalog->kinds());
    }

    // The facts `rule` reads about `s`, with the choices of `lookup`.
    SubjectFacts factsFor(const FindingRule& rule, const SubjectRef& s, const DecisionLookup& lookup) const
    {
        SubjectFacts sf(*m_data.facts, s);
        sf.setDecisions(&lookup);
        if (rule.about) {
            const bool ofSystem = m_data.catalog->kinds().subjectOf(*rule.about) == SubjectKind::System;
            sf.setCandidate(lookup.chosen(*rule.about, ofSystem ? Subject::system() : s));
        }
        return sf;
    }

    const EvaluationData& m_data;
    QList<DecisionResult>& m_results;
};

// The qualities that carry the top pick past the runner-up (largest weighted lead first, at most three),
// each with why (the top pick's base-score rationale, or the rule that made the lead where the base
// scores do not) and the rules that moved either score of it.
QList<Lead> leadsOf(const QList<RankedCandidate>& ranking, const Catalog& catalog,
                    const QualityScores& weights, qint64 total)
{
    constexpr int kMaxLeads = 3;
    QList<Lead> out;
    if (ranking.size() < 2)
        return out;
    const RankedCandidate& top = ranking[0];
    const RankedCandidate& second = ranking[1];
    const Candidate* candidate = catalog.candidate(top.candidate);
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const qint64 lead = qint64(weights[q]) * (top.attributeTenths[q] - second.attributeTenths[q]);
        if (lead <= 0)
            continue;
        Lead l;
        l.quality = static_cast<Quality>(q);
        l.pointsTenths = toScoreTenths(lead, total);
        l.topTenths = top.attributeTenths[q];
        l.runnerUpTenths = second.attributeTenths[q];
        // The reason that widened this lead most: a rule raising the top pick, or lowering the runner-up.
        const Reason* strongest = nullptr;
        int strongestTenths = 0;
        for (const RankedCandidate* c : {&top, &second}) {
            const int sign = c == &top ? 1 : -1;
            for (const Reason& reason : c->reasons) {
                if (reason.deltaTenths[q] != 0 && !l.rules.contains(reason.rule))
                    l.rules.append(reason.rule);
                if (sign * reason.deltaTenths[q] > strongestTenths) {
                    strongestTenths = sign * reason.deltaTenths[q];
                    strongest = &reason;
                }
            }
        }
        // Why the top pick leads: its base score where that alone is ahead; where the base scores do not
        // put it ahead, the rule that did (a base rationale would then argue the other way).
        const Candidate* runnerUp = catalog.candidate(second.candidate);
        const bool baseAhead =
            candidate && (!runnerUp || candidate->scores[q].tenths > runnerUp->scores[q].tenths);
        if (strongest && !baseAhead) {
            l.rationale = strongest->rationale;
            l.source = strongest->source;
        } else if (candidate) {
            const AttributeScore& base = candidate->scores[q];
            l.rationale = base.rationale;
            l.source = base.source.isEmpty() ? candidate->source : base.source;
        }
        out.append(l);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Lead& a, const Lead& b) { return a.pointsTenths > b.pointsTenths; });
    if (out.size() > kMaxLeads)
        out.resize(kMaxLeads);
    return out;
}

// The candidates of `de` not made for `choice` (the pick of the decision it follows), with why.
FollowingWithdrawals followingWithdrawals(const DecisionEval& de, const Candidate& choice,
                                          const Catalog& catalog)
{
    const auto madeFor = [&](const Candidate& c) {
        return c.skills.contains(choice.id) || c.skills.contains(choice.family);
    };
    FollowingWithdrawals out;
    out.anyMadeFor = std::any_of(de.candidates.begin(), de.candidates.end(), [&](const CandidateEval& ce) {
        return madeFor(catalog.candidates()[ce.candidate]);
    });
    if (!out.anyMadeFor)
        return out;
    for (const CandidateEval& ce : de.candidates) {
        const Candidate& c = catalog.candidates()[ce.candidate];
        if (madeFor(c))
            continue;
        out.withdrawn.insert(ce.candidate,
                             Exclusion{c.id,
                                       c.family,
                                       c.displayLabel(),
                                       kOtherChoice,
                                       QStringLiteral("%1 is for %2; the %3 decision for %4 picked %5.")
                                           .arg(c.displayLabel(), c.skills.join(QStringLiteral(", ")),
                                                choice.kind.name(), de.subjectId, choice.id),
                                       kRevisitSource,
                                       {},
                                       false});
    }
    return out;
}

// Withdraws from decision `i` the candidates not made for `choice`; false when none is made for it.
// What to withdraw for a choice is kept with the evaluation: the next rank() finds it ready.
bool withdrawFollowing(const EvaluationData& data, qsizetype i, const Candidate& choice, Withdrawn& withdrawn)
{
    std::optional<FollowingWithdrawals> known = data.following.find<FollowingWithdrawals>(
        i, choice.id, [](const FollowingWithdrawals& kept) { return std::optional(kept); });
    if (!known) {
        known = followingWithdrawals(data.decisions[i], choice, *data.catalog);
        data.following.insert(i, choice.id, *known);
    }
    for (auto it = known->withdrawn.cbegin(); it != known->withdrawn.cend(); ++it) {
        if (!withdrawn.contains(it.key()))
            withdrawn.insert(it.key(), it.value());
    }
    return known->anyMadeFor;
}

// Passes over all decisions until none withdraws a candidate: a withdrawal changes a choice that other
// decisions' findings may read. Withdrawals only grow, so this ends; the cap is a guard.
constexpr int kMaxCoherencePasses = 4;

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
    out.catalog = data.catalog;
    const QualityScores weights = effectiveWeights(priorities);
    const qint64 total = weightTotal(weights);

    const qsizetype count = data.decisions.size();
    QList<QList<ScoredCandidate>> open(count);
    QList<Withdrawn> withdrawn(count);
    const auto rankAgain = [&](qsizetype i) {
        const DecisionEval& de = data.decisions[i];
        DecisionResult r = rankDecision(de, catalog, weights, total, withdrawn[i], open[i]);
        if (de.pinnedDecision >= 0)
            resolvePin(r, m.decisions[de.pinnedDecision], catalog, kIgnoreFinding);
        return r;
    };
    out.decisions.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        out.decisions.append(rankAgain(i));

    CoherencePass coherence(data, out.decisions);
    const auto settle = [&] {
        for (int pass = 0; pass < kMaxCoherencePasses; ++pass) {
            bool changed = false;
            for (qsizetype i = 0; i < count; ++i) {
                // Until the top pick causes no high finding that a candidate left avoids; then `despite`.
                while (coherence.check(i, withdrawn[i])) {
                    out.decisions[i] = rankAgain(i);
                    changed = true;
                }
            }
            if (!changed)
                break;
        }
    };
    settle();

    // Decisions the packs' `moot_when` drops given the others (no language behind a managed model
    // endpoint). A pinned decision is the team's and stays.
    RankedDecisions lookup(data, out.decisions);
    QList<bool> moot(count, false);
    for (qsizetype i = 0; i < count; ++i) {
        const DecisionEval& de = data.decisions[i];
        const DecisionKindInfo* kind = catalog.kinds().find(de.kind);
        if (!kind || !kind->mootWhen || de.pinnedDecision >= 0)
            continue;
        SubjectFacts sf(*data.facts, de.subject);
        sf.setDecisions(&lookup);
        moot[i] = kind->mootWhen->evaluate(sf);
    }
    lookup.setMoot(&moot);

    // Decisions made within another's choice (a web framework for the language picked): ranked again
    // among the candidates for that choice, once the coherence pass has settled it.
    bool following = false;
    for (qsizetype i = 0; i < count; ++i) {
        const DecisionEval& de = data.decisions[i];
        const DecisionKindInfo* kind = catalog.kinds().find(de.kind);
        if (!kind || !kind->follows || moot[i])
            continue;
        const Candidate* choice = lookup.chosen(*kind->follows, de.subject);
        if (!choice) {
            moot[i] = de.pinnedDecision < 0;
            continue;
        }
        if (!withdrawFollowing(data, i, *choice, withdrawn[i])) {
            moot[i] = de.pinnedDecision < 0; // nothing in the catalog is made for that choice
            continue;
        }
        out.decisions[i] = rankAgain(i);
        following = true;
    }
    // The choices the other decisions' findings read have changed: what each causes is weighed again.
    if (following)
        settle();

    QList<Finding> engineFindings;
    for (qsizetype i = 0; i < count; ++i) {
        const DecisionEval& de = data.decisions[i];
        DecisionResult& r = out.decisions[i];
        if (moot[i])
            continue;
        // The top two, copied: what leads reads of the ranking, which pricing then annotates.
        r.setDetails([open = std::move(open[i]), priorities, catalog = data.catalog, weights, total,
                      topTwo = r.ranking.mid(0, 2)] {
            return DecisionDetails{analyseSensitivity(open, priorities),
                                   leadsOf(topTwo, *catalog, weights, total)};
        });
        const auto engineFinding = [&](const QString& rule, FindingSeverity severity, const QString& message,
                                       const QString& recommendation) {
            engineFindings.append(
                Finding{rule, severity, r.subject, r.element, message, recommendation, kRevisitSource});
        };
        if (r.ranking.isEmpty()) {
            // Name the vetoes: when two requirements contradict each other, the user must see both.
            QStringList vetoes;
            for (const Exclusion& e : r.excluded) {
                for (const QString& rule : QStringList{e.rule} + e.alsoExcludedBy) {
                    if (!rule.isEmpty() && !vetoes.contains(rule))
                        vetoes << rule;
                }
            }
            vetoes.sort();
            engineFinding(
                kNoCandidate, FindingSeverity::High,
                QStringLiteral("Every %1 candidate for %2 is excluded by the rules (%3).")
                    .arg(de.kind.name(), r.subject, vetoes.join(QStringLiteral(", "))),
                QStringLiteral("The model's requirements for %1 contradict each other: relax one of the "
                               "requirements these rules read, or add a candidate in a rule pack.")
                    .arg(r.subject));
        }
        if (de.pinnedDecision >= 0)
            resolvePin(r, m.decisions[de.pinnedDecision], catalog, engineFinding);
    }

    // Findings that read decisions, now that every decision is made.
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
    if (moot.contains(true)) {
        QList<DecisionResult> kept;
        for (qsizetype i = 0; i < count; ++i) {
            if (!moot[i])
                kept.append(std::move(out.decisions[i]));
        }
        out.decisions = std::move(kept);
    }
    std::stable_sort(findings.begin(), findings.end(), &Finding::listedBefore);
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
    const auto it = m_index.constFind(subject + u'/' + kind.name());
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
        m_index.insert(decisions[i].subject + u'/' + decisions[i].kind.name(), i);
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
