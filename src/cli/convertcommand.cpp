#include "convertcommand.h"

#include "core/io/modelfile.h"
#include "core/store/projectfile.h"
#include "modelinput.h"

#include <QFileInfo>

namespace gw::cli {

QString ConvertCommand::summary() const
{
    return QStringLiteral(
        "Convert a model between YAML and a project file, chosen by OUT's extension (.groundwork, or\n"
        ".yaml/.yml). IN is a YAML file, a project, or project.groundwork@snapshot. A project written\n"
        "to YAML keeps its model only (snapshots and the decision log stay in the project).\n"
        "Exit codes: 0 converted, 1 IN is not a valid model, 2 usage or I/O error.");
}

void ConvertCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT when it exists.")});
}

int ConvertCommand::run(const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        printErr(QStringLiteral("groundwork-cli convert: give IN and OUT\n\n") + helpText());
        return UsageOrIo;
    }
    const QString& out = args.at(1);
    const bool toProject = ProjectFile::isProjectPath(out);
    const bool toYaml = out.endsWith(QStringLiteral(".yaml"), Qt::CaseInsensitive) ||
                        out.endsWith(QStringLiteral(".yml"), Qt::CaseInsensitive);
    if (!toProject && !toYaml) {
        printErr(QStringLiteral("groundwork-cli convert: %1: OUT must end in .groundwork, .yaml or .yml\n")
                     .arg(out));
        return UsageOrIo;
    }
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force"))) {
        printErr(QStringLiteral("groundwork-cli convert: %1 exists; use --force to replace it\n").arg(out));
        return UsageOrIo;
    }
    const ModelInput input = loadModelInput(args.at(0));
    printDiagnostics(input.result.diagnostics);
    if (input.ioError)
        return UsageOrIo;
    // A model read with errors may have lost what it could not read; converting it would hide that.
    if (input.result.hasErrors()) {
        printErr(QStringLiteral("groundwork-cli convert: %1 has errors; nothing written\n").arg(args.at(0)));
        return Failed;
    }
    QString error;
    const bool written = toProject ? ProjectFile::writeNew(out, input.result.model, {}, &error)
                                   : ModelFile::save(input.result.model, out, &error);
    if (!written) {
        printErr(QStringLiteral("groundwork-cli convert: %1\n").arg(error));
        return UsageOrIo;
    }
    return Ok;
}

} // namespace gw::cli
