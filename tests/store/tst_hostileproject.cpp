// A project file from a stranger: SQL hidden in its schema must never run when Groundwork opens and
// saves it (https://www.sqlite.org/security.html, "untrusted database files"), and a stored model that
// lies about its size must end in a clear error before anything is allocated for it.
#include "core/diff/advicesummary.h"
#include "core/io/modelfile.h"
#include "core/store/projectfile.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>

using namespace gw;

namespace {

bool execRaw(const QString& path, const char* sql, int* firstColumn = nullptr)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
              SQLITE_OK;
    if (ok && firstColumn) {
        sqlite3_stmt* st = nullptr;
        ok = sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
        if (ok)
            *firstColumn = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    } else if (ok) {
        ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close(db);
    return ok;
}

bool setBlob(const QString& path, const char* sql, const QByteArray& blob)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
              SQLITE_OK;
    sqlite3_stmt* st = nullptr;
    ok = ok && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
         sqlite3_bind_blob(st, 1, blob.constData(), int(blob.size()), SQLITE_TRANSIENT) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(db) == 1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ok;
}

QByteArray modelBlob(const QString& path)
{
    sqlite3* db = nullptr;
    QByteArray out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT data FROM model", -1, &st, nullptr) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            out =
                QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

// The stored blob of `path`'s model with its 4-byte size header (qCompress's) replaced by `claimed`.
QByteArray withClaimedSize(QByteArray blob, quint32 claimed)
{
    qToBigEndian(claimed, blob.data());
    return blob;
}

// A project holding the early-saas example and one snapshot of it.
QString writeProject(const QTemporaryDir& dir, Model* model = nullptr)
{
    const LoadResult example =
        ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml"));
    const QString path = dir.filePath(QStringLiteral("sent.groundwork"));
    QString error;
    if (example.hasErrors() || !ProjectFile::writeNew(path, example.model, {}, &error))
        return {};
    ProjectFile project;
    if (!project.open(path) || !project.takeSnapshot(QStringLiteral("v1"), {}, example.model, {}))
        return {};
    if (model)
        *model = example.model;
    return path;
}

// The size the fuzzer's input claimed: 3.9 GB for a model of a few kilobytes.
constexpr quint32 kClaimedByTheFuzzerFinding = 3'907'578'088u;

} // namespace

class TestHostileProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triggersPlantedInTheFileNeverRun()
    {
        const LoadResult example =
            ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml"));
        QVERIFY(!example.hasErrors());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.groundwork"));
        QString error;
        QVERIFY2(ProjectFile::writeNew(path, example.model, {}, &error), qPrintable(error));

        // What a hostile sender adds: triggers on every table a save touches, recording that they ran.
        QVERIFY(execRaw(path, R"sql(
            CREATE TABLE ran (what TEXT);
            CREATE TRIGGER on_insert AFTER INSERT ON model BEGIN INSERT INTO ran VALUES ('insert'); END;
            CREATE TRIGGER on_update AFTER UPDATE ON model BEGIN INSERT INTO ran VALUES ('update'); END;
            CREATE TRIGGER on_delete AFTER DELETE ON model BEGIN INSERT INTO ran VALUES ('delete'); END;
            CREATE TRIGGER on_log AFTER INSERT ON decision_log BEGIN INSERT INTO ran VALUES ('log'); END;
        )sql"));

        ProjectFile project;
        QVERIFY2(project.open(path), qPrintable(project.errorString()));
        const std::optional<Model> model = project.model();
        QVERIFY(model.has_value());
        QCOMPARE(*model, example.model);
        Model edited = *model;
        edited.system.name = QStringLiteral("Edited");
        Decision pin;
        pin.subject = edited.workloads.first().id + QStringLiteral("/compute");
        pin.choice = QStringLiteral("vm");
        pin.reason = QStringLiteral("a reason");
        edited.decisions.append(pin);
        QVERIFY2(project.save(edited), qPrintable(project.errorString()));
        project.close();

        int ran = -1;
        QVERIFY(execRaw(path, "SELECT count(*) FROM ran", &ran));
        QCOMPARE(ran, 0);
        ProjectFile reopened;
        QVERIFY(reopened.open(path, ProjectFile::Access::ReadOnly));
        QCOMPARE(reopened.model()->system.name, QStringLiteral("Edited"));
    }

    // The fuzzer's finding, rebuilt: qUncompress asked for what the header claimed (3.9 GB) before zlib
    // found the stream did not match. Now the claim is checked first, and no warning of a failed
    // allocation or a zlib error is printed on the way to the clear error.
    void aModelThatClaimsGigabytesIsRefusedBeforeAllocating()
    {
        QTemporaryDir dir;
        const QString path = writeProject(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray blob = withClaimedSize(modelBlob(path), kClaimedByTheFuzzerFinding);
        QVERIFY(setBlob(path, "UPDATE model SET data = ?1", blob));
        QVERIFY(setBlob(path, "UPDATE snapshots SET model = ?1", blob));

        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        ProjectFile project;
        QVERIFY2(project.open(path, ProjectFile::Access::ReadOnly), qPrintable(project.errorString()));
        QVERIFY(!project.model().has_value());
        QCOMPARE(project.error(), ProjectFile::Error::Corrupt);
        QVERIFY2(project.errorString().contains(QStringLiteral("claims 3,907,578,088 bytes")),
                 qPrintable(project.errorString()));
        QVERIFY(!project.snapshotModel(QStringLiteral("v1")).has_value());
        QVERIFY2(project.errorString().contains(QStringLiteral("claims 3,907,578,088 bytes")),
                 qPrintable(project.errorString()));
    }

    // Every other way a blob's size can lie: claiming more than its compressed bytes could ever hold,
    // less than the stream holds (qUncompress would grow its buffer for as long as the stream runs),
    // more than it holds, or being too short to have a size at all.
    void aModelWhoseSizeLiesIsRefused_data()
    {
        QTest::addColumn<int>("shift"); // the claimed size relative to the true one
        QTest::addColumn<QString>("says");
        QTest::newRow("within the limit, past zlib's ratio") << 40'000'000 << QStringLiteral("more than its");
        QTest::newRow("shorter than the stream") << -100 << QStringLiteral("decompresses to more than");
        QTest::newRow("longer than the stream") << 100 << QStringLiteral("does not decompress");
        QTest::newRow("no size at all") << 0 << QStringLiteral("too short");
    }

    void aModelWhoseSizeLiesIsRefused()
    {
        QFETCH(int, shift);
        QFETCH(QString, says);
        QTemporaryDir dir;
        Model model;
        const QString path = writeProject(dir, &model);
        QVERIFY(!path.isEmpty());
        QByteArray blob = modelBlob(path);
        const quint32 trueSize = qFromBigEndian<quint32>(blob.constData());
        blob = shift == 0 ? blob.left(3) : withClaimedSize(blob, quint32(qint64(trueSize) + shift));
        QVERIFY(setBlob(path, "UPDATE model SET data = ?1", blob));

        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        ProjectFile project;
        QVERIFY(project.open(path, ProjectFile::Access::ReadOnly));
        QVERIFY(!project.model().has_value());
        QVERIFY2(project.errorString().contains(says), qPrintable(project.errorString()));
        // The snapshot, stored the same way and left alone, still opens: only the damaged part is lost.
        const std::optional<Model> snapshot = project.snapshotModel(QStringLiteral("v1"));
        QVERIFY(snapshot.has_value());
        QCOMPARE(*snapshot, model);
    }

    // Inside a blob that decompresses honestly, the CBOR can lie too: a text that claims 2 GiB.
    void aTextThatClaimsGigabytesIsRefused()
    {
        QTemporaryDir dir;
        const QString path = writeProject(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray cbor = QByteArray::fromHex("9f9f7a7fffffff61");
        QVERIFY(setBlob(path, "UPDATE model SET data = ?1", qCompress(cbor)));

        ProjectFile project;
        QVERIFY(project.open(path, ProjectFile::Access::ReadOnly));
        QVERIFY(!project.model().has_value());
        QCOMPARE(project.error(), ProjectFile::Error::Corrupt);
    }
};

QTEST_GUILESS_MAIN(TestHostileProject)
#include "tst_hostileproject.moc"
