#include "projectfile.h"

#include "../diff/advicesummary.h"
#include "../diff/diffreport.h"
#include "modelcodec.h"
#include "modelhistory.h"
#include "pinchanges.h"
#include "projectschema_p.h"
#include "snapshotdelta_p.h"
#include "snapshotparts_p.h"
#include "snapshotrows_p.h"
#include "sqlitedb_p.h"
#include "storedmodel_p.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QtEndian>

#include <sqlite3.h>

#include <cstdio>

namespace gw {

using store::kStoredEncoding;
using store::packModel;
using store::SqliteStatement;
using store::unpackModel;

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString now()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QDateTime timeFrom(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs); // written with a "Z": reads back as UTC
}

int elementCount(const Model& model)
{
    return int(model.workloads.size() + model.data.size() + model.channels.size());
}

} // namespace

struct ProjectFile::Private
{
    sqlite3* db = nullptr;
    QString path;
    bool readOnly = false;
    int schemaVersion = 0; // an older one when a read-only file was opened without upgrading it
    int upgradedFrom = 0;
    Error error = Error::None;
    QString errorString;

    ~Private() { closeDb(); }

    void closeDb()
    {
        if (db)
            sqlite3_close_v2(db);
        db = nullptr;
    }

    bool fail(Error kind, const QString& message)
    {
        error = kind;
        errorString = path + QStringLiteral(": ") + message;
        return false;
    }

    // Maps an SQLite result to what the user needs to know.
    bool failSql(int rc, const QString& doing)
    {
        const QString detail =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        switch (rc & 0xff) {
        case SQLITE_NOTADB:
            return fail(Error::NotAProject, QStringLiteral("is not a Groundwork project (%1)").arg(detail));
        case SQLITE_CORRUPT:
            return fail(Error::Corrupt,
                        QStringLiteral("the project file is damaged (%1 failed: %2); it was not changed")
                            .arg(doing, detail));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return fail(Error::Locked,
                        QStringLiteral("is open in another Groundwork window or process; close it there "
                                       "first (or open a copy)"));
        case SQLITE_FULL:
            return fail(Error::DiskFull, QStringLiteral("the disk is full: %1 failed; the last saved state "
                                                        "is kept")
                                             .arg(doing));
        case SQLITE_READONLY:
            return fail(Error::ReadOnly,
                        QStringLiteral("is read-only: %1 is not possible; use Save As to keep your changes "
                                       "in another file")
                            .arg(doing));
        case SQLITE_IOERR:
            // SQLite calls only a short write "full"; a refused write (no space, quota, size limit) ends
            // here.
            if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE)
                return fail(Error::Io, QStringLiteral("%1 failed: the file could not be written (is the disk "
                                                      "full?); the last saved state is kept")
                                           .arg(doing));
            [[fallthrough]];
        default:
            return fail(Error::Io, QStringLiteral("%1 failed: %2").arg(doing, detail));
        }
    }

    bool exec(const char* sql, const QString& doing)
    {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        return rc == SQLITE_OK || failSql(rc, doing);
    }

    void rollback() { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }

    // Runs `work` in a write transaction; anything but success rolls it all back.
    template<typename Work> bool writeTransaction(const QString& doing, Work work)
    {
        if (!db)
            return fail(Error::Io, QStringLiteral("the project is not open"));
        if (readOnly)
            return failSql(SQLITE_READONLY, doing);
        if (!exec("BEGIN IMMEDIATE", doing))
            return false;
        if (!work()) {
            rollback();
            return false;
        }
        const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            failSql(rc, doing); // before the rollback replaces SQLite's message
            rollback();
            return false;
        }
        error = Error::None;
        errorString.clear();
        return true;
    }

    // Steps a statement that returns no rows.
    bool run(SqliteStatement& st, const QString& doing)
    {
        const int rc = st.step();
        st.reset();
        return rc == SQLITE_DONE || failSql(rc, doing);
    }

    // The row id of the snapshot `name`; none (and the error set) when there is no such snapshot.
    std::optional<qint64> snapshotId(const QString& name)
    {
        SqliteStatement st(db, "SELECT id FROM snapshots WHERE name = ?1");
        st.bind(1, name);
        const int rc = st.step();
        if (rc == SQLITE_ROW)
            return st.integer(0);
        if (rc == SQLITE_DONE)
            fail(Error::NotFound, QStringLiteral("has no snapshot named '%1'").arg(name));
        else
            failSql(rc, QStringLiteral("reading snapshot '%1'").arg(name));
        return std::nullopt;
    }

    std::optional<qint64> pragmaInt(const char* sql)
    {
        SqliteStatement st(db, sql);
        const int rc = st.step();
        if (rc != SQLITE_ROW) {
            failSql(rc, QStringLiteral("reading the file header"));
            return std::nullopt;
        }
        return st.integer(0);
    }

    // Steps `st` (selecting a model's encoding and blob) and decodes the one row's model.
    std::optional<Model> readModel(SqliteStatement& st, Error missingKind, const QString& missing,
                                   const QString& what)
    {
        const int rc = st.step();
        if (rc == SQLITE_DONE) {
            fail(missingKind, missing);
            return std::nullopt;
        }
        if (rc != SQLITE_ROW) {
            failSql(rc, QStringLiteral("reading ") + what);
            return std::nullopt;
        }
        QString decodeError;
        auto model = unpackModel(st.integer(0), st.blob(1), &decodeError);
        if (!model)
            fail(Error::Corrupt, what + QStringLiteral(": ") + decodeError);
        return model;
    }

    bool updateDecisionLog(const Model& model);
    bool writeSettings(const Model& model, const ProjectSettings& settings);
    // A snapshot's rows, inside the caller's transaction; `time` as the file keeps times.
    bool insertSnapshot(const QString& name, const QString& note, const QString& time, const Model& model,
                        const AdviceSummary& advice, const QString& doing);
    // Appends decision log entries as they are, times included.
    bool insertDecisionLog(const DecisionLog& log, const QString& doing);
};

ProjectFile::ProjectFile() : d(std::make_unique<Private>())
{
}
ProjectFile::~ProjectFile() = default;
ProjectFile::ProjectFile(ProjectFile&&) noexcept = default;
ProjectFile& ProjectFile::operator=(ProjectFile&&) noexcept = default;

bool ProjectFile::isProjectPath(const QString& path)
{
    return path.endsWith(QLatin1StringView(kExtension), Qt::CaseInsensitive);
}

bool ProjectFile::open(const QString& path, Access access)
{
    close();
    d->path = path;
    d->error = Error::None;
    d->errorString.clear();

    const QFileInfo info(path);
    if (!info.exists())
        return d->fail(Error::NotFound, QStringLiteral("no such file"));
    if (info.isDir())
        return d->fail(Error::Io, QStringLiteral("is a folder, not a project file"));
    // The header tells a foreign file from a project before SQLite touches it (a hot journal would be
    // rolled back, an empty file would become a database).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return d->fail(Error::Io, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray header = file.read(100);
    const QByteArray start = header + file.read(4000); // enough to recognise a YAML model past its comments
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        const bool yaml = start.contains("groundwork:");
        return d->fail(
            Error::NotAProject,
            yaml ? QStringLiteral("is not a Groundwork project but looks like a YAML model; open it "
                                  "as a model, or convert it with groundwork-cli convert")
                 : QStringLiteral("is not a Groundwork project (not an SQLite database)"));
    }
    if (header.size() < 100)
        return d->fail(Error::Corrupt, QStringLiteral("the project file is truncated; it was not changed"));
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != kApplicationId)
        return d->fail(
            Error::NotAProject,
            QStringLiteral("is an SQLite database of another application, not a Groundwork project"));
    const qint32 headerVersion = qFromBigEndian<qint32>(header.constData() + 60);
    if (headerVersion > kSchemaVersion)
        return d->fail(
            Error::NewerSchema,
            QStringLiteral("was saved by a newer Groundwork (project schema %1; this version reads "
                           "up to %2); update Groundwork to open it. The file was not changed")
                .arg(headerVersion)
                .arg(kSchemaVersion));

    // The owner's write bit counts even for root, so a file marked read-only is treated as such.
    const bool writable = info.isWritable() && info.permission(QFileDevice::WriteOwner);
    d->readOnly = access == Access::ReadOnly || !writable;
    d->upgradedFrom = 0;
    const int flags = d->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &d->db, flags, nullptr);
    if (rc != SQLITE_OK) {
        d->failSql(rc, QStringLiteral("opening"));
        d->closeDb();
        return false;
    }
    sqlite3_extended_result_codes(d->db, 1);
    sqlite3_busy_timeout(d->db, 0); // another instance's lock is an answer, not something to wait for
    // A project may come from a stranger (https://www.sqlite.org/security.html): SQL hidden in its
    // schema (a trigger, a view) never runs with our rights, and no write bypasses SQLite's checks.
    // Our own schema uses neither triggers nor views.
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);

    const auto giveUp = [this] {
        d->closeDb();
        return false;
    };
    if (access == Access::ReadWrite) {
        // Held until close: no other instance can read or write the file while this one has it open.
        if (!d->exec("PRAGMA locking_mode = EXCLUSIVE", QStringLiteral("locking")))
            return giveUp();
    }
    const char* begin = d->readOnly ? "BEGIN" : "BEGIN EXCLUSIVE";
    if (!d->exec(begin, QStringLiteral("locking")))
        return giveUp();
    const auto version = d->pragmaInt("PRAGMA user_version");
    const auto appId = d->pragmaInt("PRAGMA application_id");
    if (!version || !appId) {
        d->rollback();
        return giveUp();
    }
    if (*appId != kApplicationId || *version > kSchemaVersion) {
        d->rollback();
        d->fail(Error::NotAProject, QStringLiteral("is not a Groundwork project of a known version"));
        return giveUp();
    }
    d->schemaVersion = int(*version);
    // A read-only open leaves an older file as it is: every older schema's tables are read as they are,
    // and what a newer schema adds (the snapshots' parts) is done without. A writable one is upgraded,
    // all in the open's transaction.
    if (*version < kSchemaVersion && !d->readOnly) {
        QString migrationError;
        if (!store::migrateSchema(d->db, int(*version), kSchemaVersion, &migrationError)) {
            d->rollback();
            d->fail(Error::Corrupt, migrationError + QStringLiteral("; the file was not changed"));
            return giveUp();
        }
        d->upgradedFrom = int(*version);
        d->schemaVersion = kSchemaVersion;
    }
    // No quick_check here: it reads every page (a second per 200 MB of history). Damage shows where it
    // is met instead: SQLite reports a malformed page, and the model's encoding is checked as it is read.
    rc = sqlite3_exec(d->db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        d->rollback();
        d->failSql(rc, QStringLiteral("upgrading the project"));
        return giveUp();
    }
    d->exec("PRAGMA synchronous = FULL", QStringLiteral("configuring"));
    if (!writable)
        d->fail(Error::ReadOnly, QStringLiteral("is read-only; it can be viewed, and Save As keeps changes "
                                                "in another file"));
    return true;
}

bool ProjectFile::create(const QString& path)
{
    close();
    d->path = path;
    d->error = Error::None;
    d->errorString.clear();
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return d->fail(Error::Io,
                       QStringLiteral("already exists; a new project is never written over a file"));
    d->readOnly = false;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &d->db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        d->failSql(rc, QStringLiteral("creating the project"));
        d->closeDb();
        return false;
    }
    sqlite3_extended_result_codes(d->db, 1);
    sqlite3_busy_timeout(d->db, 0);
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
    const bool ok = d->exec("PRAGMA locking_mode = EXCLUSIVE", QStringLiteral("locking")) &&
                    d->exec("PRAGMA synchronous = FULL", QStringLiteral("configuring")) &&
                    d->writeTransaction(QStringLiteral("creating the project"), [this, &setId] {
                        QString error;
                        if (!d->exec(setId.constData(), QStringLiteral("creating the project")))
                            return false;
                        if (!store::migrateSchema(d->db, 0, kSchemaVersion, &error))
                            return d->fail(Error::Io, error);
                        d->schemaVersion = kSchemaVersion;
                        return true;
                    });
    if (!ok)
        d->closeDb();
    return ok;
}

void ProjectFile::close()
{
    d->closeDb();
    d->readOnly = false;
}

bool ProjectFile::isOpen() const
{
    return d->db != nullptr;
}

bool ProjectFile::isReadOnly() const
{
    return d->readOnly;
}

int ProjectFile::upgradedFrom() const
{
    return d->upgradedFrom;
}

QString ProjectFile::path() const
{
    return d->path;
}

ProjectFile::Error ProjectFile::error() const
{
    return d->error;
}

QString ProjectFile::errorString() const
{
    return d->errorString;
}

std::optional<Model> ProjectFile::model()
{
    if (!d->db) {
        d->fail(Error::Io, QStringLiteral("the project is not open"));
        return std::nullopt;
    }
    SqliteStatement st(d->db, "SELECT encoding, data FROM model WHERE id = 1");
    return d->readModel(st, Error::Corrupt, QStringLiteral("the project holds no model yet"),
                        QStringLiteral("the model"));
}

ProjectSettings ProjectFile::settings()
{
    ProjectSettings settings;
    if (!d->db)
        return settings;
    SqliteStatement positions(d->db, "SELECT element, x, y FROM positions");
    while (positions.step() == SQLITE_ROW)
        settings.positions.insert(positions.text(0), QPointF(positions.real(1), positions.real(2)));
    SqliteStatement packs(d->db, "SELECT folder FROM rule_packs ORDER BY position");
    while (packs.step() == SQLITE_ROW)
        settings.rulePackFolders.append(packs.text(0));
    return settings;
}

bool ProjectFile::Private::updateDecisionLog(const Model& model)
{
    const QString doing = QStringLiteral("recording the decision log");
    QList<DecisionLogEntry> current;
    QList<qint64> currentIds;
    {
        SqliteStatement st(db, "SELECT id, subject, kind, choice, status, reason FROM decision_log "
                               "WHERE status <> 'superseded' ORDER BY id");
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            DecisionLogEntry e;
            e.subject = st.text(1);
            e.kind = st.text(2);
            e.choice = st.text(3);
            e.status = enumFromString<LoggedStatus>(st.text(4)).value_or(LoggedStatus::Superseded);
            e.reason = st.text(5);
            current.append(e);
            currentIds.append(st.integer(0));
        }
        if (rc != SQLITE_DONE)
            return failSql(rc, doing);
    }
    const PinChanges changes = PinChanges::between(current, model);
    const QDateTime time = QDateTime::currentDateTimeUtc();
    SqliteStatement supersede(
        db, "UPDATE decision_log SET status = 'superseded', superseded_at = ?1 WHERE id = ?2");
    for (qsizetype index : changes.superseded) {
        supersede.bind(1, timeText(time));
        supersede.bind(2, currentIds[index]);
        if (!run(supersede, doing))
            return false;
    }
    QList<DecisionLogEntry> added = changes.added;
    for (DecisionLogEntry& pin : added)
        pin.time = time;
    return insertDecisionLog(added, doing);
}

bool ProjectFile::Private::insertSnapshot(const QString& name, const QString& note, const QString& time,
                                          const Model& model, const AdviceSummary& advice,
                                          const QString& doing)
{
    const QByteArray blob = packModel(model);
    SqliteStatement st(db, "INSERT INTO snapshots (name, note, taken_at, element_count, encoding, model, "
                           "cost_cloud, cost_usd, cost_priced, cost_elements) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, name);
    st.bind(2, note);
    st.bind(3, time);
    st.bind(4, elementCount(model));
    st.bind(5, qint64(kStoredEncoding));
    st.bind(6, blob);
    if (advice.cost) {
        st.bind(7, advice.cost->cloud);
        st.bind(8, advice.cost->expectedUsd);
        st.bind(9, advice.cost->priced);
        st.bind(10, advice.cost->elements);
    } else {
        for (int column = 7; column <= 10; ++column)
            st.bindNull(column);
    }
    if (!run(st, doing))
        return false;
    const qint64 id = sqlite3_last_insert_rowid(db);
    SqliteStatement decision(
        db, "INSERT INTO snapshot_decisions (snapshot_id, position, subject, kind, top, "
            "top_score, chosen, chosen_score, margin, chosen_usd) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6, ?7, ?8, ?9, ?10)");
    for (qsizetype i = 0; i < advice.decisions.size(); ++i) {
        const DecisionOutcome& o = advice.decisions[i];
        decision.bind(1, id);
        decision.bind(2, qint64(i));
        decision.bind(3, o.subject);
        decision.bind(4, o.kind);
        decision.bind(5, o.top);
        decision.bind(6, o.topScoreTenths / 10.0);
        decision.bind(7, o.chosen);
        decision.bind(8, o.chosenScoreTenths / 10.0);
        if (o.marginTenths)
            decision.bind(9, *o.marginTenths / 10.0);
        else
            decision.bindNull(9);
        if (o.chosenUsd)
            decision.bind(10, *o.chosenUsd);
        else
            decision.bindNull(10);
        if (!run(decision, doing))
            return false;
    }
    SqliteStatement finding(db, "INSERT INTO snapshot_findings (snapshot_id, position, rule, severity, "
                                "subject, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (qsizetype i = 0; i < advice.findings.size(); ++i) {
        const FindingOutcome& f = advice.findings[i];
        finding.bind(1, id);
        finding.bind(2, qint64(i));
        finding.bind(3, f.rule);
        finding.bind(4, f.severity);
        finding.bind(5, f.subject);
        finding.bind(6, f.message);
        if (!run(finding, doing))
            return false;
    }
    const int rc = store::writeSnapshotParts(db, id, model);
    return rc == SQLITE_OK || failSql(rc, doing);
}

bool ProjectFile::Private::insertDecisionLog(const DecisionLog& log, const QString& doing)
{
    SqliteStatement insert(db,
                           "INSERT INTO decision_log (subject, kind, choice, status, reason, recorded_at, "
                           "superseded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const DecisionLogEntry& e : log) {
        insert.bind(1, e.subject);
        insert.bind(2, e.kind);
        insert.bind(3, e.choice);
        insert.bind(4, enumName(e.status));
        insert.bind(5, e.reason);
        insert.bind(6, timeText(e.time));
        if (e.supersededTime.isValid())
            insert.bind(7, timeText(e.supersededTime));
        else
            insert.bindNull(7);
        if (!run(insert, doing))
            return false;
    }
    return true;
}

bool ProjectFile::Private::writeSettings(const Model& model, const ProjectSettings& settings)
{
    const QString doing = QStringLiteral("saving the project settings");
    if (!exec("DELETE FROM positions; DELETE FROM rule_packs;", doing))
        return false;
    SqliteStatement position(db, "INSERT INTO positions (element, x, y) VALUES (?1, ?2, ?3)");
    for (auto it = settings.positions.cbegin(); it != settings.positions.cend(); ++it) {
        position.bind(1, it.key());
        position.bind(2, it.value().x());
        position.bind(3, it.value().y());
        if (!run(position, doing))
            return false;
    }
    SqliteStatement pack(db, "INSERT INTO rule_packs (position, folder) VALUES (?1, ?2)");
    for (qsizetype i = 0; i < settings.rulePackFolders.size(); ++i) {
        pack.bind(1, qint64(i));
        pack.bind(2, settings.rulePackFolders[i]);
        if (!run(pack, doing))
            return false;
    }
    // The weights are the model's priorities, mirrored here so SQL can read them without decoding.
    SqliteStatement weight(db, "INSERT OR REPLACE INTO weights (quality, weight) VALUES (?1, ?2)");
    for (std::size_t q = 0; q < enumCount<Quality>(); ++q) {
        weight.bind(1, enumName(static_cast<Quality>(q)));
        weight.bind(2, qBound(0, model.priorities.weights[q], 5));
        if (!run(weight, doing))
            return false;
    }
    return true;
}

bool ProjectFile::save(const Model& model, const ProjectSettings& settings)
{
    const QByteArray blob = packModel(model);
    return d->writeTransaction(QStringLiteral("saving"), [&] {
        SqliteStatement st(d->db, "INSERT OR REPLACE INTO model (id, encoding, data, saved_at) "
                                  "VALUES (1, ?1, ?2, ?3)");
        st.bind(1, qint64(kStoredEncoding));
        st.bind(2, blob);
        st.bind(3, now());
        return d->run(st, QStringLiteral("saving")) && d->updateDecisionLog(model) &&
               d->writeSettings(model, settings);
    });
}

QList<SnapshotInfo> ProjectFile::snapshots()
{
    QList<SnapshotInfo> out;
    if (!d->db)
        return out;
    SqliteStatement st(d->db, "SELECT name, note, taken_at, element_count, "
                              "(SELECT count(*) FROM snapshot_findings f WHERE f.snapshot_id = s.id) "
                              "FROM snapshots s ORDER BY id");
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append({st.text(0), st.text(1), timeFrom(st.text(2)), int(st.integer(3)), int(st.integer(4))});
    if (rc != SQLITE_DONE)
        d->failSql(rc, QStringLiteral("listing the snapshots"));
    return out;
}

bool ProjectFile::hasSnapshot(const QString& name)
{
    if (!d->db)
        return false;
    SqliteStatement st(d->db, "SELECT 1 FROM snapshots WHERE name = ?1");
    st.bind(1, name);
    return st.step() == SQLITE_ROW;
}

bool ProjectFile::takeSnapshot(const QString& name, const QString& note, const Model& model,
                               const AdviceSummary& advice)
{
    if (name.trimmed().isEmpty())
        return d->fail(Error::Io, QStringLiteral("a snapshot needs a name"));
    if (name.contains(u'@'))
        return d->fail(Error::Io, QStringLiteral("a snapshot name cannot contain '@' (it separates the file "
                                                 "from the snapshot in file.groundwork@name)"));
    if (hasSnapshot(name))
        return d->fail(Error::Io, QStringLiteral("there is already a snapshot named '%1'").arg(name));
    const QString doing = QStringLiteral("taking the snapshot");
    return d->writeTransaction(doing,
                               [&] { return d->insertSnapshot(name, note, now(), model, advice, doing); });
}

std::optional<Model> ProjectFile::snapshotModel(const QString& name)
{
    if (!d->db) {
        d->fail(Error::Io, QStringLiteral("the project is not open"));
        return std::nullopt;
    }
    SqliteStatement st(d->db, "SELECT encoding, model FROM snapshots WHERE name = ?1");
    st.bind(1, name);
    return d->readModel(st, Error::NotFound, QStringLiteral("has no snapshot named '%1'").arg(name),
                        QStringLiteral("snapshot '%1'").arg(name));
}

std::optional<AdviceSummary> ProjectFile::snapshotAdvice(const QString& name)
{
    if (!d->db)
        return std::nullopt;
    const std::optional<qint64> snapshotId = d->snapshotId(name);
    if (!snapshotId)
        return std::nullopt;
    store::SharedTexts texts;
    AdviceSummary advice;
    const QByteArray decisionSql = "SELECT " + store::decisionColumns(d->schemaVersion) +
                                   " FROM snapshot_decisions WHERE snapshot_id = ?1 ORDER BY position";
    SqliteStatement decisions(d->db, decisionSql.constData());
    decisions.bind(1, *snapshotId);
    while (decisions.step() == SQLITE_ROW)
        advice.decisions.append(store::decisionRow(decisions, texts));
    SqliteStatement findings(d->db, "SELECT rule, severity, subject, message FROM snapshot_findings "
                                    "WHERE snapshot_id = ?1 ORDER BY position");
    findings.bind(1, *snapshotId);
    while (findings.step() == SQLITE_ROW)
        advice.findings.append(store::findingRow(findings));
    advice.cost = store::snapshotCost(d->db, *snapshotId, d->schemaVersion);
    return advice;
}

bool ProjectFile::removeSnapshot(const QString& name)
{
    const QString doing = QStringLiteral("removing snapshot '%1'").arg(name);
    return d->writeTransaction(doing, [&] {
        SqliteStatement st(d->db,
                           "DELETE FROM snapshot_decisions WHERE snapshot_id IN (SELECT id FROM snapshots "
                           "WHERE name = ?1)");
        st.bind(1, name);
        SqliteStatement findings(d->db, "DELETE FROM snapshot_findings WHERE snapshot_id IN (SELECT id FROM "
                                        "snapshots WHERE name = ?1)");
        findings.bind(1, name);
        SqliteStatement snapshot(d->db, "DELETE FROM snapshots WHERE name = ?1");
        snapshot.bind(1, name);
        SqliteStatement id(d->db, "SELECT id FROM snapshots WHERE name = ?1");
        id.bind(1, name);
        if (d->schemaVersion >= 2 && id.step() == SQLITE_ROW) {
            if (const int rc = store::removeSnapshotParts(d->db, id.integer(0)); rc != SQLITE_OK)
                return d->failSql(rc, doing);
        }
        return d->run(st, doing) && d->run(findings, doing) && d->run(snapshot, doing);
    });
}

std::optional<DiffReport> ProjectFile::compareSnapshots(const QString& before, const QString& after,
                                                        const QString& beforeName, const QString& afterName)
{
    if (!d->db) {
        d->fail(Error::Io, QStringLiteral("the project is not open"));
        return std::nullopt;
    }
    // One read transaction: both sides as of the same moment.
    const bool ownTransaction = sqlite3_get_autocommit(d->db) != 0;
    if (ownTransaction && !d->exec("BEGIN", QStringLiteral("reading the snapshots")))
        return std::nullopt;
    const auto finish = [&](std::optional<DiffReport> report) {
        if (ownTransaction)
            sqlite3_exec(d->db, "COMMIT", nullptr, nullptr, nullptr);
        return report;
    };
    const auto beforeId = d->snapshotId(before);
    const auto afterId = beforeId ? d->snapshotId(after) : std::nullopt;
    if (!beforeId || !afterId)
        return finish(std::nullopt);
    if (d->schemaVersion >= 2 && store::hasSnapshotParts(d->db, *beforeId) &&
        store::hasSnapshotParts(d->db, *afterId)) {
        store::SnapshotDelta delta;
        QString partError;
        const int rc =
            store::readSnapshotDelta(d->db, *beforeId, *afterId, d->schemaVersion, &delta, &partError);
        if (rc == SQLITE_CORRUPT && !partError.isEmpty()) {
            d->fail(Error::Corrupt,
                    QStringLiteral("comparing '%1' with '%2': %3").arg(before, after, partError));
            return finish(std::nullopt);
        }
        if (rc != SQLITE_OK) {
            d->failSql(rc, QStringLiteral("comparing snapshots '%1' and '%2'").arg(before, after));
            return finish(std::nullopt);
        }
        return finish(DiffReport::compare(beforeName, delta.before, delta.beforeAdvice, afterName,
                                          delta.after, delta.afterAdvice));
    }
    // Snapshots without parts (a read-only project of schema 1, a part list that could not be made):
    // both whole.
    auto beforeModel = snapshotModel(before);
    auto afterModel = beforeModel ? snapshotModel(after) : std::nullopt;
    auto beforeAdvice = afterModel ? snapshotAdvice(before) : std::nullopt;
    auto afterAdvice = beforeAdvice ? snapshotAdvice(after) : std::nullopt;
    if (!afterAdvice)
        return finish(std::nullopt);
    return finish(
        DiffReport::compare(beforeName, *beforeModel, *beforeAdvice, afterName, *afterModel, *afterAdvice));
}

DecisionLog ProjectFile::decisionLog()
{
    DecisionLog log;
    if (!d->db)
        return log;
    SqliteStatement st(d->db, "SELECT subject, kind, choice, status, reason, recorded_at, superseded_at FROM "
                              "decision_log ORDER BY id");
    while (st.step() == SQLITE_ROW) {
        DecisionLogEntry e;
        e.subject = st.text(0);
        e.kind = st.text(1);
        e.choice = st.text(2);
        e.status = enumFromString<LoggedStatus>(st.text(3)).value_or(LoggedStatus::Superseded);
        e.reason = st.text(4);
        e.time = timeFrom(st.text(5));
        if (!st.isNull(6))
            e.supersededTime = timeFrom(st.text(6));
        log.append(e);
    }
    return log;
}

bool ProjectFile::copyTo(const QString& path)
{
    if (!d->db)
        return d->fail(Error::Io, QStringLiteral("the project is not open"));
    if (QFileInfo(path) == QFileInfo(d->path))
        return d->fail(Error::Io, QStringLiteral("cannot copy a project onto itself"));
    // Written beside the target and renamed over it, so a failed copy never leaves half a project.
    QTemporaryFile temp(path + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return d->fail(Error::Io, QStringLiteral("cannot write beside %1: %2").arg(path, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    QFile::remove(tempPath); // VACUUM INTO wants a new file
    SqliteStatement st(d->db, "VACUUM INTO ?1");
    st.bind(1, tempPath);
    const int rc = st.step();
    if (rc != SQLITE_DONE) {
        QFile::remove(tempPath);
        return d->failSql(rc, QStringLiteral("writing %1").arg(path));
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tempPath);
        return d->fail(Error::Io, QStringLiteral("cannot replace %1").arg(path));
    }
    return true;
}

bool ProjectFile::writeNew(const QString& path, const Model& model, const ProjectSettings& settings,
                           QString* error)
{
    return writeNew(path, model, settings, ModelHistory(), error);
}

bool ProjectFile::writeNew(const QString& path, const Model& model, const ProjectSettings& settings,
                           const ModelHistory& history, QString* error)
{
    QTemporaryFile temp(path + QStringLiteral(".XXXXXX"));
    if (!temp.open()) {
        *error = QStringLiteral("%1: cannot write beside it: %2").arg(path, temp.errorString());
        return false;
    }
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    // A temporary file is private to its owner; the project should read like any new document.
    QFile::setPermissions(tempPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup | QFileDevice::ReadOther);
    ProjectFile project;
    bool written = project.create(tempPath) && project.save(model, settings);
    if (written && !history.isEmpty()) {
        // The log the save just recorded is replaced by the one the model's history kept.
        const QString doing = QStringLiteral("copying the history");
        written = project.d->writeTransaction(doing, [&] {
            if (!project.d->exec("DELETE FROM decision_log", doing) ||
                !project.d->insertDecisionLog(history.decisionLog, doing))
                return false;
            for (const SnapshotCopy& s : history.snapshots) {
                if (!project.d->insertSnapshot(s.info.name, s.info.note, timeText(s.info.time), s.model,
                                               s.advice, doing))
                    return false;
            }
            return true;
        });
    }
    project.close();
    if (!written) {
        *error = project.errorString().replace(tempPath, path);
        QFile::remove(tempPath);
        return false;
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("%1: cannot be replaced").arg(path);
        QFile::remove(tempPath);
        return false;
    }
    return true;
}

bool ProjectFile::integrityOk()
{
    if (!d->db)
        return false;
    SqliteStatement st(d->db, "PRAGMA integrity_check");
    return st.step() == SQLITE_ROW && st.text(0) == QStringLiteral("ok");
}

} // namespace gw
