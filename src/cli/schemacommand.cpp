#include "schemacommand.h"

#include "core/io/modelschema.h"

namespace gw::cli {

QString SchemaCommand::summary() const
{
    return QStringLiteral(
        "Print the JSON Schema of the model format (draft 2020-12), for an editor's YAML language\n"
        "server or another validator; the build also writes it to share/groundwork/ in the build folder.\n"
        "Exit codes: 0 written, 2 usage or I/O error.");
}

void SchemaCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
}

int SchemaCommand::run(const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("groundwork-cli schema: takes no arguments\n\n") + helpText());
        return UsageOrIo;
    }
    return writeOutput(name(), parser.value(QStringLiteral("output")), ModelSchema::toJson()) ? Ok
                                                                                              : UsageOrIo;
}

} // namespace gw::cli
