// Workspace: a team's shared store on a PostgreSQL server: many models, each with every revision saved
// and the advice of its time, snapshots, the decision log, and the organisation's own rule packs.
// Saves are optimistic: each says which revision it was based on, and a save based on a revision that
// is no longer the latest is refused, so two people never silently overwrite each other.
// One Workspace is one connection: use it from the thread that made it.
#pragma once

#include "core/diff/advicesummary.h"
#include "core/store/modelhistory.h"
#include "core/store/modelstore.h"
#include "workspaceconnection.h"

#include <QByteArray>
#include <QDateTime>

#include <memory>
#include <optional>

namespace gw {

// A model as the workspace lists it.
struct WorkspaceModelInfo
{
    QString name;
    QString ownerTeam;
    int revision = 0; // the latest
    QDateTime savedAt;
    QString savedBy; // the PostgreSQL role that saved the latest revision
    int elementCount = 0;
    int highFindings = 0; // in the advice of the latest revision
    int findings = 0;
    bool scored = false; // the latest revision was saved with its advice
};

// One saved revision of a model.
struct RevisionInfo
{
    int revision = 0;
    QDateTime savedAt;
    QString savedBy;
    QString note;
    int elementCount = 0;
    int findings = 0; // -1 when the revision was saved without its advice

    bool operator==(const RevisionInfo&) const = default;
};

// One of the organisation's rule packs, kept in the workspace so everyone connected scores alike.
struct WorkspaceRulePack
{
    QString name; // the pack's file name ("payments.yaml")
    QByteArray content;
    QDateTime savedAt;
    QString savedBy;
};

// A model's latest revision as the portfolio views read it: its picks, findings and current pins.
struct PortfolioModel
{
    QString name;
    QString ownerTeam;
    int revision = 0;
    QString cloud; // as in the format ("aws", "any")
    QString costCentre;
    std::optional<double> monthlyUsd; // none when the revision was saved without a cost estimate
    bool scored = false;              // saved with its advice
    QList<DecisionOutcome> decisions;
    QList<FindingOutcome> findings;
    QList<DecisionLogEntry> pins; // the decision log's current entries
};

// What a save sends: the model and, when the sender scored it, the advice of its time.
struct WorkspaceSave
{
    Model model;
    int baseRevision = 0; // the revision the model was based on; 0 for a model new to the workspace
    std::optional<AdviceSummary> advice;
    QString note;
    QString ownerTeam; // kept from the first save of a model
    ProjectSettings settings;
    // A model new to the workspace (base 0) may bring the snapshots and decision log it had elsewhere
    // (a project file), kept with their times; otherwise the decision log starts with this save.
    ModelHistory history;
};

class Workspace
{
public:
    static constexpr int kSchemaVersion = 1;

    enum class Error {
        None,
        Driver,         // Qt's PostgreSQL driver is not installed
        Connection,     // the server cannot be reached or refused the login
        Password,       // the server asks for a password: none was given, or it was refused
        NotInitialised, // the database holds no workspace yet (workspace init)
        NewerSchema,    // written by a newer Groundwork
        NotFound,       // no such model, revision, snapshot or pack
        Conflict,       // a save based on a revision that is no longer the latest
        Denied,         // the role may not do that
        Invalid,        // a name or argument the workspace cannot take
        Io              // anything else the server reported
    };

    explicit Workspace(const WorkspaceConnection& connection);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Connects and checks the workspace's schema; with `initialise`, creates it first where it is
    // missing (needs the right to create tables; running it again changes nothing).
    bool open(bool initialise = false);
    bool isOpen() const;
    QString location() const; // the connection as given
    Error error() const;
    QString errorString() const;

    QList<WorkspaceModelInfo> models(); // by name
    // Gives model `name` to `team` ("" for none). With row-level security, only a member of the team
    // that owns it now (or an admin) may, and only to a team they belong to.
    bool setOwner(const QString& name, const QString& team);
    bool hasModel(const QString& name);
    // The model at `revision`; 0 means the latest.
    std::optional<Model> model(const QString& name, int revision = 0);
    // The advice kept with `revision` (0: the latest); nullopt with Error::NotFound when it was saved
    // without advice.
    std::optional<AdviceSummary> advice(const QString& name, int revision = 0);
    std::optional<int> latestRevision(const QString& name);
    QList<RevisionInfo> log(const QString& name); // oldest first
    DecisionLog decisionLog(const QString& name);
    ProjectSettings settings(const QString& name);

    // Saves a new revision of `name` and returns its number. When someone saved since
    // `save.baseRevision`, nothing is written and error() is Conflict (conflictRevision() tells the
    // latest revision).
    std::optional<int> save(const QString& name, const WorkspaceSave& save);
    int conflictRevision() const;

    // Every model's latest revision, by name, for the portfolio views.
    QList<PortfolioModel> portfolio();

    QList<SnapshotInfo> snapshots(const QString& model);
    bool hasSnapshot(const QString& model, const QString& snapshot);
    bool takeSnapshot(const QString& model, const QString& snapshot, const QString& note, const Model& state,
                      const AdviceSummary& advice);
    std::optional<Model> snapshotModel(const QString& model, const QString& snapshot);
    std::optional<AdviceSummary> snapshotAdvice(const QString& model, const QString& snapshot);
    bool removeSnapshot(const QString& model, const QString& snapshot);

    QList<WorkspaceRulePack> rulePacks(); // by name, with their content
    bool saveRulePack(const QString& name, const QByteArray& content);
    bool removeRulePack(const QString& name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
