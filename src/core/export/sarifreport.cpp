#include "sarifreport.h"

#include "../rules/catalog.h"
#include "core/version.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace gw {

namespace {

QJsonObject text(const QString& s)
{
    return QJsonObject{{QStringLiteral("text"), s}};
}

QJsonObject descriptor(const FindingRule& rule)
{
    QJsonObject d{
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("shortDescription"), text(rule.message)},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), SarifReport::level(rule.severity)}}},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("severity"), enumName(rule.severity)},
                                                   {QStringLiteral("source"), rule.source},
                                                   {QStringLiteral("pack"), rule.pack}}},
    };
    if (!rule.recommendation.isEmpty())
        d.insert(QStringLiteral("help"), text(rule.recommendation));
    return d;
}

} // namespace

QString SarifReport::level(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::High:
        return QStringLiteral("error");
    case FindingSeverity::Medium:
        return QStringLiteral("warning");
    case FindingSeverity::Low:
        break;
    }
    return QStringLiteral("note");
}

QString SarifReport::artifactUri(const QString& path)
{
    if (QDir::isAbsolutePath(path))
        return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    return QString::fromLatin1(QUrl::toPercentEncoding(QDir::fromNativeSeparators(path), "/"));
}

QByteArray SarifReport::write(const GateResult& gate, const Catalog& catalog, const QList<FindingRule>& more)
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const QList<FindingRule>* list : {&catalog.findings(), &more}) {
        for (const FindingRule& rule : *list) {
            ruleIndex.insert(rule.id, int(rules.size()));
            rules.append(descriptor(rule));
        }
    }
    // The engine's own checks (engine.pinned-far-behind...) are rules too: each gets a descriptor, so that
    // every result points at one.
    for (const GateFinding& f : gate.findings) {
        if (ruleIndex.contains(f.finding.rule))
            continue;
        ruleIndex.insert(f.finding.rule, int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), f.finding.rule},
            {QStringLiteral("shortDescription"),
             text(QStringLiteral("A check of the scoring engine itself (%1).").arg(f.finding.rule))},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), level(f.finding.severity)}}},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("severity"), enumName(f.finding.severity)},
                         {QStringLiteral("source"), f.finding.source},
                         {QStringLiteral("pack"), QStringLiteral("engine")}}},
        });
    }
    const bool hasFile = gate.modelPath != QStringLiteral("-") && !gate.modelPath.isEmpty();
    QJsonArray results;
    for (const GateFinding& f : gate.findings) {
        QJsonObject result{
            {QStringLiteral("ruleId"), f.finding.rule},
            {QStringLiteral("level"), level(f.finding.severity)},
            {QStringLiteral("message"), text(f.finding.message)},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("severity"), enumName(f.finding.severity)},
                         {QStringLiteral("subject"), f.finding.subject},
                         {QStringLiteral("recommendation"), f.finding.recommendation},
                         {QStringLiteral("source"), f.finding.source},
                         {QStringLiteral("failsGate"), f.failing}}},
        };
        if (const auto it = ruleIndex.constFind(f.finding.rule); it != ruleIndex.constEnd())
            result.insert(QStringLiteral("ruleIndex"), *it);
        if (hasFile) {
            QJsonObject physical{{QStringLiteral("artifactLocation"),
                                  QJsonObject{{QStringLiteral("uri"), artifactUri(gate.modelPath)},
                                              {QStringLiteral("index"), 0}}}};
            if (f.location.isValid()) {
                physical.insert(QStringLiteral("region"),
                                QJsonObject{{QStringLiteral("startLine"), f.location.line},
                                            {QStringLiteral("startColumn"), std::max(1, f.location.column)}});
            }
            result.insert(QStringLiteral("locations"),
                          QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}});
        }
        results.append(result);
    }
    QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("groundwork")},
                                  {QStringLiteral("version"), QStringLiteral(GROUNDWORK_VERSION)},
                                  {QStringLiteral("rules"), rules}}}}},
        {QStringLiteral("results"), results},
        {QStringLiteral("invocations"),
         QJsonArray{QJsonObject{{QStringLiteral("executionSuccessful"), true}}}},
    };
    if (hasFile) {
        run.insert(
            QStringLiteral("artifacts"),
            QJsonArray{QJsonObject{{QStringLiteral("location"),
                                    QJsonObject{{QStringLiteral("uri"), artifactUri(gate.modelPath)}}}}});
    }
    const QJsonObject log{
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace gw
