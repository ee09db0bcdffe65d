#include "driftcommand.h"

#include "core/export/exportescape.h"
#include "core/export/sarifreport.h"
#include "core/import/drift.h"
#include "deployedinputs.h"
#include "findingstext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw::cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QStringList kFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                           QStringLiteral("sarif")};

struct DriftOutcome
{
    GateResult gate;
    DriftReport report;
    QStringList inputs; // "docker-compose.yml (Compose)"
};

QString countsText(const GateResult& gate)
{
    return QStringLiteral("%1 high, %2 medium, %3 low")
        .arg(gate.countOf(FindingSeverity::High))
        .arg(gate.countOf(FindingSeverity::Medium))
        .arg(gate.countOf(FindingSeverity::Low));
}

QString summaryLine(const DriftOutcome& o)
{
    const QString matched =
        QStringLiteral("%1 of the %2 elements deployed matched").arg(o.report.matched).arg(o.report.deployed);
    if (!o.report.hasDrift())
        return QStringLiteral("%1: no drift (%2)\n").arg(shownPath(o.gate.modelPath), matched);
    return QStringLiteral("%1: %2 differences from what is deployed (%3; %4)\n")
        .arg(shownPath(o.gate.modelPath))
        .arg(o.report.findings.size())
        .arg(countsText(o.gate), matched);
}

QByteArray json(const DriftOutcome& o)
{
    QJsonArray drift;
    for (const GateFinding& f : o.gate.findings) {
        QJsonObject item{{QStringLiteral("rule"), f.finding.rule},
                         {QStringLiteral("severity"), enumName(f.finding.severity)},
                         {QStringLiteral("subject"), f.finding.subject},
                         {QStringLiteral("message"), f.finding.message},
                         {QStringLiteral("recommendation"), f.finding.recommendation}};
        if (f.location.isValid()) {
            item.insert(QStringLiteral("line"), f.location.line);
            item.insert(QStringLiteral("column"), f.location.column);
        }
        drift.append(item);
    }
    const QJsonObject root{
        {QStringLiteral("model"), shownPath(o.gate.modelPath)},
        {QStringLiteral("inputs"), QJsonArray::fromStringList(o.inputs)},
        {QStringLiteral("deployed"), o.report.deployed},
        {QStringLiteral("matched"), o.report.matched},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("high"), o.gate.countOf(FindingSeverity::High)},
                     {QStringLiteral("medium"), o.gate.countOf(FindingSeverity::Medium)},
                     {QStringLiteral("low"), o.gate.countOf(FindingSeverity::Low)}}},
        {QStringLiteral("drift"), drift},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray markdown(const DriftOutcome& o)
{
    using exportescape::markdownText;
    QString out = QStringLiteral("# Drift: %1 against what is deployed\n\n")
                      .arg(markdownText(shownPath(o.gate.modelPath)));
    out += QStringLiteral("Compared with %1. %2 of the %3 elements deployed matched the model's.\n\n")
               .arg(markdownText(o.inputs.join(QStringLiteral(", "))))
               .arg(o.report.matched)
               .arg(o.report.deployed);
    if (!o.report.hasDrift())
        return (out + QStringLiteral("No drift: the model and what is deployed agree.\n")).toUtf8();
    out += QStringLiteral("%1 differences: %2.\n\n").arg(o.report.findings.size()).arg(countsText(o.gate));
    out += QStringLiteral("| Severity | Line | What differs | Fix | Check |\n|---|---|---|---|---|\n");
    for (const GateFinding& f : o.gate.findings) {
        out +=
            QStringLiteral("| %1 | %2 | %3 | %4 | `%5` |\n")
                .arg(enumName(f.finding.severity),
                     f.location.isValid() ? QString::number(f.location.line) : QStringLiteral("-"),
                     markdownText(f.finding.message), markdownText(f.finding.recommendation), f.finding.rule);
    }
    return out.toUtf8();
}

} // namespace

QString DriftCommand::summary() const
{
    return QStringLiteral(
        "Compare MODEL with what is deployed: the Docker Compose files, Kubernetes manifests and\n"
        "Terraform states or plans of INPUT (files or folders, read as 'import' reads them). Lists the\n"
        "elements the model has and nothing deployed runs, the elements running that the model lacks,\n"
        "picks that differ (the model recommends or pins one candidate, the inputs run another), and\n"
        "kinds, exposure and dependencies that differ, each at its element's line in MODEL.\n"
        "text prints file:line:col: severity: message [check]; json, markdown and sarif (2.1.0) say the "
        "same.\n"
        "'check --drift INPUT' adds these findings to a CI gate.\n"
        "Exit codes: 0 no drift, 1 some, 2 usage or input error (an unreadable or malformed INPUT, an\n"
        "invalid MODEL).");
}

void DriftCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({kFormat, QStringLiteral("Output format: text (default), json, markdown or sarif."),
                      QStringLiteral("text|json|markdown|sarif"), QStringLiteral("text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the report to FILE (atomically) instead of stdout."),
                      QStringLiteral("FILE")});
    DeployedInputs::addOptions(parser);
}

int DriftCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(kFormat);
    if (!kFormats.contains(format)) {
        printErr(QStringLiteral("groundwork-cli drift: unknown --format '%1'; use %2\n")
                     .arg(format, kFormats.join(QStringLiteral(", "))));
        return UsageOrIo;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        printErr(QStringLiteral("groundwork-cli drift: give a MODEL and at least one INPUT\n\n") +
                 helpText());
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, args.front(), exitCode);
    if (!scored)
        return UsageOrIo; // an invalid MODEL is an input error here: exit 1 means drift
    const std::optional<ImportResult> deployed = DeployedInputs::read(name(), args.mid(1), parser);
    if (!deployed)
        return UsageOrIo;

    DriftOutcome o;
    o.report = Drift::compare(scored->load.model, scored->recommendations, *deployed);
    o.inputs = deployed->inputs;
    Recommendations findings;
    findings.findings = o.report.findings;
    // Every drift is reported and counts: the gate's threshold is the lowest severity.
    o.gate = FindingsGate::evaluate(findings, scored->load.sources, args.front(), FindingSeverity::Low);

    QByteArray out;
    if (format == QStringLiteral("json"))
        out = json(o);
    else if (format == QStringLiteral("markdown"))
        out = markdown(o);
    else if (format == QStringLiteral("sarif"))
        out = SarifReport::write(o.gate, Catalog(), Drift::checks());
    else
        out = (findingsText(o.gate) + summaryLine(o)).toUtf8();
    const QString output = parser.value(QStringLiteral("output"));
    if (!writeOutput(name(), output, out))
        return UsageOrIo;
    if (!output.isEmpty() && output != QStringLiteral("-"))
        printOut(summaryLine(o));
    return o.report.hasDrift() ? Failed : Ok;
}

} // namespace gw::cli
