// Exports that say where they went: every export is under File > Export; after one, the status bar names
// the file (or folder) with Open and Show in folder, and the next save dialog starts in the same folder
// with the file named after the model.
#include "dialogs/exportdialog.h"
#include "document/document.h"
#include "exportlocation.h"
#include "mainwindow.h"
#include "panels/exportnotice.h"
#include "views/diagramtab.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

namespace {

const QString kStorefront = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/app/storefront.yaml");

} // namespace

class TestExportNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // settings away from the user's
    void init() { QSettings().remove(ExportLocation::settingsKey()); }
    void fileExportListsEveryExport();
    void aReportSaysWhereItWentAndOffersToOpenIt();
    void theNextExportStartsInTheLastFolder();
    void aDiagramSaysWhereItWent();
    void theInfrastructureExportRemembersItsFolder();
};

void TestExportNotice::fileExportListsEveryExport()
{
    MainWindow w;
    auto* exportMenu = w.findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu);
    QStringList names;
    for (const QAction* a : exportMenu->actions())
        names.append(a->objectName());
    QCOMPARE(names,
             (QStringList{QStringLiteral("exportReportAction"), QStringLiteral("exportInfrastructureAction"),
                          QStringLiteral("exportDiagramAction")}));
    // ... and the menu is File's.
    QMenu* file = w.menuBar()->findChildren<QMenu*>().value(0);
    QVERIFY(file && file->actions().contains(exportMenu->menuAction()));
}

void TestExportNotice::aReportSaysWhereItWentAndOffersToOpenIt()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    ExportNotice* notice = w.exportNotice();
    QVERIFY(notice->isHidden());
    QList<QUrl> opened;
    notice->setOpener([&opened](const QUrl& url) {
        opened.append(url);
        return true;
    });

    const QString path = dir.filePath(QStringLiteral("storefront.html"));
    QCOMPARE(w.exportReport(path), path);
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("storefront.html")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QDir::toNativeSeparators(QFileInfo(dir.path()).absoluteFilePath())),
             qPrintable(notice->text()));
    QVERIFY(notice->openButton()->isVisible());
    QVERIFY(notice->showInFolderButton()->isVisible());

    notice->openButton()->click();
    notice->showInFolderButton()->click();
    QCOMPARE(opened, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()),
                                  QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath())}));
    QCOMPARE(QSettings().value(ExportLocation::settingsKey()).toString(),
             QFileInfo(dir.path()).absoluteFilePath());
}

void TestExportNotice::theNextExportStartsInTheLastFolder()
{
    QTemporaryDir dir;
    // Before any export: beside the model, named after it.
    QCOMPARE(ExportLocation::suggestedPath(kStorefront, QStringLiteral("svg")),
             QFileInfo(kStorefront).absoluteDir().filePath(QStringLiteral("storefront.svg")));
    QCOMPARE(ExportLocation::suggestedPath({}, QStringLiteral("html")),
             QDir::home().filePath(QStringLiteral("model.html")));

    MainWindow w;
    QVERIFY(w.openFile(kStorefront));
    QVERIFY(!w.exportReport(dir.filePath(QStringLiteral("review.md"))).isEmpty());
    QCOMPARE(ExportLocation::folder(kStorefront), QFileInfo(dir.path()).absoluteFilePath());
    QCOMPARE(ExportLocation::suggestedPath(kStorefront, QStringLiteral("pdf")),
             QDir(QFileInfo(dir.path()).absoluteFilePath()).filePath(QStringLiteral("storefront.pdf")));
}

void TestExportNotice::aDiagramSaysWhereItWent()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kStorefront));
    const QString path = dir.filePath(QStringLiteral("storefront.dot"));
    QString error;
    QVERIFY2(w.diagram()->exportTo(path, &error), qPrintable(error));
    QVERIFY(QFile(path).size() > 0);
    QVERIFY(w.exportNotice()->isVisible());
    QVERIFY2(w.exportNotice()->text().startsWith(QStringLiteral("Diagram saved: storefront.dot")),
             qPrintable(w.exportNotice()->text()));
    QCOMPARE(ExportLocation::folder({}), QFileInfo(dir.path()).absoluteFilePath());

    // A name no format has is refused, and says why.
    QVERIFY(!w.diagram()->exportTo(dir.filePath(QStringLiteral("storefront.txt")), &error));
    QVERIFY(error.contains(QStringLiteral("extension")));
}

void TestExportNotice::theInfrastructureExportRemembersItsFolder()
{
    QTemporaryDir dir;
    Document document;
    QVERIFY(document.open(kStorefront));
    ExportDialog dialog(document.model(), kStorefront);
    dialog.setTarget(QStringLiteral("compose"));
    dialog.setFolder(dir.path());
    QString folder;
    int count = 0;
    connect(&dialog, &ExportDialog::written, this, [&](const QString& f, int n) {
        folder = f;
        count = n;
    });
    QVERIFY(dialog.write());
    QCOMPARE(folder, QFileInfo(dir.path()).absoluteFilePath());
    QCOMPARE(count, static_cast<int>(dialog.files().size()));
    QCOMPARE(ExportLocation::folder({}), QFileInfo(dir.path()).absoluteFilePath());

    ExportNotice notice;
    notice.showExport(QStringLiteral("3 files"), folder, ExportNotice::Target::Folder);
    QCOMPARE(notice.openUrl(), QUrl::fromLocalFile(folder));
    QVERIFY(notice.text().contains(QDir::toNativeSeparators(folder)));
}

QTEST_MAIN(TestExportNotice)
#include "tst_exportnotice.moc"
