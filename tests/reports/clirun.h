// CliRun: groundwork-cli run as a CI job runs it, from the source folder (so that examples/... paths
// resolve and appear in the output as given), with its exit code, stdout and stderr.
#pragma once

#include <QProcess>
#include <QStringList>

namespace gw::testsupport {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QString& workDir = QStringLiteral(GROUNDWORK_SOURCE_DIR))
{
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    p.closeWriteChannel();
    p.waitForFinished(300'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline CliRun cli(const QStringList& args)
{
    return runProgram(QStringLiteral(GROUNDWORK_BIN_DIR "/groundwork-cli"), args);
}

} // namespace gw::testsupport
