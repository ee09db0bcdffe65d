// ProjectFile: a `.groundwork` project, one SQLite database holding the current model, named snapshots
// with the advice at their time, the decision log, the diagram's manual positions and the project's
// rule pack folders. Saves are single transactions, so a crash or full disk keeps the last saved state.
#pragma once

#include "modelstore.h"

#include <memory>
#include <optional>

namespace gw {

struct DiffReport;
struct ModelHistory;

class ProjectFile : public ModelStore
{
public:
    static constexpr int kSchemaVersion = 3;
    static constexpr int kApplicationId = 0x47726e64; // "Grnd", in PRAGMA application_id
    static constexpr const char* kExtension = ".groundwork";

    // Why an open or a save failed, for callers that react differently (the app offers Save As).
    enum class Error { None, NotFound, NotAProject, Corrupt, NewerSchema, Locked, ReadOnly, DiskFull, Io };

    enum class Access {
        ReadWrite, // locks the file against other instances until closed
        ReadOnly   // reads without locking others out (the CLI)
    };

    ProjectFile();
    ~ProjectFile() override;
    ProjectFile(ProjectFile&&) noexcept;
    ProjectFile& operator=(ProjectFile&&) noexcept;

    // True for a path that names a project (by its extension).
    static bool isProjectPath(const QString& path);

    // Opens an existing project, upgrading an older schema. A file that may not be written opens
    // read-only (isReadOnly()). Nothing in the file changes when the open fails.
    bool open(const QString& path, Access access = Access::ReadWrite);
    // Creates an empty project at `path`, which must not exist yet.
    bool create(const QString& path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const override;
    // The schema version the file had when this open upgraded it; 0 when it was not upgraded. Earlier
    // versions of Groundwork cannot open an upgraded file, so the user is told.
    int upgradedFrom() const;
    QString path() const;
    QString location() const override { return path(); }
    Error error() const;
    QString errorString() const override; // names the file and says what to do

    // The current model; nullopt (with errorString()) when the project has none yet or it is damaged.
    std::optional<Model> model() override;
    ProjectSettings settings() override;
    // Writes the model (and settings) as the project's current state and records changed pins in the
    // decision log; all or nothing.
    bool save(const Model& model, const ProjectSettings& settings = {}) override;

    QList<SnapshotInfo> snapshots() override; // oldest first
    bool hasSnapshot(const QString& name) override;
    // Keeps `model` and its advice under `name` (which must be new), all or nothing.
    bool takeSnapshot(const QString& name, const QString& note, const Model& model,
                      const AdviceSummary& advice) override;
    std::optional<Model> snapshotModel(const QString& name) override;
    std::optional<AdviceSummary> snapshotAdvice(const QString& name) override;
    bool removeSnapshot(const QString& name) override;
    // The diff of two snapshots (models and the advice of their time), reading only what differs
    // between them where the project keeps their parts; the same report as DiffReport::compare() on the
    // whole snapshots. `beforeName` / `afterName` name the sides in the report.
    std::optional<DiffReport> compareSnapshots(const QString& before, const QString& after,
                                               const QString& beforeName, const QString& afterName) override;

    DecisionLog decisionLog() override;

    // Writes a consistent copy of the whole project (history too) to `path` (Save As); `path` must
    // not be this project's own file.
    bool copyTo(const QString& path);

    // Writes a new project holding `model` at `path`, replacing the file there only once the whole
    // project is written (convert, Save As from a YAML model).
    static bool writeNew(const QString& path, const Model& model, const ProjectSettings& settings,
                         QString* error);
    // The same with the snapshots and decision log another store kept, times included (a workspace
    // model pulled into a project file).
    static bool writeNew(const QString& path, const Model& model, const ProjectSettings& settings,
                         const ModelHistory& history, QString* error);

    // Runs SQLite's integrity check; true when it says "ok" (tests, and the app's recovery).
    bool integrityOk();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gw
