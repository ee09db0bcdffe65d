// PgCluster: a throwaway PostgreSQL server for the workspace tests, so that the test command needs
// nothing running beforehand: initdb in a temporary folder, the server started with pg_ctl listening
// only on a Unix socket in that folder (no TCP port to collide with), stopped and removed at the end.
// PostgreSQL refuses to run as root; under root (CI) the server runs as the `postgres` account that
// Debian's package creates.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace gw::testsupport {

class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    // initdb and start; false with error() set when PostgreSQL's programs are missing or fail.
    bool start();
    // Stops the server: "fast" rolls back open transactions, "immediate" kills it as a crash would.
    bool stop(const QString& mode = QStringLiteral("fast"));
    // Starts a stopped server again (after a crash it recovers from its write-ahead log).
    bool restart();
    QString error() const { return m_error; }

    // A libpq keyword string for `database` as `user` (the superuser unless said otherwise).
    QString connection(const QString& database = QStringLiteral("postgres"),
                       const QString& user = QStringLiteral("postgres")) const;
    // Creates the superuser `role` that must log in with `password` (SCRAM), as a server that
    // does not trust its local users asks; every other role keeps logging in without one.
    bool addPasswordRole(const QString& role, const QString& password);
    // Runs SQL with psql as the superuser; false with error() set when psql reports an error.
    bool psql(const QString& sql, const QString& database = QStringLiteral("postgres"));

private:
    bool run(const QString& program, const QStringList& args, int timeoutMs = 60000);
    QString binary(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QString m_error;
    bool m_asPostgres = false;
    bool m_running = false;
};

} // namespace gw::testsupport
