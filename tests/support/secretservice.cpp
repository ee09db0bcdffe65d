#include "secretservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace gw::testsupport {

namespace {

// A session bus that only routes messages: no activatable services, so a request for a missing
// keychain fails at once instead of starting the desktop's.
QByteArray busConfig(const QString& dir)
{
    return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig><type>session</type><listen>unix:dir=" +
           dir.toUtf8() +
           "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
           "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

SecretService::~SecretService()
{
    stop(m_keyring);
    stop(m_bus);
}

bool SecretService::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(busConfig(m_dir.path())) < 0) {
        m_error = config + QStringLiteral(": ") + file.errorString();
        return false;
    }
    file.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000) || !m_bus.waitForReadyRead(5000)) {
        m_error = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
        return false;
    }
    const QByteArray address = m_bus.readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qunsetenv("XDG_CURRENT_DESKTOP"); // QtKeychain would prefer KWallet on a KDE desktop

    const QString data = m_dir.filePath(QStringLiteral("data"));
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(data);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), data);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setStandardOutputFile(QProcess::nullDevice());
    m_keyring.start(
        QStringLiteral("gnome-keyring-daemon"),
        {QStringLiteral("--foreground"), QStringLiteral("--components=secrets"), QStringLiteral("--unlock")});
    if (!m_keyring.waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    // The login keyring is created and unlocked with the password read from standard input.
    m_keyring.write("groundwork-tests");
    m_keyring.waitForBytesWritten(5000); // no event loop runs here to write it later
    m_keyring.closeWriteChannel();
    const QDeadlineTimer deadline(10000);
    while (!keyringAnswers()) {
        if (deadline.hasExpired() || m_keyring.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("gnome-keyring-daemon did not take the Secret Service's name: %1")
                          .arg(QString::fromUtf8(m_keyring.readAllStandardError()));
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

void SecretService::stopKeyring()
{
    stop(m_keyring);
}

bool SecretService::keyringAnswers()
{
    QProcess ask;
    ask.start(QStringLiteral("dbus-send"),
              {QStringLiteral("--session"), QStringLiteral("--print-reply"),
               QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
               QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
               QStringLiteral("string:org.freedesktop.secrets")});
    return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
}

} // namespace gw::testsupport
