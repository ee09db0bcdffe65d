// runCli: runs groundwork-cli as a user or a CI job would, in a process of its own, and keeps what it
// printed and how it exited, for the tests of its commands.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw::testsupport {

struct CliRun
{
    int exitCode = -1; // -1: it crashed or did not finish in time
    QByteArray stdOut;
    QByteArray stdErr;
    QString out; // stdOut and stdErr as UTF-8 text
    QString err;
};

// `input` is written to its standard input, which is then closed; an empty `workingDir` is the test's.
CliRun runCli(const QStringList& args, const QByteArray& input = {}, const QString& workingDir = {});

} // namespace gw::testsupport
