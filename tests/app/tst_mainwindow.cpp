// The first desktop window as a user drives it: open a model, see its elements and problems,
// click a problem to get to its element, drop a file to open it.
#include "core/model/model.h"
#include "document/document.h"
#include "mainwindow.h"
#include "panels/modeltreepanel.h"
#include "panels/problemspanel.h"

#include <QApplication>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace gw;

namespace {

const QString kSpecExample = QStringLiteral(GROUNDWORK_SOURCE_DIR "/tests/data/spec-example.yaml");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return path;
}

QTreeWidgetItem* topLevel(QTreeWidget* tree, const QString& text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheModelsElementsInATree();
    void clickingAProblemSelectsItsElement();
    void droppingAModelFileOpensIt();
    void anUnreadableFileKeepsTheCurrentModel();
};

void TestMainWindow::showsTheModelsElementsInATree()
{
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(kSpecExample));
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("spec-example.yaml")));
    QTreeWidgetItem* workloads = topLevel(w.modelTree(), QStringLiteral("Workloads"));
    QVERIFY(workloads);
    QCOMPARE(workloads->childCount(), 2);
    QCOMPARE(workloads->child(0)->text(0), QStringLiteral("storefront-api"));
    QCOMPARE(workloads->child(0)->text(1), QStringLiteral("api"));
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Data"))->child(0)->text(0), QStringLiteral("orders"));
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Channels"))->childCount(), 1);
    QCOMPARE(topLevel(w.modelTree(), QStringLiteral("Decisions"))->child(0)->text(0),
             QStringLiteral("storefront-api/language"));
    QCOMPARE(w.problems()->topLevelItemCount(), 0);

    // Selecting an element shows its place in the source.
    w.modelTree()->selectElement({ElementRef::Section::DataStore, 0});
    auto* source = w.findChild<QPlainTextEdit*>();
    QCOMPARE(source->textCursor().blockNumber() + 1, 69);
}

void TestMainWindow::clickingAProblemSelectsItsElement()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.yaml"),
                                   "groundwork: 1\nsystem: {name: S}\nteam: {size: 2}\n"
                                   "workloads:\n  - id: a\n    kind: api\n    exposure: public\n"
                                   "  - id: b\n    kind: api\n    exposure: public\n    uses: [nowhere]\n");
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    QCOMPARE(w.problems()->topLevelItemCount(), w.document()->diagnostics().size());
    QCOMPARE(w.problems()->topLevelItemCount(), 1);
    QTreeWidgetItem* problem = w.problems()->topLevelItem(0);
    QVERIFY(problem->text(0).contains(QStringLiteral("'nowhere' names no workload")));
    QCOMPARE(problem->text(1), QStringLiteral("11:12"));

    const QRect rect = w.problems()->visualItemRect(problem);
    QTest::mouseClick(w.problems()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w.modelTree()->selectedElement(), (ElementRef{ElementRef::Section::Workload, 1}));
    QCOMPARE(w.modelTree()->currentItem()->text(0), QStringLiteral("b"));
    QCOMPARE(w.findChild<QPlainTextEdit*>()->textCursor().blockNumber() + 1, 11);
}

void TestMainWindow::droppingAModelFileOpensIt()
{
    MainWindow w;
    w.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(kSpecExample)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &drop);
    QCOMPARE(w.document()->model().system.name, QStringLiteral("Acme Shop"));

    // Anything but a model file is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, {});
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::anUnreadableFileKeepsTheCurrentModel()
{
    Document doc;
    QVERIFY(doc.open(kSpecExample));
    QString error;
    QVERIFY(!doc.open(QStringLiteral("/nonexistent/model.yaml"), &error));
    QCOMPARE(error, QStringLiteral("no such file"));
    QCOMPARE(doc.model().system.name, QStringLiteral("Acme Shop"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
