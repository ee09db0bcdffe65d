#include "adrrecords.h"

#include "../cost/costformat.h"
#include "../rules/recommendation.h"
#include "../rules/subject.h"
#include "../rules/tenths.h"
#include "exportescape.h"
#include "reportcontent.h"

#include <QRegularExpression>

namespace gw {

namespace {

const QRegularExpression& recordName()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(.+)\\.md$"));
    return re;
}

QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.toLower())
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'-';
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    out.replace(dashes, QStringLiteral("-"));
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

// Plain text on one line, with nothing Markdown reads as syntax.
QString md(const QString& text)
{
    return exportescape::markdownText(text.simplified());
}

QString label(const RankedCandidate& c)
{
    return c.label.isEmpty() ? c.candidate : c.label;
}

// A reason's effect ("+2 cost, -1 operability") is good, bad or mixed for the candidate.
QString verdict(const Reason& r)
{
    const bool up = r.effect.contains(u'+');
    const bool down = r.effect.contains(u'-') || r.effect.contains(QChar(0x2212));
    if (up && !down)
        return QStringLiteral("Good");
    if (down && !up)
        return QStringLiteral("Bad");
    return QStringLiteral("Neutral");
}

// The log's entries for one decision, oldest first.
QList<const DecisionLogEntry*> historyOf(const DecisionResult& d, const DecisionLog& log)
{
    QList<const DecisionLogEntry*> entries;
    for (const DecisionLogEntry& e : log) {
        if (e.subject == d.subject && e.kind == enumName(d.kind))
            entries.append(&e);
    }
    return entries;
}

// The decision log's current entry when there is one, else the model's own `decisions:` entry (a rejected
// pin too, which the engine does not apply); a recommendation nobody pinned is proposed.
QString statusOf(const Model& model, const DecisionResult& d, const QList<const DecisionLogEntry*>& history)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if ((*it)->status != LoggedStatus::Superseded && !(*it)->supersededTime.isValid())
            return enumName((*it)->status);
    }
    for (const Decision& pin : model.decisions) {
        if (pin.subjectElement() == d.subject && pin.subjectKind() == d.kind)
            return enumName(pin.status);
    }
    return QStringLiteral("proposed");
}

QString withoutFullStop(QString text)
{
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString record(const Model& model, const Recommendations& recs, const ReportContent& content, int index,
               const DecisionLog& log)
{
    const ReportDecision& rd = content.decisions[index];
    const DecisionResult& d = *rd.result;
    const QList<const DecisionLogEntry*> history = historyOf(d, log);
    QString out = QStringLiteral("---\nstatus: %1\ngroundwork-decision: %2\n---\n\n")
                      .arg(statusOf(model, d, history), AdrRecords::key(d));
    out += QStringLiteral("# %1 for %2: %3\n\n").arg(md(rd.kind), md(rd.subjectName), md(rd.pick));

    out += QStringLiteral("## Context and Problem Statement\n\n");
    QString what = d.subject == Subject::systemId()
                       ? QStringLiteral("the whole system (%1)").arg(md(model.system.name))
                       : md(rd.subjectName);
    out += QStringLiteral("Which %1 should %2 use? %3 candidates were ranked against the model's priorities "
                          "and constraints; %4 were excluded by rules.\n")
               .arg(md(rd.kind), what, QString::number(d.ranking.size()), QString::number(d.excluded.size()));
    for (const ReportElement& e : content.elements) {
        if (e.anchor.section(u'-', 1) == d.subject && !e.properties.isEmpty()) {
            QStringList facts;
            for (const ReportFact& f : e.properties)
                facts.append(QStringLiteral("%1: %2").arg(md(f.label), md(f.value)));
            out +=
                QStringLiteral("\nWhat the model says about it: %1.\n").arg(facts.join(QStringLiteral("; ")));
        }
    }
    // What the pick and its runner-up would cost, where both are priced: money is a driver reviewers ask for.
    if (d.ranking.size() >= 1 && d.ranking.front().monthlyUsd) {
        QStringList costs;
        for (qsizetype i = 0; i < d.ranking.size() && i < 2; ++i) {
            const RankedCandidate& c = d.ranking[i];
            if (c.monthlyUsd)
                costs.append(QStringLiteral("%1 %2 USD a month (%3 to %4, %5 list prices)")
                                 .arg(md(c.label), CostFormat::usd(c.monthlyUsd->expected),
                                      CostFormat::usd(c.monthlyUsd->low), CostFormat::usd(c.monthlyUsd->high),
                                      enumName(c.costCloud)));
        }
        out += QStringLiteral("\nWhat it would cost, from the model's usage: %1.\n")
                   .arg(costs.join(QStringLiteral("; ")));
    }

    out += QStringLiteral("\n## Decision Drivers\n\n");
    for (int q = 0; q < int(kQualityCount); ++q) {
        const int w = model.priorities.weights[q];
        if (w >= 4)
            out += QStringLiteral("* Priority: %1 (%2 of 5)\n").arg(qualityLabel(Quality(q))).arg(w);
    }
    for (const ReportFact& f : content.assumptions) {
        if (f.label == QStringLiteral("Availability target") || f.label == QStringLiteral("Compliance") ||
            f.label == QStringLiteral("Budget") || f.label == QStringLiteral("Team size") ||
            f.label == QStringLiteral("Operations maturity") || f.label == QStringLiteral("Skills"))
            out += QStringLiteral("* Constraint: %1: %2\n").arg(md(f.label), md(f.value));
    }

    out += QStringLiteral("\n## Considered Options\n\n");
    for (const RankedCandidate& c : d.ranking)
        out += QStringLiteral("* %1 (score %2)\n").arg(md(label(c)), formatTenths(c.scoreTenths));
    for (const Exclusion& x : d.excluded)
        out += QStringLiteral("* %1 (excluded)\n").arg(md(x.label.isEmpty() ? x.candidate : x.label));

    out += QStringLiteral("\n## Decision Outcome\n\n");
    for (const Decision& pin : model.decisions) {
        // A rejected pin is the decision this record is about: say so before the option that remains.
        if (pin.status == DecisionStatus::Rejected && pin.subjectElement() == d.subject &&
            pin.subjectKind() == d.kind) {
            out += QStringLiteral("Rejected option: \"%1\"%2. ")
                       .arg(md(pin.choice), pin.reason.isEmpty() ? QString()
                                                                 : QStringLiteral(", because ") +
                                                                       withoutFullStop(md(pin.reason)));
        }
    }
    out += QStringLiteral("Chosen option: \"%1\", ").arg(md(rd.pick));
    if (d.pinned) {
        out += QStringLiteral("because the model pins it (%1)%2. ")
                   .arg(enumName(d.pinned->status),
                        d.pinned->reason.isEmpty() ? QString() : QStringLiteral(": ") + md(d.pinned->reason));
        if (d.pinned->state == PinnedChoice::State::Ranked && d.pinned->rank > 1) {
            out += QStringLiteral("It ranks %1, %2 points behind the top pick \"%3\". ")
                       .arg(d.pinned->rank)
                       .arg(formatTenths(d.pinned->behindTenths), md(d.top.label));
        }
    } else if (!d.ranking.isEmpty()) {
        out += QStringLiteral("because it scores highest (%1 of 100)")
                   .arg(formatTenths(d.ranking.front().scoreTenths));
        out += d.marginTenths ? QStringLiteral(", %1 points ahead of \"%2\". ")
                                    .arg(formatTenths(*d.marginTenths), md(rd.runnerUp))
                              : QStringLiteral(". ");
    }
    out += QStringLiteral("Stability: %1.").arg(md(d.sensitivity().summary));
    if (!d.sensitivity().loadSummary.isEmpty())
        out += QStringLiteral(" Load: %1.").arg(md(d.sensitivity().loadSummary));
    out += u'\n';

    out += QStringLiteral("\n### Consequences\n\n");
    int consequences = 0;
    const RankedCandidate* chosen = nullptr;
    for (const RankedCandidate& c : d.ranking) {
        if (c.candidate == d.chosen.candidate)
            chosen = &c;
    }
    if (chosen) {
        for (const Reason& r : chosen->reasons) {
            const QString v = verdict(r);
            if (v == QStringLiteral("Neutral"))
                continue;
            out += QStringLiteral("* %1, because %2\n").arg(v, md(r.rationale));
            ++consequences;
        }
    }
    for (const Finding* f : recs.findingsFor(d.subject)) {
        out += QStringLiteral("* Bad, because %1 (%2 finding %3). %4\n")
                   .arg(md(f->message), enumName(f->severity), md(f->rule), md(f->recommendation));
        ++consequences;
    }
    if (consequences == 0)
        out += QStringLiteral("* Neutral, because no rule and no finding singles this choice out.\n");

    out += QStringLiteral("\n## Pros and Cons of the Options\n");
    for (const RankedCandidate& c : d.ranking) {
        out += QStringLiteral("\n### %1\n\n").arg(md(label(c)));
        if (c.reasons.isEmpty())
            out += QStringLiteral("* Neutral, because no rule moved its score from the catalog's baseline\n");
        for (const Reason& r : c.reasons)
            out += QStringLiteral("* %1, because %2 (%3)\n").arg(verdict(r), md(r.rationale), md(r.effect));
    }
    for (const Exclusion& x : d.excluded) {
        out += QStringLiteral("\n### %1\n\n").arg(md(x.label.isEmpty() ? x.candidate : x.label));
        out +=
            QStringLiteral("* Bad, because it is excluded: %1 (rule %2)\n").arg(md(x.rationale), md(x.rule));
    }
    if (!history.isEmpty()) {
        out += QStringLiteral("\n## More Information\n\nThe project's decision log, oldest first:\n\n");
        for (const DecisionLogEntry* e : history) {
            out += QStringLiteral("* %1: %2, %3%4%5\n")
                       .arg(utc(e->time), md(e->choice), enumName(e->status),
                            e->reason.isEmpty() ? QString() : QStringLiteral(" (") + md(e->reason) + u')',
                            e->supersededTime.isValid()
                                ? QStringLiteral("; superseded %1").arg(utc(e->supersededTime))
                                : QString());
        }
    }
    return out;
}

} // namespace

bool AdrRecords::isRecordName(const QString& fileName)
{
    return recordName().match(fileName).hasMatch();
}

QString AdrRecords::key(const DecisionResult& decision)
{
    return decision.subject + u'/' + enumName(decision.kind);
}

QString AdrRecords::keyOf(const QByteArray& content)
{
    const QString text = QString::fromUtf8(content);
    if (text.startsWith(QStringLiteral("---"))) {
        static const QRegularExpression field(QStringLiteral("(?m)^groundwork-decision:\\s*(\\S+)\\s*$"));
        const qsizetype end = text.indexOf(QStringLiteral("\n---"), 3);
        const QRegularExpressionMatch m = field.match(end > 0 ? text.left(end) : text);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

ExportFiles AdrRecords::write(const Model& model, const Recommendations& recommendations,
                              const QMap<QString, QByteArray>& existing, const DecisionLog& log)
{
    // What is there: key -> file name, and the highest number used, so that new records follow it.
    QHash<QString, QString> byKey;
    QHash<QString, QString> bySlug; // "<subject>-<kind>" from file names, for records without front matter
    int highest = 0;
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const QRegularExpressionMatch m = recordName().match(it.key());
        if (!m.hasMatch())
            continue;
        highest = std::max(highest, m.captured(1).toInt());
        const QString k = keyOf(it.value());
        if (!k.isEmpty())
            byKey.insert(k, it.key());
        else
            bySlug.insert(m.captured(2), it.key());
    }
    const ReportContent content = ReportContent::build(model, recommendations, {});
    ExportFiles files;
    for (qsizetype i = 0; i < content.decisions.size(); ++i) {
        const DecisionResult& d = *content.decisions[i].result;
        const QString k = key(d);
        const QString s = slug(d.subject) + u'-' + slug(enumName(d.kind));
        QString name = byKey.value(k, bySlug.value(s));
        if (name.isEmpty())
            name = QStringLiteral("%1-%2.md").arg(++highest, 4, 10, QChar(u'0')).arg(s);
        files.push_back({name, record(model, recommendations, content, int(i), log).toUtf8()});
    }
    return files;
}

} // namespace gw
