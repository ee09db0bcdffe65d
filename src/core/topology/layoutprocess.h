// LayoutProcess: runs groundwork-layout (the Graphviz helper) on DOT text and returns its geometry and
// rendered output. One short-lived process per layout: a Graphviz crash or hang becomes an error
// message here, and the same DOT always gives the same result. Blocking: call it off the UI thread,
// and finish it on the thread that started it.
#pragma once

#include "layoutgeometry.h"

#include <QString>

#include <atomic>
#include <memory>

class QProcess;

namespace gw {

struct LayoutRequest
{
    QByteArray dot;
    QString format;        // svg, png, pdf, or empty for geometry only
    bool geometry = false; // ask for positions
    int timeoutMs = 120'000;
    const std::atomic_bool* cancel = nullptr; // set it from another thread to stop the layout
};

struct LayoutResult
{
    bool ok = false;
    QString error;           // one line for the user when !ok
    QByteArray geometryJson; // see LayoutGeometry::fromJson
    QByteArray output;
};

class LayoutProcess
{
public:
    // Starts the helper at once, asking for `format` and/or the geometry: it loads Graphviz and its
    // plugins (a third of its time) while the caller is still making the DOT for finish().
    LayoutProcess(const QString& format, bool geometry);
    ~LayoutProcess(); // stops a helper that was never given its DOT
    LayoutProcess(const LayoutProcess&) = delete;
    LayoutProcess& operator=(const LayoutProcess&) = delete;

    // Hands the helper `dot` and waits for its answer. Once only.
    LayoutResult finish(const QByteArray& dot, int timeoutMs = 120'000,
                        const std::atomic_bool* cancel = nullptr);

    // Start and finish in one.
    static LayoutResult run(const LayoutRequest& request);

    // The helper: $GROUNDWORK_LAYOUT when set, else groundwork-layout beside the running program,
    // else in ../bin or ../libexec from it.
    static QString helperPath();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_program;
    bool m_started = false;
};

} // namespace gw
