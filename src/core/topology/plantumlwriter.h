// PlantUmlWriter: a Topology as PlantUML with the C4 container macros of PlantUML's standard library
// (boundaries for environment, region and zone; ContainerDb for data stores; System_Ext for clients).
#pragma once

#include "diagramoptions.h"

#include <QByteArray>

namespace gw {

struct Topology;

class PlantUmlWriter
{
public:
    static QByteArray write(const Topology& topology, const DiagramOptions& options = {});
};

} // namespace gw
