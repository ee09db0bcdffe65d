#include "command.h"

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

} // namespace gw::cli
