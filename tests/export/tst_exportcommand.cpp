// groundwork-cli export: writes into the folder it is given, refuses to overwrite without --force
// (exit 2, listing the files), tells usage errors (2) from invalid models (1).
#include "clirun.h"
#include "core/export/exporters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using gw::testsupport::CliRun;
using gw::testsupport::runCli;

QString example(const QString& name)
{
    return QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/") + name + u".yaml"_s;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesThenRefusesThenForces()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(u"out"_s);
        CliRun r = runCli({u"export"_s, u"terraform"_s, example(u"early-saas"_s), u"-o"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(out + u"/terraform/aws/main.tf"_s));
        QVERIFY(r.out.contains(u"wrote terraform/aws/main.tf"_s));

        QFile main(out + u"/terraform/aws/main.tf"_s);
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write("# mine\n");
        main.close();
        r = runCli({u"export"_s, u"terraform"_s, example(u"early-saas"_s), u"-o"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"terraform/aws/main.tf"_s) && r.err.contains(u"--force"_s),
                 qPrintable(r.err));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QCOMPARE(main.readAll(), QByteArray("# mine\n"));
        main.close();

        r = runCli({u"export"_s, u"terraform"_s, example(u"early-saas"_s), u"-o"_s, out, u"--force"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(main.open(QIODevice::ReadOnly));
        QVERIFY(main.readAll().contains("module \"network\""));
    }

    void usageErrors()
    {
        QTemporaryDir tmp;
        QCOMPARE(runCli({u"export"_s, u"nonsense"_s, example(u"early-saas"_s), u"-o"_s, tmp.path()}).exitCode,
                 2);
        QCOMPARE(runCli({u"export"_s, u"terraform"_s, example(u"early-saas"_s)}).exitCode, 2);
        QCOMPARE(runCli({u"export"_s, u"terraform"_s, example(u"early-saas"_s), u"-o"_s, tmp.path(),
                         u"--cloud"_s, u"moon"_s})
                     .exitCode,
                 2);
        QCOMPARE(runCli({u"export"_s, u"terraform"_s, tmp.filePath(u"missing.yaml"_s), u"-o"_s, tmp.path()})
                     .exitCode,
                 2);
        QVERIFY(QDir(tmp.path()).isEmpty());
    }

    void invalidModelIsOne()
    {
        QTemporaryDir tmp;
        const QString model = tmp.filePath(u"bad.yaml"_s);
        QFile f(model);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("groundwork: 1\nsystem: {name: X}\nteam: {size: 0}\nworkloads: []\n");
        f.close();
        const CliRun r = runCli({u"export"_s, u"terraform"_s, model, u"-o"_s, tmp.filePath(u"out"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(tmp.filePath(u"out"_s)));
    }

    // The help and the kinds come from the one table of exporters, so that a new exporter shows up in
    // the help, in the error for an unknown kind and in `all` without another edit.
    void kindsAndHelpComeFromTheExporterTable()
    {
        const CliRun help = runCli({u"export"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const gw::ExporterEntry& e : gw::exporters()) {
            QVERIFY2(help.out.contains(e.name) && help.out.contains(e.summary), qPrintable(e.name));
        }
        QTemporaryDir tmp;
        const CliRun unknown =
            runCli({u"export"_s, u"nonsense"_s, example(u"early-saas"_s), u"-o"_s, tmp.path()});
        QVERIFY2(unknown.err.contains(gw::exportKinds().join(u", "_s)), qPrintable(unknown.err));
    }

    // export loads and scores the model as score, check and report do: the same messages, the same exit.
    void anInvalidModelIsReportedAsByTheOtherCommands()
    {
        QTemporaryDir tmp;
        const QByteArray model =
            "groundwork: 1\nsystem: {name: X, cloud: azur}\nteam: {size: 0}\nworkloads: []\n";
        const CliRun exported =
            runCli({u"export"_s, u"all"_s, u"-"_s, u"-o"_s, tmp.filePath(u"out"_s)}, model);
        const CliRun scored = runCli({u"score"_s, u"-"_s}, model);
        QCOMPARE(exported.exitCode, 1);
        QCOMPARE(scored.exitCode, 1);
        QVERIFY2(exported.err.contains(u"is not a valid model"_s), qPrintable(exported.err));
        QCOMPARE(QString(exported.err).replace(u"groundwork-cli export:"_s, u"groundwork-cli score:"_s),
                 scored.err);
    }

    void cloudOverride()
    {
        QTemporaryDir tmp;
        const CliRun r = runCli({u"export"_s, u"terraform"_s, example(u"marketplace"_s), u"-o"_s, tmp.path(),
                                 u"--cloud"_s, u"aws"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(tmp.filePath(u"terraform/aws/versions.tf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
