#include "exportcommand.h"

#include "core/export/exporters.h"
#include "core/export/exportfolder.h"

using namespace Qt::StringLiterals;

namespace gw::cli {

QString ExportCommand::summary() const
{
    QString kinds;
    for (const ExporterEntry& e : exporters())
        kinds += u"  %1 %2\n"_s.arg(e.name.leftJustified(10), e.summary);
    kinds += u"  %1 every kind above, each in its own folder\n"_s.arg(
        QString::fromUtf16(kExportAll).leftJustified(10));
    return u"Write skeletons to start from: KIND is one of\n"_s + kinds +
           u"They follow the recommendations (pinned or top picks). Nothing is written outside DIR, and a\n"
           u"file already there is only replaced with --force.\n"
           u"Exit codes: 0 written, 1 invalid model, 2 usage or I/O error (or files exist without --force)."_s;
}

void ExportCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({{u"o"_s, u"output"_s}, u"The folder to write into (created if missing)."_s, u"DIR"_s});
    parser.addOption({u"force"_s, u"Replace files that already exist in DIR."_s});
    parser.addOption({u"cloud"_s,
                      u"Generate for aws, gcp or azure (or any: all three) instead of the model's cloud."_s,
                      u"CLOUD"_s});
}

int ExportCommand::run(const QCommandLineParser& parser) const
{
    const QString prefix = u"groundwork-cli export: "_s;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        printErr(prefix + u"give KIND and MODEL\n\n"_s + helpText());
        return UsageOrIo;
    }
    const QString kind = args.at(0).toLower();
    if (!exportKinds().contains(kind)) {
        printErr(prefix +
                 u"unknown KIND '%1'; use one of %2\n"_s.arg(args.at(0), exportKinds().join(u", "_s)));
        return UsageOrIo;
    }
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty()) {
        printErr(prefix + u"no output folder given (-o DIR)\n"_s);
        return UsageOrIo;
    }
    std::optional<Cloud> cloud;
    if (parser.isSet(u"cloud"_s)) {
        cloud = enumFromString<Cloud>(parser.value(u"cloud"_s).toLower());
        if (!cloud) {
            printErr(prefix +
                     u"unknown --cloud '%1'; use aws, gcp, azure or any\n"_s.arg(parser.value(u"cloud"_s)));
            return UsageOrIo;
        }
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, args.at(1), exitCode);
    if (!scored)
        return exitCode;
    const ExportInput exportInput{scored->load.model, scored->recommendations,
                                  args.at(1) == u"-"_s ? QString() : args.at(1), cloud};
    const ExportFiles files = generateExport(kind, exportInput);

    const ExportWriteResult result = ExportFolder(output).write(files, parser.isSet(u"force"_s));
    for (const QString& e : result.errors)
        printErr(prefix + e + u'\n');
    if (!result.existing.isEmpty()) {
        printErr(prefix +
                 u"%1 file(s) already exist in %2; nothing written (use --force to replace them):\n"_s
                     .arg(result.existing.size())
                     .arg(output));
        for (const QString& path : result.existing)
            printErr(u"  "_s + path + u'\n');
    }
    if (!result.ok())
        return UsageOrIo;
    for (const QString& path : result.written)
        printOut(u"wrote "_s + path + u'\n');
    printOut(u"%1 file(s) in %2\n"_s.arg(result.written.size()).arg(output));
    return Ok;
}

} // namespace gw::cli
