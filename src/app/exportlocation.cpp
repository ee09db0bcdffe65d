#include "exportlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gw {

QString ExportLocation::settingsKey()
{
    return QStringLiteral("export/lastFolder");
}

QString ExportLocation::folder(const QString& modelPath)
{
    const QString last = QSettings().value(settingsKey()).toString();
    // A folder since removed (a temporary one, an unplugged drive) is no place to start from.
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    if (!modelPath.isEmpty())
        return QFileInfo(modelPath).absolutePath();
    return QDir::homePath();
}

QString ExportLocation::suggestedPath(const QString& modelPath, const QString& extension)
{
    const QString name =
        modelPath.isEmpty() ? QStringLiteral("model") : QFileInfo(modelPath).completeBaseName();
    return QDir(folder(modelPath)).filePath(name + u'.' + extension);
}

void ExportLocation::remember(const QString& folder)
{
    const QFileInfo info(folder);
    QSettings().setValue(settingsKey(), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace gw
