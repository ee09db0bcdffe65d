#include "exportcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gw::test {

namespace {

ToolResult run(const QString& program, const QStringList& args, const QString& workingDir = {},
               const QString& literal = {})
{
    QProcess p;
    if (!literal.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GW_EXPECT_LITERAL"_s, literal);
        p.setProcessEnvironment(env);
    }
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {ToolResult::State::Missing, program + u" did not start"_s};
    p.waitForFinished(240000);
    const QString output = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit)
        return {ToolResult::State::Failed, program + u" crashed: "_s + output};
    return {p.exitCode() == 0 ? ToolResult::State::Passed : ToolResult::State::Failed, output};
}

} // namespace

bool toolsRequired()
{
    return qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("GROUNDWORK_REQUIRE_TOOLS");
}

QStringList writeFiles(const QString& folder, const ExportFiles& files)
{
    QStringList paths;
    for (const ExportFile& f : files) {
        const QString path = QDir(folder).filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(f.content);
        paths.append(path);
    }
    return paths;
}

ToolResult checkWithNode(const QStringList& paths, const QString& literal)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        return {ToolResult::State::Missing, u"node is not installed (scripts/install-test-tools)"_s};
    const QString tools = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/tools");
    if (!QFileInfo::exists(tools + u"/node_modules/@cdktf/hcl2json"_s))
        return {ToolResult::State::Missing,
                u"the parsers are not installed in tests/tools (scripts/install-test-tools)"_s};
    if (paths.isEmpty())
        return {ToolResult::State::Passed, {}};
    return run(node, QStringList{tools + u"/check-exports.mjs"_s} + paths, {}, literal);
}

ToolResult checkWithProtoc(const QStringList& paths)
{
    const QString protoc = QStandardPaths::findExecutable(u"protoc"_s);
    if (protoc.isEmpty())
        return {ToolResult::State::Missing, u"protoc is not installed (protobuf-compiler)"_s};
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const ToolResult r = run(
            protoc,
            {u"--proto_path="_s + info.absolutePath(), u"--descriptor_set_out=/dev/null"_s, info.fileName()},
            info.absolutePath());
        if (r.state != ToolResult::State::Passed)
            return {ToolResult::State::Failed, path + u": "_s + r.output};
    }
    return {ToolResult::State::Passed, {}};
}

} // namespace gw::test
