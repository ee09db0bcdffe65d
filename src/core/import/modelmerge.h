// ModelMerge: an import merged into a model the user already has. The user's model wins: elements are
// matched by id and keep every value the user set; the import only fills what they leave unset, adds
// the `uses` edges, elements and pins the model lacks, and never deletes anything. What was added,
// filled and kept against the import is listed, for a summary or a preview. Qt Core only: the app
// applies the merged model as one undoable step, the CLI writes it into the file's text (MergeWriter).
#pragma once

#include "../io/sourcemap.h"
#include "importresult.h"

namespace gw {

// A value the user set that the import reads otherwise: the user's stands, and this says so. Names
// and values come from the two models only.
struct MergeConflict
{
    QString where;    // "workload web", "decision db/database", "system"
    QString field;    // "kind", "choice", "uses db (mode)"
    QString yours;    // "web"
    QString imported; // "api"

    bool operator==(const MergeConflict&) const = default;
};

// A field of an element of the user's model, or of the system, that the import filled.
struct MergeFill
{
    ElementRef element; // in the user's model (the merged one keeps its positions); System for the system
    QString key;        // the format's key: "memory_mb", "traffic.pattern", "cloud"
    QString importPath; // the value's path in the import's model, where its provenance note is

    bool operator==(const MergeFill&) const = default;
};

// A `uses` edge the import added to a workload of the user's model.
struct MergeEdge
{
    int workload = -1;  // in the user's (and the merged) model
    int use = -1;       // in that workload's uses, in the merged model
    QString importPath; // "workloads[3].uses[1]": the edge in the import's model

    bool operator==(const MergeEdge&) const = default;
};

// An element or pin of the import appended to the user's model.
struct MergeAddition
{
    ElementRef imported; // in the import's model
    ElementRef merged;   // in the merged model

    bool operator==(const MergeAddition&) const = default;
};

struct ModelMergeResult
{
    Model model;                    // the user's model with the import merged in
    QList<MergeAddition> elements;  // workloads, data stores and channels appended, in import order
    QList<MergeAddition> decisions; // pins appended, in import order
    QList<MergeFill> filled;        // the system's first, then in the import's order of elements and fields
    QList<MergeEdge> edges;         // edges added to the user's workloads
    QList<MergeConflict> kept;      // where the user's value stands against the import's
    QList<ImportedEdge> addedEdges; // every edge the merge added, new elements' included, for the summary

    // The ids of the user's elements that got a field filled, each once, in the order of the import.
    QStringList updated() const;
    bool changed() const
    {
        return !elements.isEmpty() || !decisions.isEmpty() || !filled.isEmpty() || !edges.isEmpty();
    }
};

class ModelMerge
{
public:
    // `sources`, when given, is where the user's model was read from: a key written in the file counts
    // as set by the user even when it holds the default. Without it, a default value counts as unset.
    static ModelMergeResult merge(const Model& existing, const ImportResult& import,
                                  const SourceMap* sources = nullptr);
};

} // namespace gw
