#include "validatecommand.h"

#include "modelinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gw::cli {

QString ValidateCommand::summary() const
{
    return QStringLiteral(
        "Parse and check model files (YAML; '-' reads standard input). Prints every problem as\n"
        "file:line:col: error|warning: message.\n"
        "Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.");
}

void ValidateCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                      QStringLiteral("text|json"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("strict"), QStringLiteral("Treat warnings as errors (exit 1).")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")},
                      QStringLiteral("Print errors only, and no summary line.")});
}

namespace {

QJsonObject toJson(const Diagnostic& d)
{
    return QJsonObject{
        {QStringLiteral("severity"),
         d.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("file"), d.location.file},
        {QStringLiteral("line"), d.location.line},
        {QStringLiteral("column"), d.location.column},
        {QStringLiteral("path"), d.path},
        {QStringLiteral("message"), d.message},
    };
}

} // namespace

int ValidateCommand::run(const QCommandLineParser& parser) const
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json")) {
        printErr(
            QStringLiteral("groundwork-cli validate: unknown --format '%1'; use text or json\n").arg(format));
        return UsageOrIo;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printErr(QStringLiteral("groundwork-cli validate: no MODEL given\n\n") + helpText());
        return UsageOrIo;
    }
    const bool strict = parser.isSet(QStringLiteral("strict"));
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int exitCode = Ok;
    QJsonArray results;
    for (const QString& file : files) {
        const ModelInput input = loadModelInput(file);
        const QString shown = file == QStringLiteral("-") ? QStringLiteral("<stdin>") : file;
        const int errors = countOf(input.result.diagnostics, Severity::Error);
        const int warnings = countOf(input.result.diagnostics, Severity::Warning);
        const bool valid = errors == 0 && !(strict && warnings > 0);
        if (input.ioError)
            exitCode = UsageOrIo;
        else if (!valid && exitCode == Ok)
            exitCode = Failed;

        if (format == QStringLiteral("json")) {
            QJsonArray diagnostics;
            for (const Diagnostic& d : input.result.diagnostics)
                diagnostics.append(toJson(d));
            results.append(QJsonObject{{QStringLiteral("file"), file},
                                       {QStringLiteral("valid"), valid},
                                       {QStringLiteral("errors"), errors},
                                       {QStringLiteral("warnings"), warnings},
                                       {QStringLiteral("diagnostics"), diagnostics}});
            continue;
        }
        QString text;
        for (const Diagnostic& d : input.result.diagnostics) {
            if (!quiet || d.severity == Severity::Error)
                text += d.toString() + u'\n';
        }
        if (!quiet) {
            text +=
                errors == 0 && warnings == 0
                    ? QStringLiteral("%1: valid\n").arg(shown)
                    : QStringLiteral("%1: %2 error(s), %3 warning(s)\n").arg(shown).arg(errors).arg(warnings);
        }
        printOut(text);
    }
    if (format == QStringLiteral("json")) {
        const QJsonDocument doc(files.size() == 1 ? QJsonDocument(results.first().toObject())
                                                  : QJsonDocument(results));
        printOut(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
    }
    return exitCode;
}

} // namespace gw::cli
