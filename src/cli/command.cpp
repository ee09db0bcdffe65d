#include "command.h"

#include <cstdio>

namespace gw::cli {

QString Command::helpText() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    addOptions(parser);
    for (const QString& argument : arguments().split(u' ', Qt::SkipEmptyParts))
        parser.addPositionalArgument(argument, {});
    QString text = parser.helpText();
    // QCommandLineParser names the program only; show the subcommand too.
    text.replace(QStringLiteral("Usage: "), QStringLiteral("Usage: groundwork-cli ") + name() + u' ');
    const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
    if (options >= 0) {
        const qsizetype lineEnd = text.indexOf(u'\n');
        text = text.left(options) + QStringLiteral(" [options] ") + arguments() + text.mid(lineEnd);
    }
    return text;
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
