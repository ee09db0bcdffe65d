// groundwork-cli: the headless Groundwork for CI and reviews. Every command lives in the core library;
// this file only dispatches.
#include "command.h"
#include "core/version.h"

#include <QCoreApplication>

using namespace gw::cli;

namespace {

QString usage(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text =
        QStringLiteral("Usage: groundwork-cli COMMAND [options] [arguments]\n\n"
                       "Groundwork checks an architecture model and recommends the stack for it.\n\n"
                       "Commands:\n");
    for (const auto& c : commands) {
        // The summary's first clause: up to its first ". ", " (" or ": ".
        QString line = c->summary().replace(u'\n', u' ');
        for (const QString& stop : {QStringLiteral(". "), QStringLiteral(" ("), QStringLiteral(": ")}) {
            const qsizetype at = line.indexOf(stop);
            if (at > 0)
                line.truncate(at);
        }
        text += QStringLiteral("  %1  %2\n").arg(c->name().leftJustified(10), line);
    }
    text += QStringLiteral(
        "\nOptions:\n"
        "  -h, --help     Show this help; 'groundwork-cli COMMAND --help' shows a command's help.\n"
        "  -v, --version  Show the version.\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groundwork-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));

    const auto commands = allCommands();
    QStringList args = QCoreApplication::arguments();
    const QString first = args.value(1);
    if (first.isEmpty()) {
        printErr(usage(commands));
        return UsageOrIo;
    }
    if (first == QStringLiteral("-h") || first == QStringLiteral("--help")) {
        printOut(usage(commands));
        return Ok;
    }
    if (first == QStringLiteral("-v") || first == QStringLiteral("--version")) {
        printOut(QStringLiteral("groundwork-cli %1\n").arg(QStringLiteral(GROUNDWORK_VERSION)));
        return Ok;
    }
    QString name = first;
    if (name == QStringLiteral("help")) {
        name = args.value(2);
        if (name.isEmpty()) {
            printOut(usage(commands));
            return Ok;
        }
        args = {args[0], name, QStringLiteral("--help")};
    }
    for (const auto& command : commands) {
        if (command->name() != name)
            continue;
        QCommandLineParser parser;
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addHelpOption();
        command->addOptions(parser);
        QStringList commandArgs = args.mid(2);
        commandArgs.prepend(args[0]);
        if (!parser.parse(commandArgs)) {
            printErr(QStringLiteral("groundwork-cli %1: %2\n\n").arg(name, parser.errorText()) +
                     command->helpText());
            return UsageOrIo;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            printOut(command->helpText());
            return Ok;
        }
        return command->run(parser);
    }
    printErr(QStringLiteral("groundwork-cli: unknown command '%1'\n\n").arg(name) + usage(commands));
    return UsageOrIo;
}
