#include "recommendationformat.h"

#include "catalog.h"
#include "tenths.h"

#include <QHash>
#include <QSet>

namespace gw {

namespace {

// A small JSON writer that keeps keys in the order given (QJsonObject sorts them) and writes every
// number with one decimal, as the contract shows. It writes UTF-8 as it goes, and escapes each distinct
// text once: a large model repeats the same rationales thousands of times.
class JsonWriter
{
public:
    explicit JsonWriter(const std::function<void(const QByteArray&)>& sink) : m_sink(sink)
    {
        m_out.reserve(kChunk + kChunk / 4);
    }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const QString& k)
    {
        separate();
        m_out += quoted(k);
        m_out += ": ";
        m_afterKey = true;
    }
    void string(const QString& s)
    {
        separate();
        m_out += quoted(s);
    }
    void tenths(qint64 t) { value(formatTenths(t).toLatin1()); }
    void integer(qint64 i) { value(QByteArray::number(i)); }
    void cents(double usd) { value(QByteArray::number(usd, 'f', 2)); }
    void boolean(bool b) { value(b ? QByteArrayLiteral("true") : QByteArrayLiteral("false")); }
    void null() { value(QByteArrayLiteral("null")); }
    void field(const QString& k, const QString& s)
    {
        key(k);
        string(s);
    }

    void finish()
    {
        m_out += '\n';
        m_sink(m_out);
        m_out.clear();
    }

private:
    // Texts that share their data (a rule's rationale in every reason it gives) share one escaped copy.
    const QByteArray& quoted(const QString& s)
    {
        const auto key = std::make_pair(static_cast<const void*>(s.constData()), s.size());
        if (const auto it = m_quoted.constFind(key); it != m_quoted.cend() && it->first == s)
            return it->second;
        QByteArray out;
        const QByteArray utf8 = s.toUtf8();
        out.reserve(utf8.size() + 2);
        out += '"';
        for (const char c : utf8) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20)
                    out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QChar(u'0')).toLatin1();
                else
                    out += c;
            }
        }
        out += '"';
        return m_quoted.insert(key, {s, out}).value().second;
    }
    void value(const QByteArray& text)
    {
        separate();
        m_out += text;
    }
    void separate()
    {
        // Handed on in chunks: a large model writes tens of megabytes, which need never be in memory at once.
        if (m_out.size() >= kChunk) {
            m_sink(m_out);
            m_out.clear();
        }
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.isEmpty())
            return;
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        m_out += '\n';
        m_out.append(m_first.size() * 2, ' ');
    }
    void open(char c)
    {
        separate();
        m_out += c;
        m_first.append(true);
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.removeLast();
        if (!empty) {
            m_out += '\n';
            m_out.append(m_first.size() * 2, ' ');
        }
        m_out += c;
    }

    static constexpr qsizetype kChunk = 1 << 20;
    std::function<void(const QByteArray&)> m_sink;
    QByteArray m_out;
    QList<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
    // (data, size) of a text -> the text (kept, so its data is not reused by another) and its escaped form
    QHash<std::pair<const void*, qsizetype>, std::pair<QString, QByteArray>> m_quoted;
};

QString severityName(FindingSeverity s)
{
    return enumNames<FindingSeverity>()[int(s)];
}

QString pinnedState(PinnedChoice::State s)
{
    switch (s) {
    case PinnedChoice::State::Ranked:
        return QStringLiteral("ranked");
    case PinnedChoice::State::Excluded:
        return QStringLiteral("excluded");
    case PinnedChoice::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString elide(const QString& s, int width)
{
    if (width <= 0)
        return {};
    if (s.size() <= width)
        return s;
    return s.left(width - 1) + QChar(0x2026);
}

QString pad(const QString& s, int width)
{
    return elide(s, width).leftJustified(width);
}

// "margin 1.2, no clear winner" or "margin 0.0, tie: simplest first".
QString marginText(const DecisionResult& d)
{
    if (!d.marginTenths)
        return QString();
    QString out = QStringLiteral("margin ") + formatTenths(*d.marginTenths);
    if (d.tieBroken)
        out += QStringLiteral(", tie: simplest first");
    else if (!d.clearWinner())
        out += QStringLiteral(", no clear winner");
    return out;
}

// "cost +2.1 (8.0 vs 5.0)": what carries the top pick past the runner-up.
QString leadsText(const DecisionResult& d)
{
    const QStringList qualities = enumNames<Quality>();
    QStringList parts;
    for (const Lead& l : d.leads())
        parts.append(QStringLiteral("%1 +%2 (%3 vs %4)")
                         .arg(qualities[int(l.quality)], formatTenths(l.pointsTenths),
                              formatTenths(l.topTenths), formatTenths(l.runnerUpTenths)));
    return parts.join(QStringLiteral(", "));
}

QString excludedBy(const Exclusion& x)
{
    return (x.byFinding ? QStringLiteral("finding ") : QString()) + x.rule;
}

QString mdEscape(QString s)
{
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'\n', u' ');
    return s;
}

} // namespace

namespace {

// "functions 807.79 (gcp), managed-containers 262.14 (gcp) USD": what the first `shown` candidates would
// cost a month, those that are priced; empty when none is.
QString costsText(const DecisionResult& d, int shown)
{
    QStringList parts;
    for (int i = 0; i < d.ranking.size() && i < shown; ++i) {
        const RankedCandidate& c = d.ranking[i];
        if (c.monthlyUsd)
            parts.append(QStringLiteral("%1 %2 (%3)")
                             .arg(c.candidate, QString::number(c.monthlyUsd->expected, 'f', 2),
                                  enumName(c.costCloud)));
    }
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(", ")) + QStringLiteral(" USD");
}

// {"low": L, "expected": E, "high": H, "cloud": C} in USD a month, or null where nothing is priced.
void writeCost(JsonWriter& j, const std::optional<CostRange>& cost, Cloud cloud)
{
    if (!cost) {
        j.null();
        return;
    }
    j.beginObject();
    j.key(QStringLiteral("low"));
    j.cents(cost->low);
    j.key(QStringLiteral("expected"));
    j.cents(cost->expected);
    j.key(QStringLiteral("high"));
    j.cents(cost->high);
    j.field(QStringLiteral("cloud"), enumName(cloud));
    j.endObject();
}

} // namespace

QByteArray RecommendationFormat::toJson(const Recommendations& r)
{
    QByteArray out;
    writeJson(r, [&out](const QByteArray& chunk) { out += chunk; });
    return out;
}

void RecommendationFormat::writeJson(const Recommendations& r,
                                     const std::function<void(const QByteArray&)>& sink)
{
    const QStringList qualities = enumNames<Quality>();
    JsonWriter j(sink);
    j.beginObject();
    j.field(QStringLiteral("model"), r.model);
    j.key(QStringLiteral("decisions"));
    j.beginArray();
    for (const DecisionResult& d : r.decisions) {
        j.beginObject();
        j.field(QStringLiteral("subject"), d.subject);
        j.field(QStringLiteral("kind"), d.kind.name());
        j.key(QStringLiteral("pinned"));
        if (!d.pinned) {
            j.null();
        } else {
            const PinnedChoice& p = *d.pinned;
            j.beginObject();
            j.field(QStringLiteral("candidate"), p.candidate);
            if (!p.pinnedAs.isEmpty())
                j.field(QStringLiteral("pinned_as"), p.pinnedAs);
            j.field(QStringLiteral("status"), enumNames<DecisionStatus>()[int(p.status)]);
            j.field(QStringLiteral("state"), pinnedState(p.state));
            if (p.state == PinnedChoice::State::Ranked) {
                j.key(QStringLiteral("rank"));
                j.integer(p.rank);
                j.key(QStringLiteral("score"));
                j.tenths(p.scoreTenths);
                j.key(QStringLiteral("behind"));
                j.tenths(p.behindTenths);
            } else if (p.state == PinnedChoice::State::Excluded) {
                j.field(QStringLiteral("excluded_by"), p.excludedBy);
            }
            j.field(QStringLiteral("reason"), p.reason);
            j.endObject();
        }
        j.key(QStringLiteral("ranking"));
        j.beginArray();
        for (const RankedCandidate& c : d.ranking) {
            j.beginObject();
            j.field(QStringLiteral("candidate"), c.candidate);
            j.field(QStringLiteral("family"), c.family);
            j.key(QStringLiteral("score"));
            j.tenths(c.scoreTenths);
            j.key(QStringLiteral("breakdown"));
            j.beginObject();
            for (std::size_t q = 0; q < kQualityCount; ++q) {
                j.key(qualities[int(q)]);
                j.tenths(c.breakdownTenths[q]);
            }
            j.endObject();
            j.key(QStringLiteral("reasons"));
            j.beginArray();
            for (const Reason& reason : c.reasons) {
                j.beginObject();
                j.field(QStringLiteral("rule"), reason.rule);
                j.field(QStringLiteral("effect"), reason.effect);
                j.field(QStringLiteral("rationale"), reason.rationale);
                j.field(QStringLiteral("source"), reason.source);
                j.endObject();
            }
            j.endArray();
            if (r.cost) {
                j.key(QStringLiteral("monthly_usd"));
                writeCost(j, c.monthlyUsd, c.costCloud);
            }
            j.endObject();
        }
        j.endArray();
        j.key(QStringLiteral("excluded"));
        j.beginArray();
        for (const Exclusion& x : d.excluded) {
            j.beginObject();
            j.field(QStringLiteral("candidate"), x.candidate);
            j.field(QStringLiteral("rule"), x.rule);
            j.field(QStringLiteral("rationale"), x.rationale);
            j.field(QStringLiteral("source"), x.source);
            if (x.byFinding) {
                j.key(QStringLiteral("by_finding"));
                j.boolean(true);
            }
            j.endObject();
        }
        j.endArray();
        j.key(QStringLiteral("margin"));
        if (d.marginTenths)
            j.tenths(*d.marginTenths);
        else
            j.null();
        j.key(QStringLiteral("clear_winner"));
        j.boolean(d.clearWinner());
        j.key(QStringLiteral("tie_broken"));
        j.boolean(d.tieBroken);
        j.key(QStringLiteral("leads"));
        j.beginArray();
        for (const Lead& l : d.leads()) {
            j.beginObject();
            j.field(QStringLiteral("quality"), qualities[int(l.quality)]);
            j.key(QStringLiteral("points"));
            j.tenths(l.pointsTenths);
            j.key(QStringLiteral("top"));
            j.tenths(l.topTenths);
            j.key(QStringLiteral("runner_up"));
            j.tenths(l.runnerUpTenths);
            j.field(QStringLiteral("rationale"), l.rationale);
            j.field(QStringLiteral("source"), l.source);
            j.key(QStringLiteral("rules"));
            j.beginArray();
            for (const QString& rule : l.rules)
                j.string(rule);
            j.endArray();
            j.endObject();
        }
        j.endArray();
        j.key(QStringLiteral("despite"));
        j.beginArray();
        for (const Finding& f : d.despite) {
            j.beginObject();
            j.field(QStringLiteral("rule"), f.rule);
            j.field(QStringLiteral("severity"), severityName(f.severity));
            j.field(QStringLiteral("subject"), f.subject);
            j.field(QStringLiteral("message"), f.message);
            j.endObject();
        }
        j.endArray();
        j.key(QStringLiteral("sensitivity"));
        j.beginObject();
        j.key(QStringLiteral("stable"));
        j.boolean(d.sensitivity().stable);
        j.field(QStringLiteral("summary"), d.sensitivity().summary);
        j.key(QStringLiteral("flips"));
        j.beginArray();
        for (const SensitivityFlip& f : d.sensitivity().flips) {
            j.beginObject();
            j.field(QStringLiteral("priority"), qualities[int(f.quality)]);
            j.key(QStringLiteral("from"));
            j.integer(f.from);
            j.key(QStringLiteral("to"));
            j.integer(f.to);
            j.field(QStringLiteral("new_top"), f.newTop);
            j.endObject();
        }
        j.endArray();
        j.key(QStringLiteral("load"));
        j.beginArray();
        for (const LoadCrossover& c : d.sensitivity().load) {
            j.beginObject();
            j.field(QStringLiteral("field"), c.field);
            j.key(QStringLiteral("now"));
            j.cents(c.now);
            j.key(c.rising ? QStringLiteral("above") : QStringLiteral("below"));
            j.cents(c.at);
            j.field(QStringLiteral("new_top"), c.newTop);
            j.endObject();
        }
        j.endArray();
        if (!d.sensitivity().loadSummary.isEmpty())
            j.field(QStringLiteral("load_summary"), d.sensitivity().loadSummary);
        j.endObject();
        j.endObject();
    }
    j.endArray();
    j.key(QStringLiteral("findings"));
    j.beginArray();
    for (const Finding& f : r.findings) {
        j.beginObject();
        j.field(QStringLiteral("rule"), f.rule);
        j.field(QStringLiteral("severity"), severityName(f.severity));
        j.field(QStringLiteral("subject"), f.subject);
        j.field(QStringLiteral("message"), f.message);
        j.field(QStringLiteral("recommendation"), f.recommendation);
        j.field(QStringLiteral("source"), f.source);
        j.endObject();
    }
    j.endArray();
    if (r.cost) {
        j.key(QStringLiteral("cost"));
        j.beginObject();
        j.field(QStringLiteral("currency"), QStringLiteral("USD"));
        j.field(QStringLiteral("cloud"), enumName(r.cost->cloud));
        j.key(QStringLiteral("prices_checked"));
        if (r.cost->pricesChecked.isValid())
            j.string(r.cost->pricesChecked.toString(Qt::ISODate));
        else
            j.null();
        j.key(QStringLiteral("priced"));
        j.integer(r.cost->priced);
        j.key(QStringLiteral("elements"));
        j.integer(r.cost->elements);
        j.key(QStringLiteral("second_region"));
        if (r.cost->secondRegion.isEmpty())
            j.null();
        else
            j.string(r.cost->secondRegion);
        j.key(QStringLiteral("total"));
        writeCost(j, r.cost->priced ? std::optional<CostRange>(r.cost->total) : std::nullopt, r.cost->cloud);
        j.endObject();
    }
    // Each candidate the decisions name, once: its base scores and why, which reasons add to.
    if (r.catalog) {
        QSet<QString> named;
        for (const DecisionResult& d : r.decisions) {
            for (const RankedCandidate& c : d.ranking)
                named.insert(c.candidate);
            for (const Exclusion& x : d.excluded)
                named.insert(x.candidate);
        }
        QStringList ids(named.begin(), named.end());
        ids.sort();
        j.key(QStringLiteral("candidates"));
        j.beginObject();
        for (const QString& id : ids) {
            const Candidate* c = r.catalog->candidate(id);
            if (!c)
                continue;
            j.key(id);
            j.beginObject();
            j.field(QStringLiteral("kind"), c->kind.name());
            j.field(QStringLiteral("family"), c->family);
            j.field(QStringLiteral("label"), c->displayLabel());
            j.field(QStringLiteral("summary"), c->summary);
            j.field(QStringLiteral("service"), c->services.on(r.cloud));
            j.key(QStringLiteral("base"));
            j.beginObject();
            for (std::size_t q = 0; q < kQualityCount; ++q) {
                const AttributeScore& s = c->scores[q];
                j.key(qualities[int(q)]);
                j.beginObject();
                j.key(QStringLiteral("score"));
                j.tenths(s.tenths);
                j.field(QStringLiteral("rationale"), s.rationale);
                j.field(QStringLiteral("source"), s.source.isEmpty() ? c->source : s.source);
                j.endObject();
            }
            j.endObject();
            j.endObject();
        }
        j.endObject();
    }
    j.endObject();
    j.finish();
}

QString RecommendationFormat::toTable(const Recommendations& r, int width)
{
    constexpr int kShown = 5;
    width = std::max(width, 60);
    int counts[3] = {0, 0, 0};
    for (const Finding& f : r.findings)
        ++counts[int(f.severity)];
    QString out = QStringLiteral("%1: %2 decisions, %3 findings (%4 high, %5 medium, %6 low)\n")
                      .arg(r.model)
                      .arg(r.decisions.size())
                      .arg(r.findings.size())
                      .arg(counts[0])
                      .arg(counts[1])
                      .arg(counts[2]);
    const int idWidth = 22;
    const int familyWidth = 23;
    for (const DecisionResult& d : r.decisions) {
        out += u'\n';
        const QString title = d.subject + QStringLiteral(" / ") + d.kind.name();
        const QString margin = marginText(d);
        QString head = pad(title, width - margin.size() - 1) + u' ' + margin;
        while (head.endsWith(u' '))
            head.chop(1);
        out += head + u'\n';
        for (int i = 0; i < d.ranking.size() && i < kShown; ++i) {
            const RankedCandidate& c = d.ranking[i];
            const bool isPinned = d.pinned && d.pinned->candidate == c.candidate;
            QString line =
                QStringLiteral("  %1 %2 %3 %4")
                    .arg(QString::number(i + 1).rightJustified(2) + u'.', pad(c.candidate, idWidth),
                         pad(c.family, familyWidth), formatTenths(c.scoreTenths).rightJustified(5));
            if (isPinned)
                line += QStringLiteral("  [pinned]");
            if (i == 0 && !c.reasons.isEmpty()) {
                QStringList parts;
                for (const Reason& reason : c.reasons)
                    parts.append(reason.effect + QStringLiteral(" (") + reason.rule + u')');
                line += QStringLiteral("  ") + parts.join(QStringLiteral("; "));
            }
            out += elide(line, width) + u'\n';
        }
        if (d.ranking.size() > kShown)
            out += QStringLiteral("      ... %1 more\n").arg(d.ranking.size() - kShown);
        if (!d.leads().isEmpty())
            out += elide(QStringLiteral("   leads on: ") + leadsText(d), width) + u'\n';
        if (const QString costs = costsText(d, kShown); !costs.isEmpty())
            out += elide(QStringLiteral("   cost a month: ") + costs, width) + u'\n';
        for (const Finding& f : d.despite)
            out += elide(QStringLiteral("   despite: %1 (%2)").arg(f.rule, severityName(f.severity)), width) +
                   u'\n';
        for (const Exclusion& x : d.excluded)
            out += elide(QStringLiteral("   x  %1 excluded by %2").arg(x.candidate, excludedBy(x)), width) +
                   u'\n';
        if (d.pinned && d.pinned->state != PinnedChoice::State::Ranked)
            out += elide(QStringLiteral("   pinned: %1 (%2)")
                             .arg(d.pinned->candidate,
                                  d.pinned->state == PinnedChoice::State::Excluded
                                      ? QStringLiteral("excluded by ") + d.pinned->excludedBy
                                      : QStringLiteral("not a candidate of this decision")),
                         width) +
                   u'\n';
        else if (d.pinned && d.pinned->rank > kShown)
            out += elide(QStringLiteral("   pinned: %1 (rank %2, %3)")
                             .arg(d.pinned->candidate)
                             .arg(d.pinned->rank)
                             .arg(formatTenths(d.pinned->scoreTenths)),
                         width) +
                   u'\n';
        out += elide(QStringLiteral("   ") + d.sensitivity().summary, width) + u'\n';
        if (!d.sensitivity().loadSummary.isEmpty())
            out += elide(QStringLiteral("   ") + d.sensitivity().loadSummary, width) + u'\n';
    }
    if (!r.findings.isEmpty()) {
        out += QStringLiteral("\nFindings\n");
        for (const Finding& f : r.findings) {
            out += elide(QStringLiteral("  %1 %2 %3")
                             .arg(pad(severityName(f.severity).toUpper(), 6), pad(f.subject, 20), f.rule),
                         width) +
                   u'\n';
            // The message and recommendation wrap rather than lose words.
            for (const QString& text : QStringList{f.message, QStringLiteral("-> ") + f.recommendation}) {
                QString line = QStringLiteral("        ");
                for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
                    if (line.size() + word.size() + 1 > width && line.trimmed().size() > 0) {
                        out += line + u'\n';
                        line = QStringLiteral("        ");
                    }
                    line += (line.endsWith(u' ') ? QString() : QStringLiteral(" ")) + word;
                }
                out += line + u'\n';
            }
        }
    }
    return out;
}

QString RecommendationFormat::toMarkdown(const Recommendations& r)
{
    const QStringList qualities = enumNames<Quality>();
    QString out = QStringLiteral("# Recommendations: %1\n\n").arg(mdEscape(r.model));
    out += QStringLiteral("%1 decisions, %2 findings.\n\n").arg(r.decisions.size()).arg(r.findings.size());
    out += QStringLiteral("## Decisions\n");
    for (const DecisionResult& d : r.decisions) {
        out += QStringLiteral("\n### %1: %2\n\n").arg(mdEscape(d.subject), d.kind.name());
        if (d.chosen.isValid()) {
            out +=
                QStringLiteral("**%1** (%2), %3")
                    .arg(mdEscape(d.chosen.label), d.chosen.family, mdEscape(d.chosen.services.on(r.cloud)));
            out += d.pinned ? QStringLiteral(": pinned") : QStringLiteral(": top pick");
            if (d.marginTenths)
                out += QStringLiteral(", ") + marginText(d);
            out += QStringLiteral(".\n");
            if (!d.leads().isEmpty()) {
                const QStringList qualities = enumNames<Quality>();
                out += QStringLiteral("\nWhat decides it, against %1:\n\n")
                           .arg(mdEscape(d.ranking[1].candidate));
                for (const Lead& l : d.leads()) {
                    out += QStringLiteral("- %1 +%2 points (%3 vs %4): %5")
                               .arg(qualities[int(l.quality)], formatTenths(l.pointsTenths),
                                    formatTenths(l.topTenths), formatTenths(l.runnerUpTenths),
                                    mdEscape(l.rationale));
                    if (!l.rules.isEmpty())
                        out += QStringLiteral(" Rules: `%1`.").arg(l.rules.join(QStringLiteral("`, `")));
                    out += u'\n';
                }
            }
            for (const Finding& f : d.despite)
                out += QStringLiteral("- Picked despite `%1` (%2): %3\n")
                           .arg(f.rule, severityName(f.severity), mdEscape(f.message));
            out += u'\n';
        } else {
            out += QStringLiteral("No candidate left: every one is excluded.\n");
        }
        out += QStringLiteral("Sensitivity: %1.\n").arg(mdEscape(d.sensitivity().summary));
        if (!d.sensitivity().loadSummary.isEmpty())
            out += QStringLiteral("Load: %1.\n").arg(mdEscape(d.sensitivity().loadSummary));
        out += u'\n';
        if (!d.ranking.isEmpty()) {
            const bool priced = r.cost.has_value();
            out +=
                priced
                    ? QStringLiteral("| # | Candidate | Family | Score | Cost a month | Reasons |\n"
                                     "|---|---|---|---|--:|---|\n")
                    : QStringLiteral("| # | Candidate | Family | Score | Reasons |\n|---|---|---|---|---|\n");
            for (int i = 0; i < d.ranking.size(); ++i) {
                const RankedCandidate& c = d.ranking[i];
                QStringList reasons;
                for (const Reason& reason : c.reasons)
                    reasons.append(QStringLiteral("%1 (`%2`)").arg(reason.effect, reason.rule));
                const QString cost =
                    !priced ? QString()
                    : c.monthlyUsd
                        ? QStringLiteral(" %1 USD (%2) |")
                              .arg(QString::number(c.monthlyUsd->expected, 'f', 2), enumName(c.costCloud))
                        : QStringLiteral(" - |");
                out += QStringLiteral("| %1 | %2%3 | %4 | %5 |%7 %6 |\n")
                           .arg(i + 1)
                           .arg(mdEscape(c.candidate),
                                d.pinned && d.pinned->candidate == c.candidate ? QStringLiteral(" (pinned)")
                                                                               : QString(),
                                c.family, formatTenths(c.scoreTenths),
                                mdEscape(reasons.join(QStringLiteral("; "))), cost);
            }
        }
        for (const Exclusion& x : d.excluded)
            out += QStringLiteral("- Excluded **%1** by %2`%3`: %4\n")
                       .arg(mdEscape(x.candidate), x.byFinding ? QStringLiteral("finding ") : QString(),
                            x.rule, mdEscape(x.rationale));
    }
    out += QStringLiteral("\n## Findings\n\n");
    if (r.findings.isEmpty()) {
        out += QStringLiteral("None.\n");
        return out;
    }
    out +=
        QStringLiteral("| Severity | Subject | Finding | Recommendation | Source |\n|---|---|---|---|---|\n");
    for (const Finding& f : r.findings) {
        out += QStringLiteral("| %1 | %2 | %3 (`%4`) | %5 | %6 |\n")
                   .arg(severityName(f.severity), mdEscape(f.subject), mdEscape(f.message), f.rule,
                        mdEscape(f.recommendation), mdEscape(f.source));
    }
    return out;
}

} // namespace gw
