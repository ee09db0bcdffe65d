#include "lensexport.h"

#include "../rules/catalog.h"
#include "core/version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <map>

namespace gw {

namespace {

struct Pillar
{
    QString id;
    QString name;
};

// The Well-Architected pillar a rule belongs to, by the first part of its id; data rules get a pillar of
// their own, which the format allows.
Pillar pillarOf(const QString& ruleId)
{
    const QString area = ruleId.section(u'.', 0, 0);
    static const QHash<QString, Pillar> pillars{
        {QStringLiteral("reliability"), {QStringLiteral("reliability"), QStringLiteral("Reliability")}},
        {QStringLiteral("region"), {QStringLiteral("reliability"), QStringLiteral("Reliability")}},
        {QStringLiteral("channel"), {QStringLiteral("reliability"), QStringLiteral("Reliability")}},
        {QStringLiteral("security"), {QStringLiteral("security"), QStringLiteral("Security")}},
        {QStringLiteral("auth"), {QStringLiteral("security"), QStringLiteral("Security")}},
        {QStringLiteral("accounts"), {QStringLiteral("security"), QStringLiteral("Security")}},
        {QStringLiteral("network"), {QStringLiteral("security"), QStringLiteral("Security")}},
        {QStringLiteral("edge"), {QStringLiteral("security"), QStringLiteral("Security")}},
        {QStringLiteral("cost"), {QStringLiteral("costOptimization"), QStringLiteral("Cost Optimization")}},
        {QStringLiteral("compute"),
         {QStringLiteral("performance"), QStringLiteral("Performance Efficiency")}},
        {QStringLiteral("data"), {QStringLiteral("groundwork_data"), QStringLiteral("Data")}},
    };
    return pillars.value(area,
                         {QStringLiteral("operationalExcellence"), QStringLiteral("Operational Excellence")});
}

QString clip(const QString& text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1) + QChar(0x2026);
}

// Message templates speak of {subject} and facts; in a questionnaire they read as "the workload".
QString generic(QString text)
{
    static const QRegularExpression subject(QStringLiteral("\\{(subject|name)\\}"));
    static const QRegularExpression fact(QStringLiteral("\\{[^}]*\\}"));
    text.replace(subject, QStringLiteral("the element"));
    text.replace(fact, QStringLiteral("N"));
    return text;
}

QString humanise(const QString& ruleId)
{
    QString words = ruleId.section(u'.', 1);
    if (words.isEmpty())
        words = ruleId;
    words.replace(u'-', u' ');
    words[0] = words[0].toUpper();
    return words;
}

QJsonObject text(const QString& displayText, const QString& url = {})
{
    QJsonObject o{{QStringLiteral("displayText"), clip(displayText, lenslimits::kDescriptionChars)}};
    if (url.startsWith(QStringLiteral("https://")) || url.startsWith(QStringLiteral("http://")))
        o.insert(QStringLiteral("url"), url);
    return o;
}

QJsonObject question(const FindingRule& rule, const QString& id)
{
    const QString mitigated = clip(id, lenslimits::kIdMaxChars - 10) + QStringLiteral("_addressed");
    const QString accepted = clip(id, lenslimits::kIdMaxChars - 10) + QStringLiteral("_accepted");
    const QString none = clip(id, lenslimits::kIdMaxChars - 10) + QStringLiteral("_no");
    const QString source = rule.source.isEmpty()
                               ? QStringLiteral("Groundwork rule %1").arg(rule.id)
                               : QStringLiteral("Source: %1 (Groundwork rule %2)").arg(rule.source, rule.id);
    QJsonArray choices{
        QJsonObject{
            {QStringLiteral("id"), mitigated},
            {QStringLiteral("title"),
             clip(QStringLiteral("Addressed: ") + generic(rule.recommendation), lenslimits::kNameChars)},
            {QStringLiteral("helpfulResource"),
             text(generic(rule.recommendation) + QStringLiteral(" ") + source, rule.source)},
            {QStringLiteral("improvementPlan"), text(generic(rule.recommendation), rule.source)}},
        QJsonObject{
            {QStringLiteral("id"), accepted},
            {QStringLiteral("title"), QStringLiteral("The risk is known and accepted in a decision record")},
            {QStringLiteral("helpfulResource"),
             text(QStringLiteral(
                 "Choose this when the team decided to live with the risk and wrote down why."))},
            {QStringLiteral("improvementPlan"),
             text(QStringLiteral("Revisit the accepted risk at the next review: ") +
                  generic(rule.recommendation))}},
        QJsonObject{
            {QStringLiteral("id"), none},
            {QStringLiteral("title"), QStringLiteral("None of these")},
            {QStringLiteral("helpfulResource"),
             text(QStringLiteral("Choose this when the risk applies and nothing addresses it yet."))}},
    };
    // One rule per risk level at most; the first true condition wins, `default` last.
    QJsonArray riskRules;
    if (rule.severity == FindingSeverity::High) {
        riskRules = {QJsonObject{{QStringLiteral("condition"), mitigated},
                                 {QStringLiteral("risk"), QStringLiteral("NO_RISK")}},
                     QJsonObject{{QStringLiteral("condition"), accepted},
                                 {QStringLiteral("risk"), QStringLiteral("MEDIUM_RISK")}},
                     QJsonObject{{QStringLiteral("condition"), QStringLiteral("default")},
                                 {QStringLiteral("risk"), QStringLiteral("HIGH_RISK")}}};
    } else {
        riskRules = {
            QJsonObject{{QStringLiteral("condition"), QString(mitigated + QStringLiteral(" || ") + accepted)},
                        {QStringLiteral("risk"), QStringLiteral("NO_RISK")}},
            QJsonObject{{QStringLiteral("condition"), QStringLiteral("default")},
                        {QStringLiteral("risk"), QStringLiteral("MEDIUM_RISK")}}};
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"),
         clip(QStringLiteral("How do you handle this risk: %1?").arg(humanise(rule.id).toLower()),
              lenslimits::kNameChars)},
        {QStringLiteral("description"),
         clip(QStringLiteral("%1 (severity %2; applies to the %3)")
                  .arg(generic(rule.message), enumName(rule.severity), enumName(rule.appliesTo)),
              lenslimits::kDescriptionChars)},
        {QStringLiteral("choices"), choices},
        {QStringLiteral("riskRules"), riskRules},
    };
}

} // namespace

QString LensExport::lensId(const QString& text)
{
    QString id;
    for (const QChar c : text)
        id += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    while (id.size() < lenslimits::kIdMinChars)
        id += u'_';
    return id.left(lenslimits::kIdMaxChars);
}

LensResult LensExport::write(const Catalog& catalog, const QString& name)
{
    LensResult result;
    // Pillars in a fixed order, each split into parts of at most 20 questions.
    std::map<QString, std::pair<Pillar, QList<const FindingRule*>>> byPillar;
    QStringList order;
    for (const FindingRule& rule : catalog.findings()) {
        const Pillar p = pillarOf(rule.id);
        if (!byPillar.count(p.id)) {
            order.append(p.id);
            byPillar[p.id].first = p;
        }
        byPillar[p.id].second.append(&rule);
    }
    std::sort(order.begin(), order.end());
    QJsonArray pillars;
    QSet<QString> questionIds;
    for (const QString& pillarId : order) {
        const auto& [pillar, rules] = byPillar[pillarId];
        for (qsizetype start = 0, part = 1; start < rules.size();
             start += lenslimits::kQuestionsPerPillar, ++part) {
            const QList<const FindingRule*> chunk = rules.mid(start, lenslimits::kQuestionsPerPillar);
            if (pillars.size() == lenslimits::kPillars) {
                for (const FindingRule* r : chunk)
                    result.skipped.append(r->id);
                continue;
            }
            QJsonArray questions;
            for (const FindingRule* rule : chunk) {
                QString id = lensId(rule->id).left(lenslimits::kIdMaxChars - 14);
                for (int n = 2; questionIds.contains(id); ++n)
                    id = lensId(rule->id).left(lenslimits::kIdMaxChars - 14) + QStringLiteral("_%1").arg(n);
                questionIds.insert(id);
                questions.append(question(*rule, id));
            }
            pillars.append(
                QJsonObject{{QStringLiteral("id"),
                             part == 1 ? pillar.id : QStringLiteral("%1_%2").arg(pillar.id).arg(part)},
                            {QStringLiteral("name"),
                             part == 1 ? pillar.name : QStringLiteral("%1 (%2)").arg(pillar.name).arg(part)},
                            {QStringLiteral("questions"), questions}});
        }
    }
    const QJsonObject lens{
        {QStringLiteral("schemaVersion"), QStringLiteral("2021-11-01")},
        {QStringLiteral("name"), clip(name, lenslimits::kNameChars)},
        {QStringLiteral("description"),
         clip(QStringLiteral(
                  "The finding rules of Groundwork %1 (%2 rules from %3 pack files) as review questions: "
                  "each asks whether a risk the rules detect is addressed, accepted or open.")
                  .arg(QStringLiteral(GROUNDWORK_VERSION))
                  .arg(catalog.findings().size())
                  .arg(catalog.files().size()),
              lenslimits::kDescriptionChars)},
        {QStringLiteral("pillars"), pillars},
    };
    result.json = QJsonDocument(lens).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace gw
