// StructurizrWriter: a Topology as a Structurizr DSL workspace: the workloads, stores and channels as
// containers of one software system, the environment as a deployment environment (region and zones as
// deployment nodes, gateway and load balancers as infrastructure nodes), and a deployment view.
#pragma once

#include <QByteArray>

namespace gw {

struct Topology;

class StructurizrWriter
{
public:
    static QByteArray write(const Topology& topology);
};

} // namespace gw
