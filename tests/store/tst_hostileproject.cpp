// A project file from a stranger: SQL hidden in its schema must never run when Groundwork opens and
// saves it (https://www.sqlite.org/security.html, "untrusted database files").
#include "core/io/modelfile.h"
#include "core/store/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestHostileProject)
#include "tst_hostileproject.moc"
