// WorkspaceConnection: the server a team workspace lives on, as the user names it: a libpq connection
// URI ("postgresql://db.example.org/architecture?sslmode=verify-full") or keyword string
// ("service=architecture", "host=/run/postgresql dbname=architecture"). Passwords never travel on a
// command line: they come from libpq's own mechanisms (the password file, the service file, PGPASSWORD)
// or, in the app, from the desktop keychain.
#pragma once

#include <QString>

#include <optional>

namespace gw {

class WorkspaceConnection
{
public:
    // Checks `text` with libpq's own parser; nullopt with `error` set when libpq does not accept it or
    // when it carries a password.
    static std::optional<WorkspaceConnection> parse(const QString& text, QString* error);

    // The connection as the user gave it, for messages ("service=architecture").
    QString display() const { return m_text; }
    // The same settings as keyword='value' pairs, the form Qt's QPSQL driver hands to libpq.
    QString keywords() const { return m_keywords; }
    // A password the app read from the keychain or the user typed: kept apart from the text and the
    // keywords, so that neither a message nor the remembered connection ever shows it.
    void setPassword(const QString& password) { m_password = password; }
    QString password() const { return m_password; }

private:
    QString m_text;
    QString m_keywords;
    QString m_password;
};

} // namespace gw
