// ExportFolder: generated files land inside the folder the user gave, never outside it, and never
// over an existing file without --force.
#include "core/export/exportfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace gw;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : mode_t(0);
}

} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"main.tf"_s << true;
        QTest::newRow("nested") << u"terraform/aws/modules/network/main.tf"_s << true;
        QTest::newRow("dots in a name") << u"api.v1.openapi.yaml"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("parent") << u"../escape.tf"_s << false;
        QTest::newRow("parent inside") << u"a/../../escape.tf"_s << false;
        QTest::newRow("current") << u"./a.tf"_s << false;
        QTest::newRow("empty part") << u"a//b.tf"_s << false;
        QTest::newRow("trailing slash") << u"a/"_s << false;
        QTest::newRow("backslash") << u"a\\..\\..\\b"_s << false;
        QTest::newRow("drive") << u"C:/x"_s << false;
        QTest::newRow("newline") << u"a\nb"_s << false;
    }

    void safePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(ExportFolder::isSafeRelativePath(path), safe);
    }

    void writesNestedFilesInsideTheFolder()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"out/deeper"_s);
        const ExportWriteResult result =
            ExportFolder(out).write({{u"a.txt"_s, "one"}, {u"x/y/b.txt"_s, "two"}}, false);
        QVERIFY2(result.ok(), qPrintable(result.errors.join(u'\n')));
        QCOMPARE(result.written, QStringList({u"a.txt"_s, u"x/y/b.txt"_s}));
        QCOMPARE(readAll(out + u"/a.txt"_s), QByteArray("one"));
        QCOMPARE(readAll(out + u"/x/y/b.txt"_s), QByteArray("two"));
    }

    void refusesAnUnsafePathAndWritesNothing()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"out"_s);
        const ExportWriteResult result =
            ExportFolder(out).write({{u"ok.txt"_s, "fine"}, {u"../evil.txt"_s, "bad"}}, true);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY(result.errors.first().startsWith(u"../evil.txt: "_s));
        QVERIFY(!QFile::exists(tmp.filePath(u"evil.txt"_s)));
        QVERIFY(!QFile::exists(out + u"/ok.txt"_s)); // all or nothing
    }

    void neverOverwritesWithoutForce()
    {
        QTemporaryDir tmp;
        const ExportFolder folder(tmp.path());
        QVERIFY(folder.write({{u"a.txt"_s, "mine"}}, false).ok());

        const ExportFiles again{{u"a.txt"_s, "generated"}, {u"b.txt"_s, "new"}};
        QCOMPARE(folder.existingFiles(again), QStringList({u"a.txt"_s}));
        const ExportWriteResult refused = folder.write(again, false);
        QCOMPARE(refused.existing, QStringList({u"a.txt"_s}));
        QVERIFY(refused.written.isEmpty());
        QCOMPARE(readAll(tmp.filePath(u"a.txt"_s)), QByteArray("mine"));
        QVERIFY(!QFile::exists(tmp.filePath(u"b.txt"_s)));

        QVERIFY(folder.write(again, true).ok());
        QCOMPARE(readAll(tmp.filePath(u"a.txt"_s)), QByteArray("generated"));
    }

    // New files get the mode any new file gets (the umask applies); a replaced file keeps its own, so
    // a script the user made executable stays so; nothing temporary is left behind.
    void filesGetTheUsualModeAndReplacedOnesKeepTheirs()
    {
        QTemporaryDir tmp;
        const ExportFolder folder(tmp.path());
        const mode_t oldMask = ::umask(022);
        QVERIFY(folder.write({{u"a.txt"_s, "one"}, {u"run.sh"_s, "#!/bin/sh"}}, false).ok());
        QCOMPARE(modeOf(tmp.filePath(u"a.txt"_s)), mode_t(0644));
        QVERIFY(::chmod(QFile::encodeName(tmp.filePath(u"run.sh"_s)).constData(), 0750) == 0);
        QVERIFY(folder.write({{u"a.txt"_s, "two"}, {u"run.sh"_s, "#!/bin/sh\nexit 0"}}, true).ok());
        ::umask(oldMask);
        QCOMPARE(modeOf(tmp.filePath(u"run.sh"_s)), mode_t(0750));
        QCOMPARE(readAll(tmp.filePath(u"run.sh"_s)), QByteArray("#!/bin/sh\nexit 0"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u"a.txt"_s, u"run.sh"_s}));
    }

    // A file that cannot be written (a plain file stands where its folder should be) fails the write
    // with its path and the reason; the files staged before it are removed and no target is touched.
    void aFailedWriteLeavesNoPartAndNoTemporary()
    {
        QTemporaryDir tmp;
        const ExportFolder folder(tmp.path());
        QVERIFY(folder.write({{u"a.txt"_s, "mine"}, {u"terraform"_s, "a file, not a folder"}}, false).ok());
        const ExportWriteResult result =
            folder.write({{u"a.txt"_s, "new"}, {u"terraform/main.tf"_s, "new"}}, true);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().startsWith(u"terraform/main.tf: "_s),
                 qPrintable(result.errors.first()));
        QVERIFY(result.written.isEmpty());
        QCOMPARE(readAll(tmp.filePath(u"a.txt"_s)), QByteArray("mine"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({u"a.txt"_s, u"terraform"_s}));
    }

    void aLinkInsideTheFolderCannotLeadOut()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"out"_s);
        const QString outside = tmp.filePath(u"outside"_s);
        QVERIFY(QDir().mkpath(out) && QDir().mkpath(outside));
        QVERIFY(QFile::link(outside, out + u"/link"_s));
        QVERIFY(QFile::link(outside + u"/target.txt"_s, out + u"/file-link.txt"_s));

        const ExportWriteResult result =
            ExportFolder(out).write({{u"link/escape.txt"_s, "x"}, {u"file-link.txt"_s, "y"}}, true);
        QCOMPARE(result.errors.size(), 2);
        QVERIFY(!QFile::exists(outside + u"/escape.txt"_s));
        QVERIFY(!QFile::exists(outside + u"/target.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
