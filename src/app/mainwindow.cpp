#include "mainwindow.h"

#include "core/model/model.h"
#include "document/document.h"
#include "panels/modeltreepanel.h"
#include "panels/problemspanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>

namespace gw {

namespace {

bool isModelFile(const QUrl& url)
{
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return url.isLocalFile() && (suffix == QStringLiteral("yaml") || suffix == QStringLiteral("yml"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new Document(this)), m_tree(new ModelTreePanel),
      m_problems(new ProblemsPanel), m_source(new QPlainTextEdit), m_counts(new QLabel)
{
    setWindowTitle(tr("Groundwork"));
    setAcceptDrops(true);
    resize(1100, 720);

    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setPlaceholderText(tr("Open a model (File > Open, or drop a .yaml file here)."));
    m_source->setAccessibleName(tr("Model source"));

    auto* splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_source);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});
    setCentralWidget(splitter);

    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({problemsDock}, {160}, Qt::Vertical);

    statusBar()->addPermanentWidget(m_counts);
    createMenus();

    connect(m_document, &Document::modelReset, this, &MainWindow::showDocument);
    connect(m_tree, &ModelTreePanel::elementSelected, this, &MainWindow::showElementSource);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::chooseFileToOpen);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Groundwork"), this, [this] {
        QMessageBox::about(this, tr("About Groundwork"),
                           tr("<b>Groundwork %1</b><p>Architecture design and stack selection: describe the "
                              "system, get advice that shows its work.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), {},
                                                      tr("Groundwork models (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    QString error;
    if (!m_document->open(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open model"), tr("%1\n\n%2").arg(path, error));
        return false;
    }
    return true;
}

void MainWindow::showDocument()
{
    const QFileInfo info(m_document->filePath());
    setWindowTitle(tr("%1 - Groundwork").arg(info.fileName()));
    QFile file(m_document->filePath());
    m_source->setPlainText(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString());
    m_tree->showModel(m_document->model());
    m_problems->showDiagnostics(m_document->diagnostics());
    const int errors = countOf(m_document->diagnostics(), Severity::Error);
    const int warnings = countOf(m_document->diagnostics(), Severity::Warning);
    m_counts->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                      tr("%n warning(s)", nullptr, warnings));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
}

void MainWindow::showElementSource(const ElementRef& ref)
{
    QString path = ElementRef::sectionKey(ref.section);
    if (ref.index >= 0)
        path += QStringLiteral("[%1]").arg(ref.index);
    const SourceLocation at = m_document->sources().locate(path);
    if (at.isValid())
        highlightLine(at.line);
}

void MainWindow::showProblem(const Diagnostic& diagnostic)
{
    if (diagnostic.element.isValid())
        m_tree->selectElement(diagnostic.element);
    if (diagnostic.location.isValid())
        highlightLine(diagnostic.location.line);
}

void MainWindow::highlightLine(int line)
{
    const QTextBlock block = m_source->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_source->setTextCursor(cursor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    selection.format.setBackground(palette().color(QPalette::Highlight).lighter(170));
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_source->setExtraSelections({selection});
    m_source->centerCursor();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isModelFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isModelFile(urls.first())) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

} // namespace gw
