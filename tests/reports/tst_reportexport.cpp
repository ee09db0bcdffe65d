// File > Export > Report in the app: the menu entry is there, and what it writes for the open model is the
// same report the command line writes (HTML, PDF through the helper, Markdown with its diagram).
#include "document/document.h"
#include "mainwindow.h"
#include "reportexport.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileMenuOffersExportReport();
    void writesEveryFormatForTheOpenModel();
};

void TestReportExport::fileMenuOffersExportReport()
{
    MainWindow w;
    QMenu* file = w.menuBar()->findChildren<QMenu*>().value(0);
    QVERIFY(file);
    auto* exportMenu = file->findChild<QMenu*>(QStringLiteral("exportMenu"));
    QVERIFY(exportMenu && file->actions().contains(exportMenu->menuAction()));
    QStringList texts;
    for (const QAction* a : exportMenu->actions())
        texts.append(a->text());
    QVERIFY2(texts.contains(QStringLiteral("&Report...")), qPrintable(texts.join(u'|')));
}

void TestReportExport::writesEveryFormatForTheOpenModel()
{
    Document document;
    QString error;
    QVERIFY(document.open(QStringLiteral(GROUNDWORK_SOURCE_DIR "/examples/fintech.yaml"), &error));
    QTemporaryDir dir;
    for (const char* name : {"r.html", "r.pdf", "r.md"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QVERIFY2(ReportExport::write(document, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(64);
        if (path.endsWith(QStringLiteral(".pdf")))
            QVERIFY(head.startsWith("%PDF-"));
        else
            QVERIFY(head.contains(document.model().system.name.toUtf8()) ||
                    head.startsWith("<!DOCTYPE html>"));
    }
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.topology.svg"))));
    QVERIFY(!ReportExport::write(document, dir.filePath(QStringLiteral("r.docx")), &error));
    QVERIFY(error.contains(QStringLiteral(".pdf")));
}

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
