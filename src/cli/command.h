// Command: one groundwork-cli subcommand; each lives in a file of its own, named after it.
#pragma once

#include "core/io/diagnostic.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace gw::cli {

// Exit codes of the command-line contract.
enum ExitCode : int { Ok = 0, Failed = 1, UsageOrIo = 2 };

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments as shown in the usage line, e.g. "MODEL...".
    virtual QString arguments() const = 0;
    virtual void addOptions(QCommandLineParser& parser) const = 0;
    // Runs with the parsed options; returns an exit code.
    virtual int run(const QCommandLineParser& parser) const = 0;

    QString helpText() const;
};

std::vector<std::unique_ptr<Command>> allCommands();

// stdout and stderr as UTF-8, whatever the locale.
void printOut(const QString& text);
void printErr(const QString& text);
// Each diagnostic on a line of its own on stderr, as compilers print them ("file:line:col: error: ...").
void printDiagnostics(const Diagnostics& diagnostics);

// Writes `bytes` to `path` atomically, or to stdout when `path` is empty or "-"; false after printing why.
bool writeOutput(const QString& command, const QString& path, const QByteArray& bytes);

} // namespace gw::cli
