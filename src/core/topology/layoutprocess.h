// LayoutProcess: runs groundwork-layout (the Graphviz helper) on DOT text and returns its geometry and
// rendered output. One short-lived process per layout: a Graphviz crash or hang becomes an error
// message here, and the same DOT always gives the same result. Blocking: call it off the UI thread.
#pragma once

#include "layoutgeometry.h"

#include <QString>

#include <atomic>

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
    static LayoutResult run(const LayoutRequest& request);

    // The helper: $GROUNDWORK_LAYOUT when set, else groundwork-layout beside the running program,
    // else in ../bin or ../libexec from it.
    static QString helperPath();
};

} // namespace gw
