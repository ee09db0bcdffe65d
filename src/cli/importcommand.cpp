#include "importcommand.h"

#include "core/import/importer.h"
#include "core/import/importformat.h"
#include "core/import/importmapping.h"
#include "core/import/importsummary.h"
#include "core/io/modelfile.h"

#include <QFileInfo>

namespace gw::cli {

namespace {

const QString kOutput = QStringLiteral("output");
const QString kForce = QStringLiteral("force");
const QString kProfile = QStringLiteral("profile");
const QString kMappings = QStringLiteral("mappings");

void printAll(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        printErr(d.toString() + u'\n');
}

} // namespace

QString ImportCommand::summary() const
{
    return QStringLiteral(
        "Import existing systems into a model: Docker Compose files (several merge in order, like\n"
        "'docker compose -f a.yml -f b.yml'), Kubernetes manifests (files, folders, rendered Helm\n"
        "output) and Terraform states or 'terraform show -json' output, each told by its content.\n"
        "Services and resources become workloads, data stores and channels, their\n"
        "dependencies 'uses' edges; every inferred value is commented with the file and line it came from,\n"
        "what cannot be inferred is marked TODO, and a summary of what was found and left out goes to\n"
        "standard error. Environment values are read for host names only and never written anywhere.\n"
        "The mapping tables are rules/import/*.yaml (docs/import.md).\n"
        "Exit codes: 0 imported, 1 an input is malformed or holds nothing to import, 2 usage or I/O error.");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), kOutput},
                      QStringLiteral("Write the model to FILE ('-': standard output). Required."),
                      QStringLiteral("FILE")});
    parser.addOption({kForce, QStringLiteral("Replace FILE when it exists.")});
    parser.addOption(
        {kProfile,
         QStringLiteral("Enable a Compose profile (repeatable; '*' enables all). Services of "
                        "profiles not enabled are left out, as 'docker compose up' leaves them."),
         QStringLiteral("NAME")});
    parser.addOption({kMappings,
                      QStringLiteral("Read the mapping tables of DIR (*.yaml, as in rules/import) before the "
                                     "built-in ones, so that their rules win (repeatable)."),
                      QStringLiteral("DIR")});
}

int ImportCommand::run(const QCommandLineParser& parser) const
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printErr(QStringLiteral("groundwork-cli import: no FILE or DIR given\n\n") + helpText());
        return UsageOrIo;
    }
    const QString output = parser.value(kOutput);
    if (output.isEmpty()) {
        printErr(QStringLiteral("groundwork-cli import: say where to write the model with -o FILE\n\n") +
                 helpText());
        return UsageOrIo;
    }
    const bool toStdout = output == QStringLiteral("-");
    const QFileInfo outInfo(output);
    if (!toStdout && outInfo.isDir()) {
        printErr(
            QStringLiteral("groundwork-cli import: %1 is a folder; -o names the model file\n").arg(output));
        return UsageOrIo;
    }
    if (!toStdout && outInfo.exists() && !parser.isSet(kForce)) {
        printErr(QStringLiteral("groundwork-cli import: %1 exists; use --force to replace it\n").arg(output));
        return UsageOrIo;
    }
    const QStringList folders = parser.values(kMappings);
    const ImportMapping custom = folders.isEmpty() ? ImportMapping() : ImportMapping::load(folders);
    const ImportMapping& mapping = folders.isEmpty() ? ImportMapping::builtIn() : custom;
    if (!mapping.problems().isEmpty()) {
        printAll(mapping.problems());
        printErr(QStringLiteral("groundwork-cli import: the mapping tables have problems\n"));
        return UsageOrIo;
    }
    ImportInputs inputs = ImportInputCollector::collect(paths);
    printAll(inputs.problems);
    if (inputs.ioError)
        return UsageOrIo;
    if (!toStdout && outInfo.exists()) {
        // An input is never written over, --force or not: it is the user's only copy of the system. A
        // file of no known format found in a folder (the model an earlier import wrote there) is not
        // an input, and is not read.
        const QString target = outInfo.canonicalFilePath();
        for (qsizetype i = 0; i < inputs.inputs.size(); ++i) {
            const ImportInput& input = inputs.inputs[i];
            if (QFileInfo(input.file).canonicalFilePath() != target)
                continue;
            if (input.named || detectImportFormat(input.bytes, input.file).format != ImportFormat::Unknown) {
                printErr(QStringLiteral("groundwork-cli import: %1 is an input; write the model elsewhere\n")
                             .arg(output));
                return UsageOrIo;
            }
            inputs.inputs.removeAt(i);
            break;
        }
    }
    ImportOptions options;
    options.profiles = parser.values(kProfile);
    const ImportResult result = Importer::run(inputs.inputs, mapping, options);
    printAll(result.diagnostics);
    if (result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli import: the inputs have errors; nothing written\n"));
        return Failed;
    }
    if (result.isEmpty()) {
        printErr(QStringLiteral("groundwork-cli import: the inputs run no workload or data store; "
                                "nothing written\n") +
                 ImportSummary::text(result, QStringLiteral("nothing")));
        return Failed;
    }
    const QByteArray yaml = Importer::yaml(result);
    // What is written must be a valid model; anything else is a defect of the importer, not the inputs.
    const LoadResult check = ModelFile::loadText(yaml, toStdout ? QStringLiteral("<stdout>") : output);
    if (check.hasErrors()) {
        printAll(check.diagnostics);
        printErr(QStringLiteral("groundwork-cli import: the imported model does not validate (a defect; "
                                "please report it); nothing written\n"));
        return Failed;
    }
    if (!writeOutput(name(), output, yaml))
        return UsageOrIo;
    printErr(ImportSummary::text(result, toStdout ? QStringLiteral("the model to standard output") : output));
    return Ok;
}

} // namespace gw::cli
