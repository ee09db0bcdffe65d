#include "workspacecatalog.h"

#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace gw {

namespace {

CatalogLoad failed(const QString& where, const QString& message)
{
    CatalogLoad load = RulePackLoader::load();
    Diagnostic d;
    d.location.file = where;
    d.message = message;
    load.diagnostics.append(d);
    return load;
}

} // namespace

CatalogLoad loadWorkspaceCatalog(Workspace& workspace, const QStringList& folders)
{
    const QList<WorkspaceRulePack> packs = workspace.rulePacks();
    if (workspace.error() != Workspace::Error::None) {
        QString message = workspace.errorString();
        const QString prefix = workspace.location() + QStringLiteral(": ");
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
        return failed(workspace.location(), message);
    }
    // The loader reads packs from folders: the workspace's go into a private one, and their problems are
    // reported under the name the workspace knows them by.
    QTemporaryDir folder;
    QStringList all;
    if (!packs.isEmpty()) {
        if (!folder.isValid())
            return failed(workspace.location(),
                          QStringLiteral("cannot make a temporary folder for the workspace's rule packs: %1")
                              .arg(folder.errorString()));
        for (const WorkspaceRulePack& pack : packs) {
            // Names were checked on save (NAME.yaml, no folder part); writing stays inside the folder.
            QFile file(folder.filePath(QFileInfo(pack.name).fileName()));
            if (!file.open(QIODevice::WriteOnly) || file.write(pack.content) != pack.content.size())
                return failed(workspace.location(),
                              QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        all.append(folder.path());
    }
    all += folders;
    CatalogLoad load = RulePackLoader::load(all);
    for (Diagnostic& d : load.diagnostics) {
        if (!packs.isEmpty() && d.location.file.startsWith(folder.path()))
            d.location.file = QStringLiteral("workspace:") + QFileInfo(d.location.file).fileName();
    }
    return load;
}

} // namespace gw
