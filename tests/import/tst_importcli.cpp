// groundwork-cli import as a user or a CI job runs it: what it writes and where (only -o, never over a
// file without --force, never over an input), that the model it writes validates and scores with its
// pins, that it is the same every time, that no secret in the inputs reaches any output, and that bad
// input exits 1 with a positioned error and writes nothing.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using gw::testsupport::CliRun;
using gw::testsupport::runCli;
using namespace Qt::StringLiterals;

namespace {

const QString kData = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import/"_s;
const QString kModels = u"" GROUNDWORK_SOURCE_DIR "/tests/data/import-merge/"_s;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

// Copies a fixture folder's files into `dir`, so that a run can be watched for what it writes.
void copyFixture(const QString& fixture, const QString& dir)
{
    const QDir from(kData + fixture);
    for (const QString& name : from.entryList(QDir::Files))
        writeFile(QDir(dir).filePath(name), readAll(from.filePath(name)));
}

QString shown(const CliRun& run)
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpNamesTheOptions();
    void importedModelsValidateScoreRenderAndExport();
    void importingTwiceGivesTheSameBytes();
    void writesOnlyTheOutputAndNeverOverAFile();
    void neverWritesOverAnInput();
    void secretsNeverTravel();
    void badInputExitsOneWithItsPositionAndWritesNothing();
    void usageErrorsExitTwo();
    void anOrganisationsMappingsTakeEffect();
    void mergeUpdatesAModelInPlaceAndKeepsItsComments();
    void mergeWritesNothingWhenItCannotKeepTheModel();
};

void TestImportCli::helpNamesTheOptions()
{
    const CliRun help = runCli({u"import"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: groundwork-cli import [options] FILE|DIR..."_s),
             qPrintable(help.out));
    for (const QString& option : {u"--output <FILE>"_s, u"--force"_s, u"--profile <NAME>"_s,
                                  u"--mappings <DIR>"_s, u"--merge <EXISTING>"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    const CliRun list = runCli({u"--help"_s});
    QVERIFY(list.out.contains(u"  import "_s));
}

void TestImportCli::importedModelsValidateScoreRenderAndExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const struct
    {
        QString fixture;
        QStringList pins; // subject=choice
    } cases[] = {
        {u"selfhosted"_s,
         {u"db/database=postgresql"_s, u"redis/database=in-memory-cache"_s,
          u"search/database=search-engine"_s, u"objects/database=object-storage"_s}},
        {u"shop"_s,
         {u"storefront/compute=kubernetes"_s, u"orders-db/database=postgresql"_s,
          u"events/messaging=managed-kafka"_s}},
        {u"terraform"_s,
         {u"orders-api/compute=functions"_s, u"orders-queue/messaging=managed-queue"_s,
          u"storefront/compute=managed-containers"_s, u"orders-db/database=postgresql"_s,
          u"shop-orders-pg/database=postgresql"_s, u"orders/messaging=managed-queue"_s}},
    };
    for (const auto& c : cases) {
        const QString model = dir.filePath(c.fixture + u".yaml"_s);
        const CliRun import = runCli({u"import"_s, kData + c.fixture, u"-o"_s, model});
        QVERIFY2(import.exitCode == 0, qPrintable(shown(import)));
        QVERIFY2(import.out.isEmpty(), qPrintable(shown(import))); // the summary goes to standard error
        QVERIFY(import.err.contains(u"Wrote %1"_s.arg(model)));
        const CliRun validate = runCli({u"validate"_s, u"--quiet"_s, model});
        QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), qPrintable(shown(validate)));
        const CliRun score = runCli({u"score"_s, model, u"--format"_s, u"json"_s});
        QVERIFY2(score.exitCode == 0, qPrintable(shown(score)));
        QStringList pinned;
        for (const QJsonValue& d :
             QJsonDocument::fromJson(score.stdOut).object().value(u"decisions"_s).toArray()) {
            const QJsonObject pin = d.toObject().value(u"pinned"_s).toObject();
            if (pin.isEmpty())
                continue;
            // A pin the engine cannot rank (unknown, or vetoed) would say so in its state.
            QCOMPARE(pin.value(u"state"_s).toString(), u"ranked"_s);
            QCOMPARE(pin.value(u"status"_s).toString(), u"accepted"_s);
            pinned.append(u"%1/%2=%3"_s.arg(d.toObject().value(u"subject"_s).toString(),
                                            d.toObject().value(u"kind"_s).toString(),
                                            pin.value(u"candidate"_s).toString()));
        }
        for (const QString& pin : c.pins)
            QVERIFY2(pinned.contains(pin), qPrintable(pin + u" not in "_s + pinned.join(u", "_s)));
        // The diagram shows every element; the skeletons follow the pins.
        const QString svg = dir.filePath(c.fixture + u".svg"_s);
        const CliRun render = runCli({u"render"_s, model, u"-o"_s, svg});
        QVERIFY2(render.exitCode == 0, qPrintable(shown(render)));
        const QByteArray picture = readAll(svg);
        QVERIFY(picture.contains("<svg"));
        const QString pinnedElement = c.pins.front().section(u'/', 0, 0);
        // Graphviz writes a hyphen in SVG text as a character reference.
        QVERIFY2(picture.contains(pinnedElement.toUtf8().replace("-", "&#45;")), qPrintable(pinnedElement));
        // Every skeleton once, for the states' three clouds; the other fixtures' exports add nothing.
        if (c.fixture != u"terraform"_s)
            continue;
        const QString out = dir.filePath(c.fixture + u"-export"_s);
        const CliRun exported = runCli({u"export"_s, u"all"_s, model, u"-o"_s, out});
        QVERIFY2(exported.exitCode == 0, qPrintable(shown(exported)));
        QVERIFY2(!QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(shown(exported)));
    }
}

void TestImportCli::importingTwiceGivesTheSameBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(u"first.yaml"_s);
    const QString second = dir.filePath(u"second.yaml"_s);
    const QStringList inputs{kData + u"selfhosted/docker-compose.yml"_s,
                             kData + u"selfhosted/docker-compose.override.yml"_s, kData + u"shop"_s};
    const CliRun a = runCli(QStringList{u"import"_s} + inputs + QStringList{u"-o"_s, first});
    const CliRun b = runCli(QStringList{u"import"_s} + inputs + QStringList{u"-o"_s, second});
    QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(shown(a) + shown(b)));
    QVERIFY(!readAll(first).isEmpty());
    QCOMPARE(readAll(second), readAll(first));
    QCOMPARE(b.err, QString(a.err).replace(first, second));
    const CliRun toStdout = runCli(QStringList{u"import"_s} + inputs + QStringList{u"-o"_s, u"-"_s});
    QCOMPARE(toStdout.stdOut, readAll(first));
}

void TestImportCli::writesOnlyTheOutputAndNeverOverAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyFixture(u"selfhosted"_s, dir.path());
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    const CliRun run = runCli({u"import"_s, u"."_s, u"-o"_s, u"model.yaml"_s}, {}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(shown(run)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList(before + QStringList{u"model.yaml"_s}));

    writeFile(dir.filePath(u"model.yaml"_s), "hand-written\n");
    const CliRun again = runCli({u"import"_s, u"."_s, u"-o"_s, u"model.yaml"_s}, {}, dir.path());
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"model.yaml exists; use --force to replace it"_s), qPrintable(again.err));
    QCOMPARE(readAll(dir.filePath(u"model.yaml"_s)), QByteArray("hand-written\n"));

    const CliRun forced =
        runCli({u"import"_s, u"."_s, u"-o"_s, u"model.yaml"_s, u"--force"_s}, {}, dir.path());
    QVERIFY2(forced.exitCode == 0, qPrintable(shown(forced)));
    QVERIFY(readAll(dir.filePath(u"model.yaml"_s)).contains("\nworkloads:\n"));
}

void TestImportCli::neverWritesOverAnInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyFixture(u"selfhosted"_s, dir.path());
    const QString input = dir.filePath(u"docker-compose.yml"_s);
    const QByteArray original = readAll(input);
    const CliRun run = runCli({u"import"_s, dir.path(), u"-o"_s, input, u"--force"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"is an input; write the model elsewhere"_s), qPrintable(run.err));
    QCOMPARE(readAll(input), original);
}

// Every value in the fixture that holds "xyzzy" stands for a secret (passwords in URLs, keys, tokens,
// command-line passwords, a Secret object, an env_file, a state's outputs and sensitive attributes);
// none may reach the model, the summary or a message, whether the model goes to a file or to standard
// output.
void TestImportCli::secretsNeverTravel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString model = dir.filePath(u"model.yaml"_s);
    const QByteArray base64Secret = QByteArray("xyzzy-base64-token").toBase64();
    QVERIFY(readAll(kData + u"secrets/manifests.yaml"_s).contains(base64Secret));
    const CliRun toFile = runCli({u"import"_s, kData + u"secrets"_s, u"-o"_s, model});
    QVERIFY2(toFile.exitCode == 0, qPrintable(shown(toFile)));
    const CliRun toStdout = runCli({u"import"_s, kData + u"secrets"_s, u"-o"_s, u"-"_s});
    QCOMPARE(toStdout.exitCode, 0);
    // The import did read the services the secrets sit in: the edges exist, named by their variables.
    QVERIFY(toFile.err.contains(u"api -> db: environment DATABASE_URL"_s));
    QVERIFY(toFile.err.contains(u"billing -> ledger: environment LEDGER_URL from ConfigMap"_s));
    QVERIFY(toFile.err.contains(u"env_file ./secrets.env: not read"_s));
    QVERIFY(toFile.err.contains(u"ledger-api -> ledger-2: environment DATABASE_URL"_s));
    const QByteArray written = readAll(model);
    QVERIFY(written.contains("- to: queue"));
    for (const QByteArray& output :
         {written, toFile.stdOut, toFile.stdErr, toStdout.stdOut, toStdout.stdErr}) {
        QVERIFY2(!output.toLower().contains("xyzzy"), output.constData());
        QVERIFY(!output.contains(base64Secret));
        QVERIFY(!output.contains("sk_live"));
        QVERIFY(!output.contains("ghp_"));
    }

    // A broken file full of secrets: the error names the place, not the text around it.
    const QString broken = dir.filePath(u"broken.yml"_s);
    writeFile(
        broken,
        "services:\n  api:\n    environment:\n      TOKEN: xyzzy-token\n     PASSWORD: xyzzy-password\n");
    const CliRun bad = runCli({u"import"_s, broken, u"-o"_s, dir.filePath(u"bad.yaml"_s)});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(broken + u":5:"_s), qPrintable(bad.err));
    QVERIFY2(!bad.stdErr.toLower().contains("xyzzy") && !bad.stdOut.toLower().contains("xyzzy"),
             qPrintable(bad.err));
}

void TestImportCli::badInputExitsOneWithItsPositionAndWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(u"model.yaml"_s);
    const QString compose = dir.filePath(u"compose.yaml"_s);
    writeFile(compose,
              "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"\n  db:\n    image: postgres\n");
    const CliRun syntax = runCli({u"import"_s, compose, u"-o"_s, out});
    QCOMPARE(syntax.exitCode, 1);
    QVERIFY2(syntax.err.contains(compose + u":5:"_s) && syntax.err.contains(u": error: YAML syntax"_s),
             qPrintable(syntax.err));
    QVERIFY(syntax.err.contains(u"nothing written"_s));
    QVERIFY(!QFile::exists(out));

    const QString manifests = dir.filePath(u"manifests.yaml"_s);
    writeFile(manifests, "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n"
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\n spec: {}\n");
    const CliRun third = runCli({u"import"_s, manifests, u"-o"_s, out});
    QCOMPARE(third.exitCode, 1);
    QVERIFY2(third.err.contains(manifests + u":9:"_s), qPrintable(third.err));
    QVERIFY(!QFile::exists(out));

    const QString other = dir.filePath(u"notes.yaml"_s);
    writeFile(other, "title: meeting notes\nitems: [a, b]\n");
    const CliRun unknown = runCli({u"import"_s, other, u"-o"_s, out});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(other + u": error: not a Compose file"_s), qPrintable(unknown.err));

    const QString empty = dir.filePath(u"empty.yaml"_s);
    writeFile(empty, "services: {}\n");
    const CliRun nothing = runCli({u"import"_s, empty, u"-o"_s, out});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(u"run no workload or data store; nothing written"_s),
             qPrintable(nothing.err));
    QVERIFY(!QFile::exists(out));

    // A broker alone is no model (the format needs a workload or a data store): the fuzzer's first find.
    const QString broker = dir.filePath(u"broker.yaml"_s);
    writeFile(broker, "services:\n  mq:\n    image: rabbitmq:3\n");
    const CliRun channelOnly = runCli({u"import"_s, broker, u"-o"_s, out});
    QCOMPARE(channelOnly.exitCode, 1);
    QVERIFY2(channelOnly.err.contains(u"run no workload or data store; nothing written"_s),
             qPrintable(channelOnly.err));
    QVERIFY(channelOnly.err.contains(u"Found 1 component running: 0 workloads, 0 data stores, 1 channel"_s));
    QVERIFY(!QFile::exists(out));
}

void TestImportCli::usageErrorsExitTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun noOutput = runCli({u"import"_s, kData + u"shop"_s});
    QCOMPARE(noOutput.exitCode, 2);
    QVERIFY(noOutput.err.contains(u"-o FILE"_s));
    const CliRun noInput = runCli({u"import"_s, u"-o"_s, dir.filePath(u"m.yaml"_s)});
    QCOMPARE(noInput.exitCode, 2);
    const CliRun missing =
        runCli({u"import"_s, dir.filePath(u"nope.yml"_s), u"-o"_s, dir.filePath(u"m.yaml"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"nope.yml: error: no such file or folder"_s));
    const CliRun folder = runCli({u"import"_s, kData + u"shop"_s, u"-o"_s, dir.path()});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"m.yaml"_s)));
}

void TestImportCli::anOrganisationsMappingsTakeEffect()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"mappings"_s));
    writeFile(dir.filePath(u"mappings/acme.yaml"_s), "groundwork-import: 1\n"
                                                     "images:\n"
                                                     "  - match: [shop/catalog]\n"
                                                     "    product: the catalog's search index\n"
                                                     "    data: search\n"
                                                     "    pin: search-engine\n");
    const QString out = dir.filePath(u"model.yaml"_s);
    const CliRun run =
        runCli({u"import"_s, kData + u"shop"_s, u"-o"_s, out, u"--mappings"_s, dir.filePath(u"mappings"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(shown(run)));
    const QByteArray model = readAll(out);
    QVERIFY(model.contains("  - id: catalog  # from "));
    QVERIFY(model.contains("    shape: search  # from "));
    QVERIFY(model.contains("  - subject: catalog/database  # from "));

    writeFile(dir.filePath(u"mappings/broken.yaml"_s),
              "groundwork-import: 1\nimages: [{match: [x], product: X}]\n");
    const CliRun broken = runCli({u"import"_s, kData + u"shop"_s, u"-o"_s, out, u"--force"_s, u"--mappings"_s,
                                  dir.filePath(u"mappings"_s)});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(u"broken.yaml:2:10: error:"_s), qPrintable(broken.err));
}

// The common case: the model lives next to the Compose files, and the import is merged into it in place.
// The user's lines all stay, the summary says what was added and what of theirs was kept, the result
// validates, and a second run changes no byte.
void TestImportCli::mergeUpdatesAModelInPlaceAndKeepsItsComments()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyFixture(u"selfhosted"_s, dir.path());
    const QByteArray original = readAll(kModels + u"chirp.yaml"_s);
    writeFile(dir.filePath(u"model.yaml"_s), original);
    const QStringList args{u"import"_s, u"."_s,          u"--merge"_s, u"model.yaml"_s,
                           u"-o"_s,     u"model.yaml"_s, u"--force"_s};
    const CliRun run = runCli(args, {}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(shown(run)));
    const QByteArray merged = readAll(dir.filePath(u"model.yaml"_s));
    for (const QByteArray& line : original.split('\n'))
        QVERIFY2(merged.contains(line), line.constData());
    QVERIFY(merged.contains("  - id: streaming  # from "));
    QVERIFY2(
        run.err.contains(u"Merged into model.yaml: 6 elements added, 2 updated (fields filled), 16 edges "
                         "added, 3 decisions added; kept yours: 3\n"_s),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(u"  decision db/database: choice mysql (the import says postgresql)\n"_s),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"model.yaml: not a Compose file"_s), qPrintable(run.err)); // not an input
    const CliRun validate = runCli({u"validate"_s, u"--quiet"_s, dir.filePath(u"model.yaml"_s)});
    QVERIFY2(validate.exitCode == 0, qPrintable(shown(validate)));

    const CliRun again = runCli(args, {}, dir.path());
    QVERIFY2(again.exitCode == 0, qPrintable(shown(again)));
    QCOMPARE(readAll(dir.filePath(u"model.yaml"_s)), merged);
    QVERIFY2(
        again.err.contains(u"Merged into model.yaml: 0 elements added, 0 updated (fields filled), 0 edges "
                           "added, 0 decisions added; kept yours: 3\n"_s),
        qPrintable(again.err));

    // Elsewhere with -o, the model merged into is not touched.
    const CliRun copy =
        runCli({u"import"_s, u"."_s, u"--merge"_s, kModels + u"chirp.yaml"_s, u"-o"_s, u"copy.yaml"_s}, {},
               dir.path());
    QVERIFY2(copy.exitCode == 0, qPrintable(shown(copy)));
    QCOMPARE(readAll(dir.filePath(u"copy.yaml"_s)), merged);
    QCOMPARE(readAll(kModels + u"chirp.yaml"_s), original);
}

void TestImportCli::mergeWritesNothingWhenItCannotKeepTheModel()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const struct
    {
        QString model;
        int exitCode;
        QString says;
    } cases[] = {
        {u"chirp-invalid.yaml"_s, 1, u"chirp-invalid.yaml:8:11: error: "_s},
        {u"chirp-flow-uses.yaml"_s, 2,
         u"chirp-flow-uses.yaml:10:11: error: workloads[0].uses is written in flow"_s},
        {u"chirp.json"_s, 2, u"chirp.json:1:1: error: the model is one flow-style mapping"_s},
        {u"no-such-model.yaml"_s, 2, u"cannot read "_s},
    };
    for (const auto& c : cases) {
        const QString model = dir.filePath(c.model);
        if (QFile::exists(kModels + c.model))
            writeFile(model, readAll(kModels + c.model));
        const QByteArray before = readAll(model);
        const CliRun run =
            runCli({u"import"_s, kData + u"selfhosted"_s, u"--merge"_s, model, u"-o"_s, model, u"--force"_s});
        QVERIFY2(run.exitCode == c.exitCode, qPrintable(shown(run)));
        QVERIFY2(run.err.contains(dir.filePath(c.says)) || run.err.contains(c.says), qPrintable(shown(run)));
        QCOMPARE(readAll(model), before);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // no other file appeared
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
