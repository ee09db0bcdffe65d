#include "checkcommand.h"

#include "core/export/findingsgate.h"
#include "core/export/junitreport.h"
#include "core/export/sarifreport.h"
#include "core/import/drift.h"
#include "deployedinputs.h"
#include "findingstext.h"

namespace gw::cli {

QString CheckCommand::summary() const
{
    return QStringLiteral(
        "Score MODEL and fail when it has findings at or above a severity: a gate for CI.\n"
        "text prints file:line:col: severity: message [rule] per finding; junit writes JUnit XML (one\n"
        "test suite per severity, a failing test case per finding at or above --fail-on, skipped below);\n"
        "sarif writes a SARIF 2.1.0 log (every finding, located at its element's line in MODEL).\n"
        "With -o FILE the report goes to FILE (written atomically) and a text summary to stdout.\n"
        "With --drift PATH the model is also compared with what is deployed (see 'drift').\n"
        "Exit codes: 0 no finding at or above the level, 1 some (or MODEL is invalid: the validator's\n"
        "messages go to stderr), 2 usage, I/O or rule pack error.");
}

void CheckCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("fail-on"),
                      QStringLiteral("Fail on findings of this severity or worse (default: high)."),
                      QStringLiteral("high|medium|low"), QStringLiteral("high")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Report format: text (default), junit or sarif."),
                      QStringLiteral("text|junit|sarif"), QStringLiteral("text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write the report to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("drift"),
         QStringLiteral("Also compare MODEL with what is deployed: the Compose files, manifests or "
                        "Terraform states of PATH (repeatable), as 'drift' does; its findings join "
                        "the gate."),
         QStringLiteral("PATH")});
    DeployedInputs::addOptions(parser);
}

namespace {

QString summaryLine(const GateResult& gate)
{
    return QStringLiteral("%1: %2 (%3 at or above %4; %5 high, %6 medium, %7 low)\n")
        .arg(shownPath(gate.modelPath), gate.passed() ? QStringLiteral("passed") : QStringLiteral("failed"),
             QString::number(gate.failingCount()), enumName(gate.threshold),
             QString::number(gate.countOf(FindingSeverity::High)),
             QString::number(gate.countOf(FindingSeverity::Medium)),
             QString::number(gate.countOf(FindingSeverity::Low)));
}

} // namespace

int CheckCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("junit") &&
        format != QStringLiteral("sarif")) {
        printErr(QStringLiteral("groundwork-cli check: unknown --format '%1'; use text, junit or sarif\n")
                     .arg(format));
        return UsageOrIo;
    }
    const std::optional<FindingSeverity> threshold =
        enumFromString<FindingSeverity>(parser.value(QStringLiteral("fail-on")));
    if (!threshold) {
        printErr(QStringLiteral("groundwork-cli check: unknown --fail-on '%1'; use high, medium or low\n")
                     .arg(parser.value(QStringLiteral("fail-on"))));
        return UsageOrIo;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printErr(QStringLiteral("groundwork-cli check: give exactly one MODEL\n\n") + helpText());
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.front(), exitCode);
    if (!scored)
        return exitCode;

    Recommendations advice = scored->recommendations;
    const QStringList deployedPaths = parser.values(QStringLiteral("drift"));
    if (!deployedPaths.isEmpty()) {
        const std::optional<ImportResult> deployed = DeployedInputs::read(name(), deployedPaths, parser);
        if (!deployed)
            return UsageOrIo;
        advice.findings += Drift::compare(scored->load.model, advice, *deployed).findings;
        std::stable_sort(advice.findings.begin(), advice.findings.end(), Finding::listedBefore);
    }
    const GateResult gate = FindingsGate::evaluate(advice, scored->load.sources, files.front(), *threshold);
    const QString output = parser.value(QStringLiteral("output"));
    QByteArray report;
    if (format == QStringLiteral("junit"))
        report = JUnitReport::write(gate);
    else if (format == QStringLiteral("sarif"))
        report = SarifReport::write(gate, *scored->catalog,
                                    deployedPaths.isEmpty() ? QList<FindingRule>() : Drift::checks());
    else
        report = (findingsText(gate) + summaryLine(gate)).toUtf8();
    if (!writeOutput(name(), output, report))
        return UsageOrIo;
    if (!output.isEmpty() && output != QStringLiteral("-"))
        printOut(format == QStringLiteral("text") ? QString() : summaryLine(gate));
    return gate.passed() ? Ok : Failed;
}

} // namespace gw::cli
