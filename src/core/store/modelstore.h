// ModelStore: where a model and its history are kept, whatever keeps them: a `.groundwork` project file
// (SQLite, one architect) or a model in a team workspace (PostgreSQL). Callers that read a model, save
// it, take and compare snapshots or read the decision log hold a ModelStore and never learn which.
#pragma once

#include "../model/model.h"
#include "decisionlog.h"
#include "snapshot.h"

#include <QHash>
#include <QPointF>

#include <optional>

namespace gw {

struct AdviceSummary;
struct DiffReport;

// What a store keeps besides the model and its history: saved with the model, in the same transaction.
struct ProjectSettings
{
    QHash<QString, QPointF> positions; // element id -> manual diagram position
    QStringList rulePackFolders;       // the organisation's packs the project is scored with, in order

    bool operator==(const ProjectSettings&) const = default;
};

class ModelStore
{
public:
    virtual ~ModelStore() = default;

    // Where the model is kept, for messages and titles ("plan.groundwork", "payments in service=arch").
    virtual QString location() const = 0;
    // Why the last call failed, naming the store and saying what to do.
    virtual QString errorString() const = 0;

    // True when saves are refused (a read-only file): the app offers Save As instead.
    virtual bool isReadOnly() const { return false; }

    // The current model; nullopt (with errorString()) when there is none yet or it is damaged.
    virtual std::optional<Model> model() = 0;
    virtual ProjectSettings settings() = 0;
    // Writes `model` as the current state and records changed pins in the decision log; all or nothing.
    // A store shared by several people refuses a save based on a model someone else has replaced since.
    virtual bool save(const Model& model, const ProjectSettings& settings = {}) = 0;

    virtual QList<SnapshotInfo> snapshots() = 0; // oldest first
    virtual bool hasSnapshot(const QString& name) = 0;
    // Keeps `model` and its advice under `name` (which must be new), all or nothing.
    virtual bool takeSnapshot(const QString& name, const QString& note, const Model& model,
                              const AdviceSummary& advice) = 0;
    virtual std::optional<Model> snapshotModel(const QString& name) = 0;
    virtual std::optional<AdviceSummary> snapshotAdvice(const QString& name) = 0;
    virtual bool removeSnapshot(const QString& name) = 0;
    // The diff of two snapshots (models and the advice of their time), the same report as
    // DiffReport::compare() on the whole snapshots, which is what this default does.
    // `beforeName` / `afterName` name the sides in the report.
    virtual std::optional<DiffReport> compareSnapshots(const QString& before, const QString& after,
                                                       const QString& beforeName, const QString& afterName);

    virtual DecisionLog decisionLog() = 0; // oldest first
};

} // namespace gw
