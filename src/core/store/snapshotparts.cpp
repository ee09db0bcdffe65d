#include "snapshotparts_p.h"

#include "modelcodec.h"
#include "sqlitedb_p.h"
#include "storedmodel_p.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace gw::store {

namespace {

// Finds a stored part by its content (a hash narrows the search, the bytes decide) or stores it, and
// records it as part of the snapshot.
class PartWriter
{
public:
    PartWriter(sqlite3* db, qint64 snapshotId)
        : m_db(db), m_snapshotId(snapshotId), m_find(db, "SELECT id, data FROM part_data WHERE hash = ?1"),
          m_store(db, "INSERT INTO part_data (hash, data) VALUES (?1, ?2)"),
          m_use(db, "INSERT INTO snapshot_parts (snapshot_id, section, key, position, data_id) "
                    "VALUES (?1, ?2, ?3, ?4, ?5)")
    {
    }

    int result() const { return m_result; }

    template<typename T>
    void write(PartSection section, const QString& key, qsizetype position, const T& part)
    {
        if (m_result != SQLITE_OK)
            return;
        const QByteArray bytes = ModelCodec::encodePart(part);
        const qint64 hash =
            qFromBigEndian<qint64>(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).constData());
        qint64 dataId = -1;
        m_find.bind(1, hash);
        int rc;
        while ((rc = m_find.step()) == SQLITE_ROW) {
            if (m_find.bytes(1) == QByteArrayView(bytes)) {
                dataId = m_find.integer(0);
                break;
            }
        }
        m_find.reset();
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return fail(rc);
        if (dataId < 0) {
            m_store.bind(1, hash);
            m_store.bind(2, bytes);
            if (!done(m_store))
                return;
            dataId = sqlite3_last_insert_rowid(m_db);
        }
        m_use.bind(1, m_snapshotId);
        m_use.bind(2, int(section));
        m_use.bind(3, key);
        m_use.bind(4, qint64(position));
        m_use.bind(5, dataId);
        done(m_use);
    }

    template<typename T, typename Key> void writeList(PartSection section, const QList<T>& parts, Key key)
    {
        for (qsizetype i = 0; i < parts.size(); ++i)
            write(section, key(parts[i]), i, parts[i]);
    }

private:
    bool done(SqliteStatement& st)
    {
        const int rc = st.step();
        st.reset();
        if (rc != SQLITE_DONE)
            fail(rc);
        return rc == SQLITE_DONE;
    }
    void fail(int rc) { m_result = rc; }

    sqlite3* m_db;
    qint64 m_snapshotId;
    SqliteStatement m_find;
    SqliteStatement m_store;
    SqliteStatement m_use;
    int m_result = SQLITE_OK;
};

} // namespace

int writeSnapshotParts(sqlite3* db, qint64 snapshotId, const Model& model)
{
    PartWriter writer(db, snapshotId);
    // The single sections are keyed by nothing: there is one of each.
    writer.write(PartSection::System, {}, 0, model.system);
    writer.write(PartSection::Priorities, {}, 0, model.priorities);
    writer.write(PartSection::Team, {}, 0, model.team);
    // The lists are keyed as ModelDiff matches them: by id, name or subject. A key that repeats (an
    // invalid model) is stored once per occurrence, told apart by position.
    writer.writeList(PartSection::Environment, model.environments,
                     [](const Environment& e) { return e.name; });
    writer.writeList(PartSection::Workload, model.workloads, [](const Workload& w) { return w.id; });
    writer.writeList(PartSection::DataStore, model.data, [](const DataStore& d) { return d.id; });
    writer.writeList(PartSection::Channel, model.channels, [](const Channel& c) { return c.id; });
    writer.writeList(PartSection::Decision, model.decisions, [](const Decision& d) { return d.subject; });
    return writer.result();
}

int removeSnapshotParts(sqlite3* db, qint64 snapshotId)
{
    SqliteStatement unused(db, "DELETE FROM part_data WHERE id IN (SELECT data_id FROM snapshot_parts WHERE "
                               "snapshot_id = ?1) AND NOT EXISTS (SELECT 1 FROM snapshot_parts o WHERE "
                               "o.data_id = part_data.id AND o.snapshot_id <> ?1)");
    unused.bind(1, snapshotId);
    int rc = unused.step();
    if (rc != SQLITE_DONE)
        return rc;
    SqliteStatement parts(db, "DELETE FROM snapshot_parts WHERE snapshot_id = ?1");
    parts.bind(1, snapshotId);
    rc = parts.step();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

bool fillAllSnapshotParts(sqlite3* db, QString* error)
{
    SqliteStatement snapshots(db, "SELECT id, name, encoding, model FROM snapshots ORDER BY id");
    int rc;
    while ((rc = snapshots.step()) == SQLITE_ROW) {
        QString decodeError;
        const auto model = unpackModel(snapshots.integer(2), snapshots.blob(3), &decodeError);
        if (!model)
            continue;
        rc = writeSnapshotParts(db, snapshots.integer(0), *model);
        if (rc != SQLITE_OK) {
            *error = QStringLiteral("storing the parts of snapshot '%1' failed: %2")
                         .arg(snapshots.text(1), QString::fromUtf8(sqlite3_errstr(rc)));
            return false;
        }
    }
    if (rc != SQLITE_DONE) {
        *error =
            QStringLiteral("reading the snapshots failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

bool hasSnapshotParts(sqlite3* db, qint64 snapshotId)
{
    SqliteStatement st(db, "SELECT 1 FROM snapshot_parts WHERE snapshot_id = ?1 LIMIT 1");
    st.bind(1, snapshotId);
    return st.isValid() && st.step() == SQLITE_ROW;
}

} // namespace gw::store
