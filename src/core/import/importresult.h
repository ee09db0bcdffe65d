// ImportResult: a model assembled from existing systems, what each of its values says about where it
// came from, and what the import summary reports: edges and what they were inferred from, everything
// left out, by type and count.
#pragma once

#include "../io/diagnostic.h"
#include "../model/model.h"
#include "provenance.h"

#include <QMap>

namespace gw {

struct ImportedEdge
{
    QString from; // element ids
    QString to;
    QStringList via; // "depends_on (docker-compose.yml:30)": names and places, never values
};

struct ImportResult
{
    Model model;
    QList<ModelNote> notes;
    QList<ImportedEdge> edges;
    QMap<QString, int> ignored; // what was read and is not in the model, by type
    QStringList remarks;        // what the summary should say about the inputs
    QStringList inputs;         // each file read, with its format: "docker-compose.yml (Compose)"
    int components = 0;         // what the inputs run, before the mapping left some out
    Diagnostics diagnostics;

    bool hasErrors() const { return gw::hasErrors(diagnostics); }
    int elementCount() const
    {
        return int(model.workloads.size() + model.data.size() + model.channels.size());
    }
    // Whether there is anything to write: a model needs a workload or a data store, and channels alone
    // (a broker no service of the inputs uses) are not one.
    bool isEmpty() const { return model.workloads.isEmpty() && model.data.isEmpty(); }
};

} // namespace gw
