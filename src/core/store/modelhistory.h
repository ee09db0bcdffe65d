// ModelHistory: what a store keeps beside the current model (its snapshots, each with the advice of its
// time, and its decision log), with the times they were made. It is carried whole when a model moves
// from one back end to the other: a workspace model pulled into a project file, a project pushed to a
// workspace as a new model.
#pragma once

#include "../diff/advicesummary.h"
#include "modelstore.h"

namespace gw {

struct SnapshotCopy
{
    SnapshotInfo info;
    Model model;
    AdviceSummary advice;

    bool operator==(const SnapshotCopy&) const = default;
};

struct ModelHistory
{
    QList<SnapshotCopy> snapshots; // oldest first
    DecisionLog decisionLog;       // oldest first

    bool isEmpty() const { return snapshots.isEmpty() && decisionLog.isEmpty(); }

    // Reads all of `store`'s history; nullopt, with `error` set to the store's message, when a
    // snapshot cannot be read.
    static std::optional<ModelHistory> readFrom(ModelStore& store, QString* error);

    bool operator==(const ModelHistory&) const = default;
};

} // namespace gw
