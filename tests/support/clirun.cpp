#include "clirun.h"

#include <QProcess>

namespace gw::testsupport {

CliRun runCli(const QStringList& args, const QByteArray& input, const QString& workingDir)
{
    // Long enough for `export all` of a large model on a loaded CI machine; a hang still ends the test.
    constexpr int kTimeoutMs = 180'000;
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(GROUNDWORK_BIN_DIR "/groundwork-cli"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(kTimeoutMs);
    CliRun run;
    if (finished && p.exitStatus() == QProcess::NormalExit)
        run.exitCode = p.exitCode();
    else
        p.kill();
    run.stdOut = p.readAllStandardOutput();
    run.stdErr = p.readAllStandardError();
    run.out = QString::fromUtf8(run.stdOut);
    run.err = QString::fromUtf8(run.stdErr);
    return run;
}

} // namespace gw::testsupport
