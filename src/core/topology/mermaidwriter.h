// MermaidWriter: a Topology as a Mermaid flowchart with nested subgraphs (environment, region, zone),
// for people who keep diagrams as text in Markdown.
#pragma once

#include "diagramoptions.h"

#include <QByteArray>

namespace gw {

struct Topology;

class MermaidWriter
{
public:
    static QByteArray write(const Topology& topology, const DiagramOptions& options = {});
};

} // namespace gw
