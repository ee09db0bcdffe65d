#include "rulelint.h"

#include "../model/model.h"
#include "scoringengine.h"
#include "tenths.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace gw {

namespace {

Diagnostic warningAt(const SourceLocation& location, const QString& message)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.location = location;
    d.message = message;
    return d;
}

// One spelling per meaning: the parts of `all` and `any` in sorted order, so that two rules written in
// a different order compare equal.
QString canonical(const Condition& c)
{
    switch (c.node) {
    case Condition::Node::Test: {
        // The operand as loaded (`written` describes a list only as "a list").
        QStringList numbers;
        for (double n : c.operand.numbers)
            numbers.append(QString::number(n));
        return QStringLiteral("%1 %2 %3|%4|%5|%6|%7")
            .arg(c.pathName, enumNames<ConditionOp>()[int(c.op)], c.operand.written,
                 c.operand.texts.join(u','), numbers.join(u','), QString::number(c.operand.bits),
                 QString::number(c.operand.number));
    }
    case Condition::Node::Not:
        return QStringLiteral("not(%1)").arg(c.children.isEmpty() ? QString()
                                                                  : canonical(c.children.front()));
    case Condition::Node::All:
    case Condition::Node::Any: {
        QStringList parts;
        for (const Condition& child : c.children)
            parts.append(canonical(child));
        parts.sort();
        return (c.node == Condition::Node::All ? QStringLiteral("all(") : QStringLiteral("any(")) +
               parts.join(QStringLiteral("; ")) + u')';
    }
    }
    return QString();
}

bool targets(const Effect& e, const Candidate& c)
{
    return e.target == Effect::Target::All || (e.target == Effect::Target::Candidate && e.name == c.id) ||
           (e.target == Effect::Target::Family && e.name == c.family);
}

// An exact tie falls to the simplicity order; where it does not separate two candidates, to the alphabet.
void checkSimplicity(const Catalog& catalog, const DecisionKindInfo& info, Diagnostics& out)
{
    const QList<int>& candidates = catalog.candidatesOf(info.kind);
    for (const QString& entry : info.simplicity) {
        const bool known = info.families.contains(entry) ||
                           std::any_of(candidates.begin(), candidates.end(),
                                       [&](int i) { return catalog.candidates()[i].id == entry; });
        if (!known)
            out.append(
                warningAt(info.location, QStringLiteral("decision '%1': simplicity names '%2', which is "
                                                        "neither a candidate nor a family of it")
                                             .arg(info.kind.name(), entry)));
    }
    if (candidates.size() < 2)
        return;
    QHash<int, QString> places;
    for (int i : candidates) {
        const Candidate& c = catalog.candidates()[i];
        const int place = catalog.kinds().simplicityOf(info.kind, c.id, c.family);
        if (const auto other = places.constFind(place); other != places.cend()) {
            out.append(warningAt(
                c.location, QStringLiteral("candidate '%1': the %2 decision's simplicity order does not "
                                           "separate it from '%3', so an exact tie between them falls to "
                                           "the alphabet; list one of them in `simplicity:`")
                                .arg(c.id, info.kind.name(), *other)));
            continue;
        }
        places.insert(place, c.id);
    }
}

// Two rules of one decision with the same condition that move the same quality of the same candidate:
// one cause counted twice.
void checkDoubleCounting(const Catalog& catalog, Diagnostics& out)
{
    QHash<QString, QList<const ScoringRule*>> byCondition;
    for (const ScoringRule& r : catalog.rules())
        byCondition[r.kind.name() + u'|' + canonical(r.when)].append(&r);
    const QStringList qualities = enumNames<Quality>();
    for (const QList<const ScoringRule*>& rules : std::as_const(byCondition)) {
        for (qsizetype a = 0; a < rules.size(); ++a) {
            for (qsizetype b = a + 1; b < rules.size(); ++b) {
                QString clash;
                for (int i : catalog.candidatesOf(rules[a]->kind)) {
                    const Candidate& c = catalog.candidates()[i];
                    for (const Effect& ea : rules[a]->effects) {
                        for (const Effect& eb : rules[b]->effects) {
                            if (!targets(ea, c) || !targets(eb, c))
                                continue;
                            for (std::size_t q = 0; q < kQualityCount && clash.isEmpty(); ++q) {
                                if (ea.deltaTenths[q] != 0 && eb.deltaTenths[q] != 0)
                                    clash = QStringLiteral("%1 of '%2'").arg(qualities[int(q)], c.id);
                            }
                        }
                    }
                }
                if (!clash.isEmpty())
                    out.append(
                        warningAt(rules[b]->location,
                                  QStringLiteral("rule '%1' has the same condition as '%2' and moves %3 "
                                                 "too: one cause, one rule")
                                      .arg(rules[b]->id, rules[a]->id, clash)));
            }
        }
    }
}

} // namespace

namespace {

bool isUrl(const QString& source)
{
    return source.startsWith(QStringLiteral("https://")) || source.startsWith(QStringLiteral("http://"));
}

bool hasFigure(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

void checkDates(const Catalog& catalog, QDate today, Diagnostics& out)
{
    const QDate stale = today.addMonths(-RuleLint::kStaleAfterMonths);
    for (const Candidate& c : catalog.candidates()) {
        for (std::size_t i = 0; i < kConcreteClouds.size(); ++i) {
            const CloudOffering& o = c.offerings[i];
            if (!o.checked.isValid() || o.checked >= stale)
                continue;
            out.append(warningAt(
                c.location, QStringLiteral("candidate '%1': its %2 service was checked on %3, more than %4 "
                                           "months ago; compare it with %5 again and update `checked:`")
                                .arg(c.id, enumName(kConcreteClouds[i]), o.checked.toString(Qt::ISODate))
                                .arg(RuleLint::kStaleAfterMonths)
                                .arg(o.source.isEmpty() ? QStringLiteral("the provider's page") : o.source)));
        }
    }
}

} // namespace

SourceCounts RuleLint::sources(const Catalog& catalog)
{
    SourceCounts n;
    const auto count = [&n](const QString& rationale, const QString& source) {
        ++n.claims;
        // A rule citing its candidate's service cites that service's page, an https URL the reader checked.
        const bool url = isUrl(source) || source == kServiceSource;
        n.withUrl += url ? 1 : 0;
        if (hasFigure(rationale)) {
            ++n.figures;
            n.figuresWithUrl += url ? 1 : 0;
        }
    };
    for (const Candidate& c : catalog.candidates()) {
        for (const AttributeScore& score : c.scores)
            count(score.rationale, score.source.isEmpty() ? c.source : score.source);
        for (const CloudOffering& o : c.offerings) {
            ++n.services;
            n.servicesChecked += o.checked.isValid() ? 1 : 0;
        }
    }
    for (const ScoringRule& r : catalog.rules())
        count(r.rationale, r.source);
    for (const FindingRule& f : catalog.findings())
        count(f.message + u' ' + f.recommendation, f.source);
    return n;
}

Diagnostics RuleLint::check(const Catalog& catalog, QDate today)
{
    Diagnostics out;
    checkDates(catalog, today, out);
    for (const DecisionKindInfo& info : catalog.kinds().all())
        checkSimplicity(catalog, info, out);
    checkDoubleCounting(catalog, out);
    for (const DecisionKindInfo& info : catalog.kinds().all()) {
        const DecisionKind kind = info.kind;
        const QList<int>& candidates = catalog.candidatesOf(kind);
        const DecisionKindInfo* followed = info.follows ? catalog.kinds().find(*info.follows) : nullptr;
        for (int i : followed ? candidates : QList<int>{}) {
            const Candidate& c = catalog.candidates()[i];
            bool madeFor = false;
            for (int j : catalog.candidatesOf(followed->kind)) {
                const Candidate& other = catalog.candidates()[j];
                madeFor = madeFor || c.skills.contains(other.id) || c.skills.contains(other.family);
            }
            if (!madeFor) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.location = c.location;
                d.message =
                    QStringLiteral("candidate '%1': the %2 decision follows %3, and its skills: name no "
                                   "%3 candidate or family, so it is never ranked")
                        .arg(c.id, kind.name(), followed->kind.name());
                out.append(d);
            }
        }
        if (candidates.size() == 1) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.location = catalog.candidates()[candidates.front()].location;
            d.message =
                QStringLiteral("the %1 decision has a single candidate: nothing to rank").arg(kind.name());
            out.append(d);
        }
    }
    for (const ScoringRule& r : catalog.rules()) {
        for (const Effect& e : r.effects) {
            if (e.target != Effect::Target::Family)
                continue;
            bool any = false;
            for (int i : catalog.candidatesOf(r.kind))
                any = any || catalog.candidates()[i].family == e.name;
            if (!any) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.location = e.location;
                d.message = QStringLiteral(
                                "rule '%1': no %2 candidate is of family '%3', so this effect does nothing")
                                .arg(r.id, r.kind.name(), e.name);
                out.append(d);
            }
        }
    }
    return out;
}

RuleCoverage RuleLint::coverage(const std::shared_ptr<const Catalog>& catalog, const QList<Model>& models)
{
    RuleCoverage result;
    result.models = static_cast<int>(models.size());
    const ScoringEngine engine(catalog);
    const QStringList qualities = enumNames<Quality>();
    QMap<QString, QSet<int>> stacks; // description -> the models it occurs in
    for (int index = 0; index < models.size(); ++index) {
        const Recommendations r = engine.score(models[index]);
        for (const QString& id : r.firedRules)
            ++result.firedIn[id];
        for (const DecisionResult& d : r.decisions) {
            for (const RankedCandidate& c : d.ranking) {
                for (std::size_t q = 0; q < kQualityCount; ++q) {
                    int up = 0, down = 0;
                    QStringList upRules, downRules;
                    for (const Reason& reason : c.reasons) {
                        const int delta = reason.deltaTenths[q];
                        (delta > 0 ? up : down) += delta;
                        if (delta != 0)
                            (delta > 0 ? upRules : downRules).append(reason.rule);
                    }
                    for (const auto& [sum, rules] : {std::pair{up, upRules}, std::pair{down, downRules}}) {
                        if (std::abs(sum) <= RuleCoverage::kStackCapTenths || rules.size() < 2)
                            continue;
                        stacks[QStringLiteral("%1/%2 %3 %4 from %5 rules (%6)")
                                   .arg(d.kind.name(), c.candidate, qualities[int(q)], formatDelta(sum))
                                   .arg(rules.size())
                                   .arg(rules.join(QStringLiteral(", ")))]
                            .insert(index);
                    }
                }
            }
        }
    }
    for (auto it = stacks.cbegin(); it != stacks.cend(); ++it)
        result.stacks.append(QStringLiteral("%1 in %2 model(s)").arg(it.key()).arg(it.value().size()));
    QStringList ids;
    for (const ScoringRule& r : catalog->rules())
        ids.append(r.id);
    for (const FindingRule& f : catalog->findings())
        ids.append(f.id);
    ids.sort();
    for (const QString& id : std::as_const(ids)) {
        const int fired = result.firedIn.value(id, 0);
        if (fired == 0)
            result.neverFired.append(id);
        else if (fired == result.models)
            result.neverSilent.append(id);
    }
    return result;
}

} // namespace gw
