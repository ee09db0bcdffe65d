#include "fileactions.h"

#include "startermodel.h"
#include "workspaceactions.h"

#include "core/io/modelfile.h"
#include "core/store/projectfile.h"
#include "document/document.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace gw {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentFiles");

// A YAML comment: a line that starts with '#', or ' #' after a value. Quoted '#' may be taken for one,
// which only costs an unneeded warning.
bool holdsComments(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith('#') || line.contains(" #"))
            return true;
    }
    return false;
}

QString openFilter()
{
    return FileActions::tr("Groundwork projects and models (*.groundwork *.yaml *.yml);;All files (*)");
}

QString projectFilter()
{
    return FileActions::tr("Groundwork project (*.groundwork)");
}

QString yamlFilter()
{
    return FileActions::tr("Groundwork model, YAML (*.yaml *.yml)");
}

} // namespace

FileActions::FileActions(Document* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window),
      m_workspace(new WorkspaceActions(document, window))
{
    connect(m_workspace, &WorkspaceActions::saveCopyRequested, this, &FileActions::saveAs);
}

void FileActions::populate(QMenu* menu)
{
    menu->addAction(tr("&New"), QKeySequence::New, this, &FileActions::newModel);
    QMenu* examples = menu->addMenu(tr("New from &example"));
    for (const QString& example : bundledExamples()) {
        examples->addAction(QFileInfo(example).completeBaseName(), this,
                            [this, example] { newFromExample(example); });
    }
    menu->addAction(tr("&Open..."), QKeySequence::Open, this, &FileActions::open);
    m_recentMenu = menu->addMenu(tr("Open &recent"));
    refillRecentMenu();
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &FileActions::save);
    menu->addAction(tr("Save &as..."), QKeySequence::SaveAs, this, &FileActions::saveAs);
    menu->addSeparator();
    m_workspace->populate(menu);
}

QStringList FileActions::bundledExamples()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/groundwork/examples"));
    for (const QString& name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

bool FileActions::openFile(const QString& path)
{
    QString error;
    QString warning;
    if (!m_document->open(path, &error, &warning)) {
        QMessageBox::warning(m_window, tr("Cannot open model"),
                             tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    rememberRecent(m_document->filePath());
    if (!warning.isEmpty()) {
        // Not blocking: the window is usable behind it, and a scripted run (--screenshot, --measure)
        // goes on.
        auto* box =
            new QMessageBox(QMessageBox::Information,
                            m_document->isReadOnly() ? tr("Opened read-only") : tr("Project upgraded"),
                            warning, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return true;
}

void FileActions::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open model"), {}, openFilter());
    if (!path.isEmpty())
        openFile(path);
}

void FileActions::newModel()
{
    if (!maybeSave())
        return;
    m_document->reset(StarterModel::create());
    Q_EMIT newModelStarted();
}

void FileActions::newFromExample(const QString& resourcePath)
{
    if (!maybeSave())
        return;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const LoadResult loaded = ModelFile::loadText(file.readAll(), QFileInfo(resourcePath).fileName());
    // An example starts as a new, unsaved model: saving must not try to write into the app's resources.
    m_document->reset(loaded.model);
}

bool FileActions::save()
{
    if (m_document->savesToStore())
        return m_workspace->save();
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->isReadOnly()) {
        const auto answer = QMessageBox::question(m_window, tr("Read-only project"),
                                                  tr("%1 is read-only. Save your changes in another file?")
                                                      .arg(QFileInfo(m_document->filePath()).fileName()),
                                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save && saveAs();
    }
    return writeTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    // A new model becomes a project (history, autosave recovery); a YAML file stays YAML unless the
    // user picks the project type.
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(m_document->model().system.name.toLower().replace(u' ', u'-') +
                                          QLatin1StringView(ProjectFile::kExtension));
    const bool yaml = !suggested.isEmpty() && !ProjectFile::isProjectPath(suggested);
    QString filter = yaml ? yamlFilter() : projectFilter();
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save model as"), suggested,
                                     projectFilter() + QStringLiteral(";;") + yamlFilter(), &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path +=
            filter == yamlFilter() ? QStringLiteral(".yaml") : QString::fromLatin1(ProjectFile::kExtension);
    return writeTo(path);
}

bool FileActions::writeTo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!ProjectFile::isProjectPath(absolute) && !m_commentWarningAccepted.contains(absolute) &&
        holdsComments(absolute)) {
        const auto answer =
            QMessageBox::warning(m_window, tr("Comments will be lost"),
                                 tr("%1 holds comments. Groundwork writes the model in its own layout and "
                                    "does not keep comments.\n\n"
                                    "Save over it anyway?")
                                     .arg(QFileInfo(path).fileName()),
                                 QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        m_commentWarningAccepted.insert(absolute);
    }
    QString error;
    if (!m_document->saveAs(absolute, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"),
                              tr("%1 was not saved: %2\n\nThe file on disk is unchanged.")
                                  .arg(QDir::toNativeSeparators(absolute), error));
        return false;
    }
    rememberRecent(absolute);
    return true;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty() ? m_document->model().system.name
                                                          : QFileInfo(m_document->filePath()).fileName();
    // Cancel by default: Enter pressed out of habit must neither overwrite the file nor drop the edits.
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void FileActions::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    refillRecentMenu();
}

void FileActions::refillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace gw
