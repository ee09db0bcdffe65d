// SecretService: a private desktop keychain for the tests that remember passwords. A D-Bus session bus
// of its own (no service activation, so nothing else starts on it) and GNOME Keyring's Secret Service
// on that bus, both in a temporary folder, the keyring created and unlocked with a fixed password. start()
// points this process's DBUS_SESSION_BUS_ADDRESS at it, so the user's own keychain is never touched.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace gw::testsupport {

class SecretService
{
public:
    SecretService() = default;
    ~SecretService();
    SecretService(const SecretService&) = delete;
    SecretService& operator=(const SecretService&) = delete;

    // Starts the bus and the keyring; false with error() set when a program is missing or fails.
    bool start();
    // Stops the keyring, leaving the bus: the keychain is then gone, as on a machine without one.
    void stopKeyring();
    QString error() const { return m_error; }

private:
    bool keyringAnswers();

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_error;
};

} // namespace gw::testsupport
