// The Export dialog (File > Export > Infrastructure and contracts): it previews every generated file
// with the highlighter of its language, writes them into the chosen folder, and replaces existing
// files only when the overwrite prompt says so.
#include "dialogs/exportdialog.h"
#include "dialogs/syntaxhighlighter.h"

#include "core/io/modelfile.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A write remembers its folder in the settings: keep them away from the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewsAndWrites()
    {
        const QString path = QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/fintech.yaml");
        const gw::Model model = gw::ModelFile::load(path).model;
        ExportDialog dialog(model, path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // "all" by default: every kind is in the list, in the order the exporters give.
        QStringList listed;
        for (int i = 0; i < dialog.fileList()->count(); ++i)
            listed.append(dialog.fileList()->item(i)->text());
        QVERIFY(listed.contains(u"terraform/aws/main.tf"_s));
        QVERIFY(listed.contains(u"kubernetes/base/kustomization.yaml"_s));
        QVERIFY(listed.contains(u"compose/compose.yaml"_s));
        QVERIFY(listed.contains(u"contracts/proto/ledger_api/v1/ledger_api.proto"_s));
        QCOMPARE(listed.size(), static_cast<qsizetype>(dialog.files().size()));

        // Selecting a file previews its bytes with its language's colours.
        dialog.fileList()->setCurrentRow(static_cast<int>(listed.indexOf(u"terraform/aws/main.tf"_s)));
        QVERIFY(dialog.preview()->toPlainText().contains(u"module \"network\""_s));
        QCOMPARE(dialog.highlighter()->language(), SyntaxHighlighter::Language::Hcl);
        dialog.fileList()->setCurrentRow(static_cast<int>(listed.indexOf(u"compose/compose.yaml"_s)));
        QCOMPARE(dialog.highlighter()->language(), SyntaxHighlighter::Language::Yaml);
        QVERIFY(dialog.preview()->toPlainText().startsWith(u"# Northwind Money"_s));
        // The highlighter really colours: a comment line carries a format.
        const QTextBlock first = dialog.preview()->document()->firstBlock();
        QVERIFY(!first.layout()->formats().isEmpty());

        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + u"/export-dialog.png"_s);

        // Write into a fresh folder.
        QTemporaryDir tmp;
        dialog.setFolder(tmp.path());
        QStringList asked;
        bool answer = false;
        dialog.setOverwritePrompt([&](const QStringList& existing) {
            asked = existing;
            return answer;
        });
        QVERIFY(dialog.write());
        QVERIFY(asked.isEmpty());
        QVERIFY(QFile::exists(tmp.filePath(u"terraform/aws/main.tf"_s)));
        QVERIFY(QFile::exists(tmp.filePath(u"contracts/README.md"_s)));

        // Again: the prompt lists the existing files; "no" writes nothing, "yes" replaces them.
        QFile mine(tmp.filePath(u"compose/compose.yaml"_s));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine\n");
        mine.close();
        QVERIFY(!dialog.write());
        QCOMPARE(asked.size(), static_cast<qsizetype>(dialog.files().size()));
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("mine\n"));
        mine.close();
        answer = true;
        QVERIFY(dialog.write());
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QVERIFY(mine.readAll().startsWith("# Northwind Money"));
    }

    void targetAndCloudChoices()
    {
        const gw::Model model =
            gw::ModelFile::load(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/early-saas.yaml")).model;
        ExportDialog dialog(model, {});
        dialog.setTarget(u"contracts"_s);
        for (const gw::ExportFile& f : dialog.files())
            QVERIFY2(f.path.startsWith(u"contracts/"_s), qPrintable(f.path));
        QVERIFY(!dialog.files().empty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
