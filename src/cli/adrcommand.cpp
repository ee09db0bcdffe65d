#include "adrcommand.h"

#include "core/export/adrrecords.h"
#include "core/export/exportfolder.h"
#include "core/store/projectfile.h"
#include "core/store/projectsource.h"

#include <QDir>
#include <QFile>

namespace gw::cli {

QString AdrCommand::summary() const
{
    return QStringLiteral(
        "Write one Markdown decision record per decision of MODEL into DIR, in the MADR layout:\n"
        "context and problem, decision drivers (priorities and constraints), considered options (the\n"
        "ranked candidates), the outcome and its consequences (from the rules and the findings), and\n"
        "pros and cons. Files are NNNN-<subject>-<kind>.md with the status in the front matter:\n"
        "the model's pinned decisions give proposed/accepted/rejected, a recommendation is proposed;\n"
        "for a project file (plan.groundwork) its decision log gives the status and a More Information\n"
        "section with the decision's history.\n"
        "Running it again rewrites the records it finds (by their groundwork-decision key) in place\n"
        "and numbers only new decisions; other files in DIR are left alone.\n"
        "Exit codes: 0 written, 1 invalid model, 2 usage, I/O or rule pack error.");
}

void AdrCommand::addCommandOptions(QCommandLineParser& parser) const
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The folder of the records (created when missing); required."),
                      QStringLiteral("DIR")});
}

int AdrCommand::run(const QCommandLineParser& parser) const
{
    const QString prefix = QStringLiteral("groundwork-cli adr: ");
    const QStringList files = parser.positionalArguments();
    const QString output = parser.value(QStringLiteral("output"));
    if (files.size() != 1 || output.isEmpty()) {
        printErr(prefix + QStringLiteral("give one MODEL and -o DIR\n\n") + helpText());
        return UsageOrIo;
    }
    int exitCode = Ok;
    const std::optional<ScoredModel> scored = loadScoredModel(parser, files.front(), exitCode);
    if (!scored)
        return exitCode;

    QDir dir(output);
    if (!dir.exists() && !QDir().mkpath(output)) {
        printErr(prefix + QStringLiteral("cannot create the folder %1\n").arg(output));
        return UsageOrIo;
    }
    QMap<QString, QByteArray> existing;
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files);
    for (const QString& fileName : names) {
        if (!AdrRecords::isRecordName(fileName))
            continue;
        QFile f(dir.filePath(fileName));
        if (!f.open(QIODevice::ReadOnly)) {
            printErr(prefix + QStringLiteral("cannot read %1: %2\n").arg(f.fileName(), f.errorString()));
            return UsageOrIo;
        }
        existing.insert(fileName, f.readAll());
    }
    // A project file keeps the history of its pins: the records take their status and history from it.
    DecisionLog log;
    if (const std::optional<ProjectSource> project = ProjectSource::parse(files.front());
        project && project->snapshot.isEmpty()) {
        ProjectFile file;
        if (!file.open(project->file, ProjectFile::Access::ReadOnly)) {
            printErr(prefix + file.errorString() + u'\n');
            return UsageOrIo;
        }
        log = file.decisionLog();
    }
    const ExportFiles records = AdrRecords::write(scored->load.model, scored->recommendations, existing, log);
    const ExportWriteResult written = ExportFolder(dir.absolutePath()).write(records, true);
    for (const QString& error : written.errors)
        printErr(prefix + error + u'\n');
    if (!written.ok())
        return UsageOrIo;
    int added = 0;
    for (const ExportFile& f : records)
        added += existing.contains(f.path) ? 0 : 1;
    printOut(QStringLiteral("%1: %2 record(s), %3 new, %4 updated\n")
                 .arg(output, QString::number(records.size()), QString::number(added),
                      QString::number(records.size() - added)));
    return Ok;
}

} // namespace gw::cli
