#include "command.h"

#include <QSaveFile>

#include <cstdio>

namespace gw::cli {

QString Command::helpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    addOptions(parser);
    QString text = parser.helpText();
    // QCommandLineParser's usage line names the binary's path; show the command instead.
    const qsizetype lineEnd = text.indexOf(u'\n');
    return QStringLiteral("Usage: groundwork-cli %1 [options] %2").arg(name(), arguments()) +
           text.mid(lineEnd);
}

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
}

void printDiagnostics(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        printErr(d.toString() + u'\n');
}

bool writeOutput(const QString& command, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        const auto size = static_cast<std::size_t>(bytes.size());
        if (std::fwrite(bytes.constData(), 1, size, stdout) == size && std::fflush(stdout) == 0)
            return true;
        printErr(QStringLiteral("groundwork-cli %1: cannot write to standard output\n").arg(command));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(QStringLiteral("groundwork-cli %1: cannot write %2: %3\n")
                     .arg(command, path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace gw::cli
