#include "candidateexplanation.h"

#include "prioritiespanel.h"
#include "sourcelink.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gw::candidateexplanation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CandidateExplanation", text);
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

QString points(qint64 tenths)
{
    return QString::number(tenths / 10.0, 'f', 1);
}

QString signedPoints(qint64 tenths)
{
    return (tenths < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + points(std::abs(tenths));
}

// For the top pick: the qualities that carry it past the runner-up, with why; qualities that one
// reason carries share its line. `told` collects the rationales written out.
QString leadsHtml(const DecisionResult& d, QSet<QString>& told)
{
    if (d.leads().isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What decides it"));
    QList<const Lead*> pending;
    for (const Lead& l : d.leads())
        pending.append(&l);
    while (!pending.isEmpty()) {
        const Lead* first = pending.front();
        QStringList qualities;
        for (qsizetype i = 0; i < pending.size();) {
            const Lead* l = pending[i];
            if (l->rationale == first->rationale && l->source == first->source) {
                qualities << tr("%1 %2 against %3, <b>%4</b> of the margin")
                                 .arg(escaped(qualityTitle(l->quality)), points(l->topTenths),
                                      points(l->runnerUpTenths), signedPoints(l->pointsTenths));
                pending.removeAt(i);
            } else {
                ++i;
            }
        }
        told.insert(first->rationale);
        html += QStringLiteral("<li>%1<br>%2<br><small>%3</small></li>")
                    .arg(qualities.join(QStringLiteral("; ")), escaped(first->rationale),
                         sourceLinkHtml(first->source));
    }
    return html + QStringLiteral("</ul>");
}

// For any other candidate: where it falls behind the top pick, largest weighted gap first.
QString behindHtml(const DecisionResult& d, const RankedCandidate& c, const QualityScores& weights)
{
    if (d.ranking.isEmpty() || d.ranking.front().candidate == c.candidate)
        return {};
    const RankedCandidate& top = d.ranking.front();
    const qint64 total = weightTotal(weights);
    QList<std::pair<qint64, std::size_t>> gaps;
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const qint64 gap = qint64(weights[q]) * (top.attributeTenths[q] - c.attributeTenths[q]);
        if (gap > 0)
            gaps.append({gap, q});
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    QString html =
        QStringLiteral("<p><b>%1</b></p><ul>")
            .arg(tr("%1 points behind %2").arg(points(top.scoreTenths - c.scoreTenths), escaped(top.label)));
    for (qsizetype i = 0; i < std::min<qsizetype>(gaps.size(), 3); ++i) {
        const std::size_t q = gaps[i].second;
        html += QStringLiteral("<li>%1: %2 against %3 (%4 points at weight %5)</li>")
                    .arg(escaped(qualityTitle(static_cast<Quality>(q))), points(c.attributeTenths[q]),
                         points(top.attributeTenths[q]), points(total > 0 ? 10 * gaps[i].first / total : 0))
                    .arg(weights[q]);
    }
    return html + QStringLiteral("</ul>");
}

QString reasonsHtml(const RankedCandidate& c, const QualityScores& weights, const QSet<QString>& told)
{
    if (c.reasons.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(tr("Only its base scores: no rule changed them for this element."));
    QList<const Reason*> ordered;
    for (const Reason& r : c.reasons)
        ordered.append(&r);
    std::stable_sort(ordered.begin(), ordered.end(), [&weights](const Reason* a, const Reason* b) {
        return std::abs(weightedEffect(*a, weights)) > std::abs(weightedEffect(*b, weights));
    });
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Rules, the weightiest first"));
    for (const Reason* r : std::as_const(ordered)) {
        const QString rationale =
            told.contains(r->rationale)
                ? tr("(its reason is above)")
                : escaped(r->rationale) +
                      QStringLiteral("<br><small>%1</small>").arg(sourceLinkHtml(r->source));
        html += QStringLiteral("<li><b>%1</b> (%2, %3 points): %4</li>")
                    .arg(escaped(r->effect), escaped(r->rule), signedPoints(weightedEffect(*r, weights)),
                         rationale);
    }
    return html + QStringLiteral("</ul>");
}

QString baseScoresHtml(const RankedCandidate& c, const Catalog* catalog, bool expanded)
{
    const Candidate* known = catalog ? catalog->candidate(c.candidate) : nullptr;
    if (!known)
        return {};
    if (!expanded)
        return QStringLiteral("<p><a href=\"%1\">%2</a></p>")
            .arg(QLatin1String(kToggleLink), tr("Show its base scores and where they come from"));
    QString html = QStringLiteral("<p><b>%1</b> (<a href=\"%2\">%3</a>)</p><ul>")
                       .arg(tr("Base scores"), QLatin1String(kToggleLink), tr("hide"));
    for (std::size_t q = 0; q < kQualityCount; ++q) {
        const AttributeScore& s = known->scores[q];
        html += QStringLiteral("<li>%1 <b>%2</b>: %3<br><small>%4</small></li>")
                    .arg(escaped(qualityTitle(static_cast<Quality>(q))), points(s.tenths),
                         escaped(s.rationale), sourceLinkHtml(s.source.isEmpty() ? known->source : s.source));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

qint64 weightedEffect(const Reason& reason, const QualityScores& weights)
{
    const qint64 total = weightTotal(weights);
    if (total <= 0)
        return 0;
    qint64 sum = 0;
    for (std::size_t q = 0; q < kQualityCount; ++q)
        sum += qint64(weights[q]) * reason.deltaTenths[q];
    return 10 * sum / total;
}

QString html(const DecisionResult& decision, const RankedCandidate& candidate, const QualityScores& weights,
             const Catalog* catalog, bool expanded)
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(tr("Why %1 scores %2").arg(escaped(candidate.label)).arg(candidate.score(), 0, 'f', 1));
    const bool top = !decision.ranking.isEmpty() && decision.ranking.front().candidate == candidate.candidate;
    QSet<QString> told;
    html += top ? leadsHtml(decision, told) : behindHtml(decision, candidate, weights);
    html += reasonsHtml(candidate, weights, told);
    html += baseScoresHtml(candidate, catalog, expanded);
    return html + excludedHtml(decision);
}

QString excludedHtml(const DecisionResult& decision)
{
    if (decision.excluded.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Excluded"));
    for (const Exclusion& e : decision.excluded) {
        html += QStringLiteral("<li><b>%1</b>, by %2: %3<br><small>%4</small></li>")
                    .arg(escaped(e.label), escaped(e.rule), escaped(e.rationale), sourceLinkHtml(e.source));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace gw::candidateexplanation
