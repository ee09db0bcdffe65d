// WorkspacePasswords: workspace passwords kept in the desktop keychain through QtKeychain (the Secret
// Service on Linux, the Keychain on macOS, the Credential Manager on Windows), one per connection as
// the user typed it. Never in a settings file: where no keychain answers, a password lasts only as
// long as the connection it opened.
#pragma once

#include <QString>

#include <optional>

namespace gw {

class WorkspacePasswords
{
public:
    // The password kept for `connection`; nullopt when none is, or when no keychain answers (then
    // `error`, when given, says why).
    static std::optional<QString> read(const QString& connection, QString* error = nullptr);
    // Keeps `password` for `connection`; false with `error` set when the keychain refused it.
    static bool write(const QString& connection, const QString& password, QString* error);
    // Forgets the password kept for `connection`; true when none is kept any more.
    static bool remove(const QString& connection, QString* error);
};

} // namespace gw
