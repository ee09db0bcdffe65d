#include "workspaceconnection.h"

#include <QStringList>

#include <libpq-fe.h>

namespace gw {

namespace {

// libpq's quoting for a keyword value: single quotes around it, backslash before ' and \.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

std::optional<WorkspaceConnection> WorkspaceConnection::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("no workspace given: name one with --workspace (a libpq URI such as "
                                "postgresql://host/architecture, or service=NAME from pg_service.conf)");
        return std::nullopt;
    }
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(trimmed.toUtf8().constData(), &parseError);
    if (!options) {
        *error = QStringLiteral("'%1' is not a PostgreSQL connection: %2")
                     .arg(trimmed, parseError ? QString::fromUtf8(parseError).trimmed()
                                              : QStringLiteral("out of memory"));
        PQfreemem(parseError);
        return std::nullopt;
    }
    WorkspaceConnection connection;
    connection.m_text = trimmed;
    QStringList pairs;
    bool hasPassword = false;
    bool hasSemicolon = false;
    for (const PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromUtf8(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QStringLiteral("password"))
            hasPassword = true;
        // Qt's driver turns every ';' of the options into a space before libpq sees them.
        hasSemicolon = hasSemicolon || value.contains(u';');
        pairs.append(keyword + u'=' + quoted(value));
    }
    PQconninfoFree(options);
    if (hasPassword) {
        *error = QStringLiteral("the workspace connection carries a password; a command line is visible to "
                                "every user of this machine, so give it to libpq instead: in ~/.pgpass, in "
                                "the service file (service=NAME), or in PGPASSWORD");
        return std::nullopt;
    }
    if (hasSemicolon) {
        *error = QStringLiteral("'%1': a connection setting with ';' in its value cannot be passed on; "
                                "put it in the service file and connect with service=NAME")
                     .arg(trimmed);
        return std::nullopt;
    }
    connection.m_keywords = pairs.join(u' ');
    return connection;
}

} // namespace gw
