#include "deployedinputs.h"

#include "command.h"
#include "core/import/importer.h"
#include "core/import/importmapping.h"

namespace gw::cli {

namespace {

const QString kDeployedProfile = QStringLiteral("profile");
const QString kDeployedMappings = QStringLiteral("mappings");

} // namespace

void DeployedInputs::addOptions(QCommandLineParser& parser)
{
    parser.addOption({kDeployedProfile,
                      QStringLiteral("Enable a Compose profile of the deployed inputs (repeatable; '*' "
                                     "enables all), as 'import --profile' does."),
                      QStringLiteral("NAME")});
    parser.addOption({kDeployedMappings,
                      QStringLiteral("Read the deployed inputs with the mapping tables of DIR first, as "
                                     "'import --mappings' does (repeatable)."),
                      QStringLiteral("DIR")});
}

std::optional<ImportResult> DeployedInputs::read(const QString& command, const QStringList& paths,
                                                 const QCommandLineParser& parser)
{
    const QStringList folders = parser.values(kDeployedMappings);
    const ImportMapping custom = folders.isEmpty() ? ImportMapping() : ImportMapping::load(folders);
    const ImportMapping& mapping = folders.isEmpty() ? ImportMapping::builtIn() : custom;
    if (!mapping.problems().isEmpty()) {
        printDiagnostics(mapping.problems());
        printErr(QStringLiteral("groundwork-cli %1: the mapping tables have problems\n").arg(command));
        return std::nullopt;
    }
    const ImportInputs inputs = ImportInputCollector::collect(paths);
    printDiagnostics(inputs.problems);
    if (inputs.ioError)
        return std::nullopt;
    ImportOptions options;
    options.profiles = parser.values(kDeployedProfile);
    ImportResult result = Importer::run(inputs.inputs, mapping, options);
    printDiagnostics(result.diagnostics);
    if (result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli %1: the deployed inputs have errors\n").arg(command));
        return std::nullopt;
    }
    return result;
}

} // namespace gw::cli
