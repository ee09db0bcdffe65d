#include "projectschema_p.h"

#include "snapshotparts_p.h"

#include <sqlite3.h>

#include <array>

namespace gw::store {

namespace {

struct Migration
{
    const char* sql;
    bool (*fill)(sqlite3* db, QString* error); // what SQL alone cannot do (decoding models); may be null
};

// kMigrations[n] takes a file from schema version n to n + 1. Never edit a step that has shipped; add one.
constexpr std::array<Migration, 3> kMigrations{{
    // 0 -> 1: the first schema.
    {R"sql(
    CREATE TABLE model (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        encoding INTEGER NOT NULL,
        data BLOB NOT NULL,
        saved_at TEXT NOT NULL
    );
    CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        note TEXT NOT NULL DEFAULT '',
        taken_at TEXT NOT NULL,
        element_count INTEGER NOT NULL,
        encoding INTEGER NOT NULL,
        model BLOB NOT NULL
    );
    CREATE TABLE snapshot_decisions (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        top TEXT NOT NULL,
        top_score REAL NOT NULL,
        chosen TEXT NOT NULL,
        chosen_score REAL NOT NULL,
        margin REAL,
        PRIMARY KEY (snapshot_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE snapshot_findings (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        rule TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
        subject TEXT NOT NULL,
        message TEXT NOT NULL,
        PRIMARY KEY (snapshot_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE decision_log (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        choice TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected', 'superseded')),
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        superseded_at TEXT
    );
    CREATE INDEX decision_log_current ON decision_log(status) WHERE status <> 'superseded';
    CREATE TABLE positions (
        element TEXT PRIMARY KEY,
        x REAL NOT NULL,
        y REAL NOT NULL
    );
    CREATE TABLE rule_packs (
        position INTEGER PRIMARY KEY,
        folder TEXT NOT NULL
    );
    CREATE TABLE weights (
        quality TEXT PRIMARY KEY,
        weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 5)
    );
    )sql",
     nullptr},
    // 1 -> 2: each snapshot's model also part by part (snapshotparts_p.h), so a diff of two snapshots
    // reads only the parts that differ; the existing snapshots' parts are filled from their models.
    {R"sql(
    CREATE TABLE part_data (
        id INTEGER PRIMARY KEY,
        hash INTEGER NOT NULL,
        data BLOB NOT NULL
    );
    CREATE INDEX part_data_hash ON part_data(hash);
    CREATE TABLE snapshot_parts (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        section INTEGER NOT NULL,
        key TEXT NOT NULL,
        position INTEGER NOT NULL,
        data_id INTEGER NOT NULL REFERENCES part_data(id),
        PRIMARY KEY (snapshot_id, section, key, position)
    ) WITHOUT ROWID;
    CREATE INDEX snapshot_parts_data ON snapshot_parts(data_id);
    )sql",
     fillAllSnapshotParts},
    // 2 -> 3: what each snapshot's picks cost (its estimate, and each chosen candidate's line), so that a
    // diff of snapshots says what a change did to the bill. Older snapshots have none: NULL.
    {R"sql(
    ALTER TABLE snapshot_decisions ADD COLUMN chosen_usd REAL;
    ALTER TABLE snapshots ADD COLUMN cost_cloud TEXT;
    ALTER TABLE snapshots ADD COLUMN cost_usd REAL;
    ALTER TABLE snapshots ADD COLUMN cost_priced INTEGER;
    ALTER TABLE snapshots ADD COLUMN cost_elements INTEGER;
    )sql",
     nullptr},
}};

} // namespace

bool migrateSchema(sqlite3* db, int fromVersion, int toVersion, QString* error)
{
    if (fromVersion < 0 || toVersion > int(kMigrations.size()) || fromVersion > toVersion) {
        *error = QStringLiteral("no migration from schema version %1 to %2").arg(fromVersion).arg(toVersion);
        return false;
    }
    for (int v = fromVersion; v < toVersion; ++v) {
        char* message = nullptr;
        const Migration& step = kMigrations[std::size_t(v)];
        if (sqlite3_exec(db, step.sql, nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QStringLiteral("upgrading the project from schema version %1 failed: %2")
                         .arg(v)
                         .arg(QString::fromUtf8(message));
            sqlite3_free(message);
            return false;
        }
        QString fillError;
        if (step.fill && !step.fill(db, &fillError)) {
            *error = QStringLiteral("upgrading the project from schema version %1 failed: %2")
                         .arg(v)
                         .arg(fillError);
            return false;
        }
    }
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(toVersion);
    if (sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error =
            QStringLiteral("cannot set the schema version: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

} // namespace gw::store
