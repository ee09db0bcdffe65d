#include "portfolio.h"

#include "core/rules/catalog.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gw {

namespace {

QString usd(double value)
{
    return QStringLiteral("$") + QString::number(value, 'f', 2);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

const DecisionLogEntry* pinFor(const PortfolioModel& model, const DecisionOutcome& decision)
{
    for (const DecisionLogEntry& pin : model.pins) {
        if (pin.subject == decision.subject && pin.kind == decision.kind && pin.choice == decision.chosen &&
            pin.status != LoggedStatus::Rejected)
            return &pin;
    }
    return nullptr;
}

} // namespace

Portfolio Portfolio::build(const QList<PortfolioModel>& models, const Catalog& catalog)
{
    Portfolio p;
    p.m_modelCount = int(models.size());
    QHash<QString, qsizetype> radarIndex; // kind + '\n' + candidate -> m_radar
    QHash<QString, RuleFindings> rules;
    QMap<QString, CostCentre> costs;
    for (const PortfolioModel& model : models) {
        for (const DecisionOutcome& decision : model.decisions) {
            if (decision.chosen.isEmpty())
                continue;
            const bool pinned = pinFor(model, decision) != nullptr;
            const QString key = decision.kind + u'\n' + decision.chosen;
            auto at = radarIndex.constFind(key);
            if (at == radarIndex.constEnd()) {
                const Candidate* candidate = catalog.candidate(decision.chosen);
                at = radarIndex.insert(key, p.m_radar.size());
                p.m_radar.append({decision.kind,
                                  decision.chosen,
                                  candidate ? candidate->displayLabel() : decision.chosen,
                                  0,
                                  0,
                                  {}});
            }
            RadarEntry& entry = p.m_radar[*at];
            ++entry.decisions;
            entry.pinned += pinned ? 1 : 0;
            if (entry.models.isEmpty() || entry.models.last() != model.name)
                entry.models.append(model.name);
            p.m_uses.append(
                {decision.chosen, model.name, model.ownerTeam, decision.subject, decision.kind, pinned});
        }

        ModelFindings findings{model.name, model.ownerTeam, 0, int(model.findings.size())};
        QSet<QString> highRulesHere;
        for (const FindingOutcome& finding : model.findings) {
            if (finding.severity != QStringLiteral("high"))
                continue;
            ++findings.high;
            RuleFindings& rule = rules[finding.rule];
            rule.rule = finding.rule;
            ++rule.findings;
            if (!highRulesHere.contains(finding.rule)) {
                highRulesHere.insert(finding.rule);
                ++rule.models;
            }
        }
        p.m_findings.append(findings);

        const std::optional<Cloud> cloud = enumFromString<Cloud>(model.cloud);
        const auto concrete =
            cloud ? std::find(kConcreteClouds.begin(), kConcreteClouds.end(), *cloud) : kConcreteClouds.end();
        for (const DecisionLogEntry& pin : model.pins) {
            const Candidate* candidate = catalog.candidate(pin.choice);
            if (!candidate || concrete == kConcreteClouds.end() || pin.status == LoggedStatus::Rejected)
                continue;
            const CloudOffering& offering =
                candidate->offerings[std::size_t(concrete - kConcreteClouds.begin())];
            if (offering.openForNewWork())
                continue;
            p.m_retiring.append({model.name, pin.subject, pin.kind, pin.choice, model.cloud,
                                 enumName(offering.status), offering.effective, offering.successor});
        }

        CostCentre& centre = costs[model.costCentre];
        centre.costCentre = model.costCentre;
        ++centre.models;
        if (model.monthlyUsd)
            centre.monthlyUsd += *model.monthlyUsd;
        else
            ++centre.unpriced;
    }
    std::stable_sort(p.m_radar.begin(), p.m_radar.end(), [](const RadarEntry& a, const RadarEntry& b) {
        return a.kind != b.kind             ? a.kind < b.kind
               : a.decisions != b.decisions ? a.decisions > b.decisions
                                            : a.candidate < b.candidate;
    });
    std::stable_sort(p.m_findings.begin(), p.m_findings.end(),
                     [](const ModelFindings& a, const ModelFindings& b) {
                         return a.high != b.high ? a.high > b.high : a.model < b.model;
                     });
    p.m_highRules = rules.values();
    std::sort(p.m_highRules.begin(), p.m_highRules.end(), [](const RuleFindings& a, const RuleFindings& b) {
        return a.models != b.models ? a.models > b.models : a.rule < b.rule;
    });
    p.m_costs = costs.values();
    return p;
}

QList<Portfolio::Use> Portfolio::usesOf(const QString& candidate) const
{
    QList<Use> out;
    for (const Use& use : m_uses) {
        if (use.candidate == candidate)
            out.append(use);
    }
    return out;
}

namespace {

// The sections as rows, shared by the table and the Markdown.
struct Section
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QString empty;
};

QList<Section> sections(const Portfolio& p)
{
    QList<Section> out;
    Section radar{QStringLiteral("Technology radar: what the models pick"),
                  {QStringLiteral("DECISION"), QStringLiteral("CANDIDATE"), QStringLiteral("CHOSEN"),
                   QStringLiteral("PINNED"), QStringLiteral("MODELS")},
                  {},
                  QStringLiteral("No model was saved with its advice.")};
    for (const Portfolio::RadarEntry& e : p.radar())
        radar.rows.append({e.kind, e.label, QString::number(e.decisions), QString::number(e.pinned),
                           e.models.join(QStringLiteral(", "))});
    out.append(radar);

    Section findings{
        QStringLiteral("Where the HIGH findings are"),
        {QStringLiteral("MODEL"), QStringLiteral("OWNER"), QStringLiteral("HIGH"), QStringLiteral("ALL")},
        {},
        QStringLiteral("No models.")};
    for (const Portfolio::ModelFindings& f : p.findings())
        findings.rows.append({f.model, orDash(f.owner), QString::number(f.high), QString::number(f.total)});
    out.append(findings);

    Section rules{QStringLiteral("HIGH findings by rule"),
                  {QStringLiteral("RULE"), QStringLiteral("MODELS"), QStringLiteral("FINDINGS")},
                  {},
                  QStringLiteral("No HIGH findings.")};
    for (const Portfolio::RuleFindings& r : p.highRules())
        rules.rows.append({r.rule, QString::number(r.models), QString::number(r.findings)});
    out.append(rules);

    Section retiring{QStringLiteral("Pinned services that are closed to new work or retiring"),
                     {QStringLiteral("MODEL"), QStringLiteral("DECISION"), QStringLiteral("CANDIDATE"),
                      QStringLiteral("CLOUD"), QStringLiteral("STATUS"), QStringLiteral("FROM"),
                      QStringLiteral("SUCCESSOR")},
                     {},
                     QStringLiteral("None.")};
    for (const Portfolio::RetiringPin& r : p.retiringPins())
        retiring.rows.append({r.model, r.subject + u'/' + r.kind, r.candidate, r.cloud, r.status,
                              r.effective.isValid() ? r.effective.toString(Qt::ISODate) : QStringLiteral("-"),
                              orDash(r.successor)});
    out.append(retiring);

    Section costs{QStringLiteral("Monthly cost by cost centre (expected, USD)"),
                  {QStringLiteral("COST CENTRE"), QStringLiteral("MODELS"), QStringLiteral("A MONTH"),
                   QStringLiteral("NOT PRICED")},
                  {},
                  QStringLiteral("No models.")};
    for (const Portfolio::CostCentre& c : p.costs())
        costs.rows.append({c.costCentre.isEmpty() ? QStringLiteral("(none)") : c.costCentre,
                           QString::number(c.models), usd(c.monthlyUsd), QString::number(c.unpriced)});
    out.append(costs);
    return out;
}

Section usesSection(const Portfolio& p, const QString& candidate)
{
    Section uses{
        QStringLiteral("Models that pick %1").arg(candidate),
        {QStringLiteral("MODEL"), QStringLiteral("OWNER"), QStringLiteral("DECISION"), QStringLiteral("HOW")},
        {},
        QStringLiteral("No model picks or pins %1.").arg(candidate)};
    for (const Portfolio::Use& u : p.usesOf(candidate))
        uses.rows.append({u.model, orDash(u.owner), u.subject + u'/' + u.kind,
                          u.pinned ? QStringLiteral("pinned") : QStringLiteral("recommended")});
    return uses;
}

QString asTable(const QList<Section>& list)
{
    QString out;
    for (const Section& s : list) {
        if (!out.isEmpty())
            out += u'\n';
        out += s.title + QStringLiteral(":\n");
        out += s.rows.isEmpty() ? QStringLiteral("  ") + s.empty + u'\n' : alignedTable(s.header, s.rows);
    }
    return out;
}

QString asMarkdown(const QList<Section>& list, const QString& heading)
{
    QString out = QStringLiteral("# ") + heading + QStringLiteral("\n");
    for (const Section& s : list) {
        out += QStringLiteral("\n## ") + s.title + QStringLiteral("\n\n");
        out += s.rows.isEmpty() ? s.empty + u'\n' : markdownTable(s.header, s.rows);
    }
    return out;
}

// Close to the review report's look, and it prints.
constexpr const char* kPortfolioCss = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; color: #1d2329; max-width: 72rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
p.lead { color: #56606b; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #d8dde3; vertical-align: top; }
th { background: #f2f4f7; font-weight: 600; }
td.number { text-align: right; white-space: nowrap; }
p.empty { color: #56606b; font-style: italic; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
)";

bool numeric(const QString& cell)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$?-?[0-9][0-9.,]*$"));
    return pattern.match(cell).hasMatch();
}

QString asHtml(const QList<Section>& list, const QString& heading, const QString& lead)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n<h1>%1</h1>\n"
                                 "<p class=\"lead\">%3</p>\n")
                      .arg(heading.toHtmlEscaped(), QString::fromUtf8(kPortfolioCss), lead.toHtmlEscaped());
    for (const Section& s : list) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(s.title.toHtmlEscaped());
        if (s.rows.isEmpty()) {
            out += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(s.empty.toHtmlEscaped());
            continue;
        }
        // cellpadding for Qt's rich text (the app's view), which does not apply the CSS padding.
        out += QStringLiteral("<table cellpadding=\"5\" cellspacing=\"0\">\n<thead><tr>");
        for (const QString& h : s.header)
            out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList& row : s.rows) {
            out += QStringLiteral("<tr>");
            for (const QString& cell : row)
                out += (numeric(cell) ? QStringLiteral("<td class=\"number\">") : QStringLiteral("<td>")) +
                       cell.toHtmlEscaped() + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    return out + QStringLiteral("</body>\n</html>\n");
}

QJsonObject usesJsonObject(const QList<Portfolio::Use>& uses)
{
    QJsonArray array;
    for (const Portfolio::Use& u : uses)
        array.append(QJsonObject{{QStringLiteral("model"), u.model},
                                 {QStringLiteral("owner"), u.owner},
                                 {QStringLiteral("subject"), u.subject},
                                 {QStringLiteral("kind"), u.kind},
                                 {QStringLiteral("pinned"), u.pinned}});
    return QJsonObject{{QStringLiteral("uses"), array}};
}

} // namespace

QString Portfolio::toTable() const
{
    return QStringLiteral("%1 models\n\n").arg(m_modelCount) + asTable(sections(*this));
}

QString Portfolio::toMarkdown() const
{
    return asMarkdown(sections(*this), QStringLiteral("Portfolio: %1 models").arg(m_modelCount));
}

QByteArray Portfolio::toJson() const
{
    QJsonArray radar;
    for (const RadarEntry& e : m_radar)
        radar.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("candidate"), e.candidate},
                                 {QStringLiteral("label"), e.label},
                                 {QStringLiteral("chosen"), e.decisions},
                                 {QStringLiteral("pinned"), e.pinned},
                                 {QStringLiteral("models"), QJsonArray::fromStringList(e.models)}});
    QJsonArray findings;
    for (const ModelFindings& f : m_findings)
        findings.append(QJsonObject{{QStringLiteral("model"), f.model},
                                    {QStringLiteral("owner"), f.owner},
                                    {QStringLiteral("high"), f.high},
                                    {QStringLiteral("total"), f.total}});
    QJsonArray rules;
    for (const RuleFindings& r : m_highRules)
        rules.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                 {QStringLiteral("models"), r.models},
                                 {QStringLiteral("findings"), r.findings}});
    QJsonArray retiring;
    for (const RetiringPin& r : m_retiring)
        retiring.append(QJsonObject{{QStringLiteral("model"), r.model},
                                    {QStringLiteral("subject"), r.subject},
                                    {QStringLiteral("kind"), r.kind},
                                    {QStringLiteral("candidate"), r.candidate},
                                    {QStringLiteral("cloud"), r.cloud},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("effective"), r.effective.toString(Qt::ISODate)},
                                    {QStringLiteral("successor"), r.successor}});
    QJsonArray costs;
    for (const CostCentre& c : m_costs)
        costs.append(QJsonObject{{QStringLiteral("cost_centre"), c.costCentre},
                                 {QStringLiteral("models"), c.models},
                                 {QStringLiteral("monthly_usd"), c.monthlyUsd},
                                 {QStringLiteral("not_priced"), c.unpriced}});
    return QJsonDocument(QJsonObject{{QStringLiteral("models"), m_modelCount},
                                     {QStringLiteral("radar"), radar},
                                     {QStringLiteral("findings"), findings},
                                     {QStringLiteral("high_rules"), rules},
                                     {QStringLiteral("retiring_pins"), retiring},
                                     {QStringLiteral("cost_centres"), costs}})
        .toJson();
}

QByteArray Portfolio::toHtml(const QString& title, const QString& workspace) const
{
    return asHtml(sections(*this), title,
                  QStringLiteral("%1 models in %2, each as its latest revision was saved with its advice.")
                      .arg(m_modelCount)
                      .arg(workspace))
        .toUtf8();
}

QString Portfolio::usesTable(const QString& candidate) const
{
    return asTable({usesSection(*this, candidate)});
}

QString Portfolio::usesMarkdown(const QString& candidate) const
{
    return asMarkdown({usesSection(*this, candidate)}, QStringLiteral("Where %1 is used").arg(candidate));
}

QByteArray Portfolio::usesJson(const QString& candidate) const
{
    QJsonObject object = usesJsonObject(usesOf(candidate));
    object.insert(QStringLiteral("candidate"), candidate);
    return QJsonDocument(object).toJson();
}

} // namespace gw
