// ExportCheck: runs the real parsers over generated export files: tests/tools/check-exports.mjs under
// node (HCL with reference checks, OpenAPI, AsyncAPI, GraphQL), protoc for .proto files. When a tool is
// missing the check says so; tests skip then, unless CI or GROUNDWORK_REQUIRE_TOOLS is set (then fail).
#pragma once

#include "core/export/exportfile.h"

#include <QString>
#include <QStringList>

namespace gw::test {

struct ToolResult
{
    enum class State { Passed, Failed, Missing };
    State state = State::Missing;
    QString output; // the problems, or why the tool is missing
};

// Writes `files` under `folder` (which must exist) and returns their absolute paths.
QStringList writeFiles(const QString& folder, const ExportFiles& files);

// node check-exports.mjs FILE...; with `literal`, some HCL file must hold it as a string value.
ToolResult checkWithNode(const QStringList& paths, const QString& literal = {});
// protoc --descriptor_set_out=/dev/null on each .proto, with its folder as the import path.
ToolResult checkWithProtoc(const QStringList& paths);

bool toolsRequired();

} // namespace gw::test

// QSKIP or QFAIL when the tool is missing, QFAIL with its output when it found problems.
#define GW_REQUIRE_TOOL_PASSED(expr)                                                                         \
    do {                                                                                                     \
        const gw::test::ToolResult gwResult_ = (expr);                                                       \
        if (gwResult_.state == gw::test::ToolResult::State::Missing) {                                       \
            if (gw::test::toolsRequired())                                                                   \
                QFAIL(qPrintable(gwResult_.output));                                                         \
            QSKIP(qPrintable(gwResult_.output));                                                             \
        }                                                                                                    \
        QVERIFY2(gwResult_.state == gw::test::ToolResult::State::Passed, qPrintable(gwResult_.output));      \
    } while (false)
