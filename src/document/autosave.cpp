#include "autosave.h"

#include "core/store/projectfile.h"
#include "document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace gw {

namespace {

// Beside each copy, the path of the file it belongs to, so the app can say which one it is.
QString sidecarOf(const QString& copyPath)
{
    return copyPath + QStringLiteral(".path");
}

} // namespace

Autosave::Autosave(Document* document, const QString& folder, QObject* parent)
    : QObject(parent), m_document(document), m_folder(folder)
{
    m_timer.setInterval(kDefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::onTimer);
    m_timer.start();
    // Saved: the file holds everything the copy did.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

QString Autosave::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void Autosave::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

QString Autosave::copyPathFor(const QString& filePath) const
{
    const QByteArray key =
        filePath.isEmpty() ? QByteArray("untitled")
                           : QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(key) + QLatin1StringView(ProjectFile::kExtension);
}

void Autosave::onTimer()
{
    if (m_document->isModified())
        writeNow();
}

bool Autosave::writeNow()
{
    if (!QDir().mkpath(m_folder))
        return false;
    const QString copy = copyPathFor(m_document->filePath());
    QString error;
    if (!ProjectFile::writeNew(copy, m_document->model(), {}, &error))
        return false;
    QFile sidecar(sidecarOf(copy));
    if (!sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QFile::remove(copy);
        return false;
    }
    sidecar.write(m_document->filePath().toUtf8());
    m_copyFor = m_document->filePath();
    return true;
}

void Autosave::discard()
{
    discard({copyPathFor(m_document->filePath()), m_document->filePath(), {}});
    if (m_copyFor != m_document->filePath()) // the copy of a file the document has since left
        discard({copyPathFor(m_copyFor), m_copyFor, {}});
}

void Autosave::discard(const Recovery& recovery)
{
    QFile::remove(recovery.copyPath);
    QFile::remove(sidecarOf(recovery.copyPath));
}

QList<Autosave::Recovery> Autosave::pending() const
{
    QList<Recovery> out;
    const QDir dir(m_folder);
    const QString pattern = u'*' + QLatin1StringView(ProjectFile::kExtension);
    for (const QFileInfo& copy : dir.entryInfoList({pattern}, QDir::Files, QDir::Time)) {
        QFile sidecar(sidecarOf(copy.filePath()));
        if (!sidecar.open(QIODevice::ReadOnly))
            continue;
        const QString original = QString::fromUtf8(sidecar.readAll());
        const QFileInfo originalInfo(original);
        if (!original.isEmpty() && originalInfo.exists() && originalInfo.lastModified() > copy.lastModified())
            continue; // saved after the copy was written
        out.append({copy.filePath(), original, copy.lastModified().toUTC()});
    }
    return out;
}

std::optional<Model> Autosave::load(const Recovery& recovery, QString* error)
{
    ProjectFile copy;
    std::optional<Model> model;
    if (copy.open(recovery.copyPath, ProjectFile::Access::ReadOnly))
        model = copy.model();
    if (!model && error)
        *error = copy.errorString();
    return model;
}

bool Autosave::restore(const Recovery& recovery, QString* error)
{
    const std::optional<Model> model = load(recovery, error);
    if (!model)
        return false;
    if (!recovery.originalPath.isEmpty() && QFileInfo::exists(recovery.originalPath)) {
        if (!m_document->open(recovery.originalPath, error))
            return false;
    } else {
        m_document->reset(Model{});
    }
    m_document->replaceModel(*model, tr("Recover unsaved changes"));
    discard(recovery);
    return true;
}

} // namespace gw
