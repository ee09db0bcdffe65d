#include "pgcluster.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

#include <algorithm>

namespace gw::testsupport {

namespace {

// The newest server installed by Debian's packages (/usr/lib/postgresql/<major>/bin).
QString serverBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(majors.begin(), majors.end(),
              [&](const QString& a, const QString& b) { return numeric.compare(a, b) > 0; });
    for (const QString& major : majors) {
        const QString bin = root.filePath(major + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

} // namespace

PgCluster::PgCluster() : m_binDir(serverBinDir()), m_asPostgres(::geteuid() == 0)
{
}

PgCluster::~PgCluster()
{
    if (m_running)
        stop(QStringLiteral("immediate"));
}

QString PgCluster::binary(const QString& name) const
{
    return m_binDir + u'/' + name;
}

bool PgCluster::run(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgres)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     args);
    else
        process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3")
                      .arg(QFileInfo(program).fileName(), process.errorString(),
                           QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's server is not installed (Debian package postgresql; "
                                 "scripts/install-deps installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (m_asPostgres) {
        // The server's account must own its folder; the folder is the test's own and removed with it.
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir.path()});
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres account").arg(m_dir.path());
            return false;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(binary(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
        return false;
    return restart();
}

bool PgCluster::restart()
{
    const QString options =
        QStringLiteral("-c listen_addresses='' -k %1 -c max_connections=120 -c fsync=off").arg(m_dir.path());
    m_running = run(binary(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-o"),
                     options, QStringLiteral("start")});
    return m_running;
}

bool PgCluster::stop(const QString& mode)
{
    const bool stopped = run(binary(QStringLiteral("pg_ctl")),
                             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                              QStringLiteral("-m"), mode, QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = m_running && !stopped;
    return stopped;
}

QString PgCluster::connection(const QString& database, const QString& user) const
{
    return QStringLiteral("host=%1 port=5432 user=%2 dbname=%3").arg(m_dir.path(), user, database);
}

bool PgCluster::addPasswordRole(const QString& role, const QString& password)
{
    if (!psql(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER PASSWORD '%2'").arg(role, password)))
        return false;
    // The first matching line of pg_hba.conf decides: this role's goes before initdb's "trust" ones.
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite)) {
        m_error = hba.fileName() + QStringLiteral(": ") + hba.errorString();
        return false;
    }
    const QByteArray rest = hba.readAll();
    hba.seek(0);
    hba.write("local all " + role.toUtf8() + " scram-sha-256\n" + rest);
    hba.close();
    return psql(QStringLiteral("SELECT pg_reload_conf()"));
}

bool PgCluster::psql(const QString& sql, const QString& database)
{
    return run(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                                        connection(database), QStringLiteral("-c"), sql});
}

} // namespace gw::testsupport
