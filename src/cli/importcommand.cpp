#include "importcommand.h"

#include "core/import/importer.h"
#include "core/import/importformat.h"
#include "core/import/importmapping.h"
#include "core/import/importsummary.h"
#include "core/import/mergesummary.h"
#include "core/import/mergewriter.h"
#include "core/io/limits.h"
#include "core/io/modelfile.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace gw::cli {

namespace {

const QString kOutput = QStringLiteral("output");
const QString kForce = QStringLiteral("force");
const QString kProfile = QStringLiteral("profile");
const QString kMappings = QStringLiteral("mappings");
const QString kMerge = QStringLiteral("merge");

// The model file to merge into, read whole under the limit on model files; nullopt after saying why.
std::optional<QByteArray> readExisting(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("groundwork-cli import: cannot read %1: %2\n")
                     .arg(path, QFileInfo(path).isDir() ? QStringLiteral("a folder") : file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(limits::kMaxModelBytes + 1);
    if (bytes.size() > limits::kMaxModelBytes) {
        printErr(QStringLiteral("groundwork-cli import: %1 is larger than the %2 MiB a model file may be\n")
                     .arg(path)
                     .arg(limits::kMaxModelBytes / (1024 * 1024)));
        return std::nullopt;
    }
    return bytes;
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
        "With --merge EXISTING, the import goes into a model you have: your values, elements, pins and\n"
        "comments stay; the import fills what you left unset and adds what you lack, and where it\n"
        "disagrees with you, yours is kept and said. Update in place with -o EXISTING --force.\n"
        "The mapping tables are rules/import/*.yaml (docs/import.md).\n"
        "Exit codes: 0 imported, 1 an input is malformed or holds nothing to import (or EXISTING has\n"
        "errors), 2 usage or I/O error (or EXISTING cannot take the merge without being rewritten).");
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
    parser.addOption(
        {kMerge,
         QStringLiteral("Merge the import into the model EXISTING and write the result to -o (-o "
                        "EXISTING --force updates it in place): its values, comments and layout are "
                        "kept, only what it lacks is added."),
         QStringLiteral("EXISTING")});
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
        printDiagnostics(mapping.problems());
        printErr(QStringLiteral("groundwork-cli import: the mapping tables have problems\n"));
        return UsageOrIo;
    }
    ImportInputs inputs = ImportInputCollector::collect(paths);
    printDiagnostics(inputs.problems);
    if (inputs.ioError)
        return UsageOrIo;
    const QString mergeInto = parser.value(kMerge);
    std::optional<QByteArray> existing;
    if (parser.isSet(kMerge)) {
        if (mergeInto.isEmpty()) {
            printErr(QStringLiteral("groundwork-cli import: --merge names the model file to merge into\n"));
            return UsageOrIo;
        }
        existing = readExisting(mergeInto);
        if (!existing)
            return UsageOrIo;
    }
    // An input is never written over, --force or not: it is the user's only copy of the system. A file
    // of no known format found in a folder (the model an earlier import wrote there, the model merged
    // into) is not an input, and is not read as one.
    QList<std::pair<QString, QString>> notInputs; // the file, and what to say when it is an input
    if (!toStdout && outInfo.exists())
        notInputs.append({outInfo.canonicalFilePath(), QStringLiteral("write the model elsewhere")});
    if (existing)
        notInputs.append({QFileInfo(mergeInto).canonicalFilePath(),
                          QStringLiteral("it cannot be the model to merge into too")});
    for (const auto& [target, advice] : std::as_const(notInputs)) {
        for (qsizetype i = 0; i < inputs.inputs.size(); ++i) {
            const ImportInput& input = inputs.inputs[i];
            if (QFileInfo(input.file).canonicalFilePath() != target)
                continue;
            if (input.named || detectImportFormat(input.bytes, input.file).format != ImportFormat::Unknown) {
                printErr(
                    QStringLiteral("groundwork-cli import: %1 is an input; %2\n").arg(input.file, advice));
                return UsageOrIo;
            }
            inputs.inputs.removeAt(i);
            break;
        }
    }
    ImportOptions options;
    options.profiles = parser.values(kProfile);
    const ImportResult result = Importer::run(inputs.inputs, mapping, options);
    printDiagnostics(result.diagnostics);
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
    std::optional<MergedText> merged;
    if (existing) {
        merged = MergeWriter::merge(*existing, mergeInto, result);
        if (hasErrors(merged->problems)) {
            printDiagnostics(merged->problems);
            printErr(
                QStringLiteral("groundwork-cli import: %1 has errors; nothing written\n").arg(mergeInto));
            return Failed;
        }
        if (merged->refusal) {
            printErr(merged->refusal->toString() + u'\n');
            printErr(
                QStringLiteral("groundwork-cli import: cannot merge into %1 without rewriting it; nothing "
                               "written\n")
                    .arg(mergeInto));
            return UsageOrIo;
        }
    }
    const QByteArray yaml = merged ? merged->text : Importer::yaml(result);
    // What is written must be a valid model; anything else is a defect of the importer, not the inputs.
    const LoadResult check = ModelFile::loadText(yaml, toStdout ? QStringLiteral("<stdout>") : output);
    if (check.hasErrors()) {
        printDiagnostics(check.diagnostics);
        printErr(QStringLiteral("groundwork-cli import: the imported model does not validate (a defect; "
                                "please report it); nothing written\n"));
        return Failed;
    }
    if (!writeOutput(name(), output, yaml))
        return UsageOrIo;
    printErr(ImportSummary::text(result, toStdout ? QStringLiteral("the model to standard output") : output));
    if (merged)
        printErr(MergeSummary::text(merged->merge, mergeInto));
    return Ok;
}

} // namespace gw::cli
