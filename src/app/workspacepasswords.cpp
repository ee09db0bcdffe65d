#include "workspacepasswords.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace gw {

namespace {

// The keychain's name for Groundwork's entries, as its own tools list them.
const QString kService = QStringLiteral("Groundwork team workspace");

// Runs a keychain job to its end. The keychain answers over D-Bus in a moment, or at once when there
// is none; the dialog that asks waits for it as it waits for the server.
void finish(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

QString describe(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("no desktop keychain is available (%1)").arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QStringLiteral("the keychain refused access (%1)").arg(job.errorString());
    default:
        return QStringLiteral("the keychain failed: %1").arg(job.errorString());
    }
}

} // namespace

std::optional<QString> WorkspacePasswords::read(const QString& connection, QString* error)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(connection);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (error)
        *error = job.error() == QKeychain::EntryNotFound ? QString() : describe(job);
    return std::nullopt;
}

bool WorkspacePasswords::write(const QString& connection, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(connection);
    job.setTextData(password);
    finish(job);
    if (job.error() == QKeychain::NoError)
        return true;
    *error = describe(job);
    return false;
}

bool WorkspacePasswords::remove(const QString& connection, QString* error)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(connection);
    finish(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    *error = describe(job);
    return false;
}

} // namespace gw
