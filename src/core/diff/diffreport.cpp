#include "diffreport.h"

#include "../cost/costformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace gw {

namespace {

QString points(int tenths)
{
    return QString::number(tenths / 10.0, 'f', 1);
}

QString signedPoints(int tenths)
{
    return (tenths > 0 ? QStringLiteral("+") : QString()) + points(tenths);
}

QString shown(const QString& value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

QString pick(const std::optional<DecisionOutcome>& o)
{
    if (!o)
        return {};
    if (o->top.isEmpty())
        return QStringLiteral("(every candidate excluded)");
    return QStringLiteral("%1 (%2)").arg(o->top, points(o->topScoreTenths));
}

QString chosen(const std::optional<DecisionOutcome>& o)
{
    return o ? QStringLiteral("%1 (%2)").arg(shown(o->chosen), points(o->chosenScoreTenths)) : QString();
}

// "807.79 -> 262.14 USD a month": what the chosen candidate costs on each side, where either is priced.
QString costChange(const DecisionChange& c)
{
    const std::optional<double> was = c.before ? c.before->chosenUsd : std::nullopt;
    const std::optional<double> now = c.after ? c.after->chosenUsd : std::nullopt;
    if (!was && !now)
        return {};
    const auto usd = [](std::optional<double> v) { return v ? CostFormat::usd(*v) : QStringLiteral("-"); };
    if (!c.before)
        return QStringLiteral("%1 USD a month").arg(usd(now));
    if (!c.after)
        return QStringLiteral("was %1 USD a month").arg(usd(was));
    return QStringLiteral("%1 -> %2 USD a month").arg(usd(was), usd(now));
}

QString withCost(const QString& text, const DecisionChange& c)
{
    if (c.kind == DecisionChange::Kind::ScoreChanged)
        return text; // the same pick: its cost moves only with the usage, which the model diff shows
    const QString cost = costChange(c);
    return cost.isEmpty() ? text : text + QStringLiteral("; cost ") + cost;
}

// "Cost: 2,097 -> 2,217 USD a month (+120) on gcp." when the estimate moved.
QString costLine(const AdviceDiff& a)
{
    if (!a.costChanged())
        return {};
    const auto side = [](const std::optional<CostOutcome>& c) {
        return c ? QStringLiteral("%1 USD a month on %2 (%3 of %4 elements priced)")
                       .arg(CostFormat::usd(c->expectedUsd), c->cloud)
                       .arg(c->priced)
                       .arg(c->elements)
                 : QStringLiteral("not estimated");
    };
    QString delta;
    if (a.costBefore && a.costAfter) {
        const double d = a.costAfter->expectedUsd - a.costBefore->expectedUsd;
        delta = QStringLiteral(" (%1%2)").arg(d >= 0 ? QStringLiteral("+") : QStringLiteral("-"),
                                              CostFormat::usd(std::abs(d)));
    }
    return QStringLiteral("Cost: %1 -> %2%3.").arg(side(a.costBefore), side(a.costAfter), delta);
}

// One line per decision change: what a reviewer reads first.
QString describeChange(const DecisionChange& c)
{
    switch (c.kind) {
    case DecisionChange::Kind::Added:
        return QStringLiteral("now decided: %1").arg(pick(c.after));
    case DecisionChange::Kind::Removed:
        return QStringLiteral("no longer decided (was %1)").arg(pick(c.before));
    case DecisionChange::Kind::TopChanged:
        return QStringLiteral("top pick %1 -> %2").arg(pick(c.before), pick(c.after));
    case DecisionChange::Kind::ChosenChanged:
        return QStringLiteral("chosen %1 -> %2").arg(chosen(c.before), chosen(c.after));
    case DecisionChange::Kind::ScoreChanged:
        break;
    }
    return QStringLiteral("%1 %2 -> %3 (%4)")
        .arg(c.after->top, points(c.before->topScoreTenths), points(c.after->topScoreTenths),
             signedPoints(c.scoreDeltaTenths()));
}

QString describe(const DecisionChange& c)
{
    return withCost(describeChange(c), c);
}

QString summaryLine(const DiffReport& r)
{
    int top = 0, chosenChanged = 0, scores = 0, added = 0, removed = 0;
    for (const DecisionChange& c : r.advice.decisions) {
        switch (c.kind) {
        case DecisionChange::Kind::TopChanged:
            ++top;
            break;
        case DecisionChange::Kind::ChosenChanged:
            ++chosenChanged;
            break;
        case DecisionChange::Kind::ScoreChanged:
            ++scores;
            break;
        case DecisionChange::Kind::Added:
            ++added;
            break;
        case DecisionChange::Kind::Removed:
            ++removed;
            break;
        }
    }
    return QStringLiteral("Model: %1 added, %2 removed, %3 changed. Advice: %4 top picks changed, %5 chosen "
                          "changed, %6 scores changed, %7 decisions added, %8 removed; findings: %9 new, %10 "
                          "resolved.")
               .arg(r.model.count(ElementChange::Kind::Added))
               .arg(r.model.count(ElementChange::Kind::Removed))
               .arg(r.model.count(ElementChange::Kind::Changed))
               .arg(top)
               .arg(chosenChanged)
               .arg(scores)
               .arg(added)
               .arg(removed)
               .arg(r.advice.newFindings.size())
               .arg(r.advice.resolvedFindings.size()) +
           (r.advice.costChanged() ? u' ' + costLine(r.advice) : QString());
}

// "workloads/api"; a single section ("team") by its name alone.
QString elementName(const ElementChange& c)
{
    return c.id == c.section ? c.section : c.section + u'/' + c.id;
}

QString findingText(const FindingOutcome& f)
{
    return QStringLiteral("[%1] %2 on %3: %4").arg(f.severity, f.rule, f.subject, f.message);
}

QString markdownCell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
}

QJsonValue outcomeJson(const std::optional<DecisionOutcome>& o)
{
    if (!o)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("top"), o->top},
                       {QStringLiteral("top_score"), o->topScoreTenths / 10.0},
                       {QStringLiteral("chosen"), o->chosen},
                       {QStringLiteral("chosen_score"), o->chosenScoreTenths / 10.0},
                       {QStringLiteral("margin"),
                        o->marginTenths ? QJsonValue(*o->marginTenths / 10.0) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("chosen_usd"), o->chosenUsd
                                                          ? QJsonValue(std::round(*o->chosenUsd * 100) / 100)
                                                          : QJsonValue(QJsonValue::Null)}};
}

QJsonValue costJson(const std::optional<CostOutcome>& c)
{
    if (!c)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("cloud"), c->cloud},
                       {QStringLiteral("expected_usd"), std::round(c->expectedUsd * 100) / 100},
                       {QStringLiteral("priced"), c->priced},
                       {QStringLiteral("elements"), c->elements}};
}

QJsonArray findingsJson(const QList<FindingOutcome>& findings)
{
    QJsonArray out;
    for (const FindingOutcome& f : findings)
        out.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                               {QStringLiteral("severity"), f.severity},
                               {QStringLiteral("subject"), f.subject},
                               {QStringLiteral("message"), f.message}});
    return out;
}

} // namespace

DiffReport DiffReport::compare(const QString& beforeName, const Model& before,
                               const AdviceSummary& beforeAdvice, const QString& afterName,
                               const Model& after, const AdviceSummary& afterAdvice)
{
    return {beforeName, afterName, ModelDiff::between(before, after),
            AdviceDiff::between(beforeAdvice, afterAdvice)};
}

QString DiffReport::toTable() const
{
    QString out = QStringLiteral("%1 -> %2\n").arg(before, after);
    if (isEmpty())
        return out + QStringLiteral("No differences.\n");
    out += summaryLine(*this) + u'\n';
    if (!model.isEmpty()) {
        out += QStringLiteral("\nModel\n");
        for (const ElementChange& c : model.changes) {
            const QChar mark = c.kind == ElementChange::Kind::Added     ? u'+'
                               : c.kind == ElementChange::Kind::Removed ? u'-'
                                                                        : u'~';
            out += QStringLiteral("  %1 %2\n").arg(mark).arg(elementName(c));
            for (const FieldChange& f : c.fields)
                out += QStringLiteral("      %1: %2 -> %3\n").arg(f.field, shown(f.before), shown(f.after));
        }
    }
    if (!advice.decisions.isEmpty()) {
        out += QStringLiteral("\nDecisions\n");
        for (const DecisionChange& c : advice.decisions)
            out += QStringLiteral("  %1/%2: %3\n").arg(c.subject(), c.decisionKind(), describe(c));
    }
    if (!advice.newFindings.isEmpty() || !advice.resolvedFindings.isEmpty()) {
        out += QStringLiteral("\nFindings\n");
        for (const FindingOutcome& f : advice.newFindings)
            out += QStringLiteral("  new       %1\n").arg(findingText(f));
        for (const FindingOutcome& f : advice.resolvedFindings)
            out += QStringLiteral("  resolved  %1\n").arg(findingText(f));
    }
    return out;
}

QString DiffReport::toMarkdown() const
{
    QString out = QStringLiteral("# Changes: `%1` → `%2`\n\n").arg(before, after);
    if (isEmpty())
        return out + QStringLiteral("No differences.\n");
    out += summaryLine(*this) + QStringLiteral("\n");
    if (!model.isEmpty()) {
        out +=
            QStringLiteral("\n## Model\n\n| change | element | field | old | new |\n|---|---|---|---|---|\n");
        for (const ElementChange& c : model.changes) {
            const QString element = markdownCell(elementName(c));
            if (c.fields.isEmpty())
                out += QStringLiteral("| %1 | %2 | | | |\n").arg(kindName(c.kind), element);
            for (const FieldChange& f : c.fields)
                out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                           .arg(kindName(c.kind), element, f.field, markdownCell(shown(f.before)),
                                markdownCell(shown(f.after)));
        }
    }
    if (!advice.decisions.isEmpty()) {
        out += QStringLiteral("\n## Decisions\n\n| decision | change | before | after | top score Δ |\n"
                              "|---|---|---|---|---|\n");
        for (const DecisionChange& c : advice.decisions) {
            const QString delta = c.before && c.after ? signedPoints(c.scoreDeltaTenths()) : QString();
            const bool chosenChange = c.kind == DecisionChange::Kind::ChosenChanged;
            const auto cell = [&](const std::optional<DecisionOutcome>& side) {
                QString text = chosenChange ? chosen(side) : pick(side);
                if (side && side->chosenUsd && c.kind != DecisionChange::Kind::ScoreChanged)
                    text += QStringLiteral(", %1 USD a month").arg(CostFormat::usd(*side->chosenUsd));
                return markdownCell(text);
            };
            out += QStringLiteral("| %1/%2 | %3 | %4 | %5 | %6 |\n")
                       .arg(c.subject(), c.decisionKind(), kindName(c.kind), cell(c.before), cell(c.after),
                            delta);
        }
    }
    if (!advice.newFindings.isEmpty() || !advice.resolvedFindings.isEmpty()) {
        out += QStringLiteral("\n## Findings\n\n");
        for (const FindingOutcome& f : advice.newFindings)
            out += QStringLiteral("- **new** %1\n").arg(markdownCell(findingText(f)));
        for (const FindingOutcome& f : advice.resolvedFindings)
            out += QStringLiteral("- **resolved** %1\n").arg(markdownCell(findingText(f)));
    }
    return out;
}

QByteArray DiffReport::toJson() const
{
    QJsonArray changes;
    for (const ElementChange& c : model.changes) {
        QJsonArray fields;
        for (const FieldChange& f : c.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                      {QStringLiteral("old"), f.before},
                                      {QStringLiteral("new"), f.after}});
        changes.append(QJsonObject{{QStringLiteral("section"), c.section},
                                   {QStringLiteral("id"), c.id},
                                   {QStringLiteral("change"), kindName(c.kind)},
                                   {QStringLiteral("fields"), fields}});
    }
    QJsonArray decisions;
    for (const DecisionChange& c : advice.decisions) {
        decisions.append(QJsonObject{
            {QStringLiteral("subject"), c.subject()},
            {QStringLiteral("kind"), c.decisionKind()},
            {QStringLiteral("change"), kindName(c.kind)},
            {QStringLiteral("old"), outcomeJson(c.before)},
            {QStringLiteral("new"), outcomeJson(c.after)},
            {QStringLiteral("top_score_delta"),
             c.before && c.after ? QJsonValue(c.scoreDeltaTenths() / 10.0) : QJsonValue(QJsonValue::Null)}});
    }
    const QJsonObject root{
        {QStringLiteral("old"), before},
        {QStringLiteral("new"), after},
        {QStringLiteral("different"), !isEmpty()},
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("changes"), changes}}},
        {QStringLiteral("advice"),
         QJsonObject{
             {QStringLiteral("decisions"), decisions},
             {QStringLiteral("cost"), QJsonObject{{QStringLiteral("old"), costJson(advice.costBefore)},
                                                  {QStringLiteral("new"), costJson(advice.costAfter)},
                                                  {QStringLiteral("changed"), advice.costChanged()}}},
             {QStringLiteral("findings"),
              QJsonObject{{QStringLiteral("new"), findingsJson(advice.newFindings)},
                          {QStringLiteral("resolved"), findingsJson(advice.resolvedFindings)}}}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace gw
