#include "workspace.h"

#include "workspace_p.h"
#include "workspaceschema_p.h"

namespace gw {

Workspace::Workspace(const WorkspaceConnection& connection) : d(std::make_unique<Private>(connection))
{
}

Workspace::~Workspace() = default;

bool Workspace::open(bool initialise)
{
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(kDriver)))
        return d->fail(Error::Driver, QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed; on "
                                                     "Debian it is the package libqt6sql6-psql"));
    if (!d->db.isValid()) {
        d->db = QSqlDatabase::addDatabase(QString::fromLatin1(kDriver), d->connectionName);
        d->db.setConnectOptions(d->connection.keywords());
        d->db.setPassword(d->connection.password());
    }
    if (!d->db.isOpen() && !d->db.open()) {
        const QString message = serverMessage(d->db.lastError());
        // libpq says so in words only (the driver drops the connection that could be asked).
        const bool password = message.contains(QStringLiteral("no password supplied")) ||
                              message.contains(QStringLiteral("password authentication failed"));
        return d->fail(password ? Error::Password : Error::Connection,
                       QStringLiteral("cannot connect: %1").arg(message));
    }
    if (initialise) {
        const QString doing = QStringLiteral("creating the workspace");
        const bool created = d->transaction(doing, [&] {
            // One initialisation at a time: CREATE TABLE IF NOT EXISTS is not safe against itself. The
            // server's notices that a table exists already are not news.
            if (!d->exec(QStringLiteral("SET LOCAL client_min_messages = warning"), doing) ||
                !d->exec(QStringLiteral("SELECT pg_advisory_xact_lock(4747)"), doing))
                return false;
            for (const QString& statement : workspace::createStatements()) {
                if (!d->exec(statement, doing))
                    return false;
            }
            QSqlQuery version(d->db);
            if (!version.exec(QStringLiteral("SELECT count(*) FROM workspace_schema")) || !version.next())
                return d->failSql(version.lastError(), doing);
            if (version.value(0).toInt() == 0)
                return d->exec(
                    QStringLiteral("INSERT INTO workspace_schema (version) VALUES (%1)").arg(kSchemaVersion),
                    doing);
            return true;
        });
        if (!created)
            return false;
    }
    QSqlQuery version(d->db);
    if (!version.exec(QStringLiteral("SELECT max(version) FROM workspace_schema")))
        return d->failSql(version.lastError(), QStringLiteral("reading the workspace's version"));
    const int found = version.next() ? version.value(0).toInt() : 0;
    if (found == 0)
        return d->fail(Error::NotInitialised,
                       QStringLiteral("holds no Groundwork workspace yet; create it with "
                                      "`groundwork-cli workspace init`"));
    if (found > kSchemaVersion)
        return d->fail(
            Error::NewerSchema,
            QStringLiteral("was written by a newer Groundwork (workspace version %1, this one reads "
                           "%2); update Groundwork")
                .arg(found)
                .arg(kSchemaVersion));
    d->error = Error::None;
    d->errorString.clear();
    return true;
}

bool Workspace::isOpen() const
{
    return d->db.isOpen();
}

QString Workspace::location() const
{
    return d->connection.display();
}

Workspace::Error Workspace::error() const
{
    return d->error;
}

QString Workspace::errorString() const
{
    return d->errorString;
}

int Workspace::conflictRevision() const
{
    return d->conflictRevision;
}

QList<WorkspaceModelInfo> Workspace::models()
{
    QList<WorkspaceModelInfo> out;
    if (!d->requireOpen())
        return out;
    QSqlQuery& q = d->prepare(QStringLiteral(
        "SELECT m.name, m.owner_team, m.head, r.saved_at, r.saved_by, r.element_count, "
        " (SELECT count(*) FROM advice_findings f WHERE f.advice_id = r.advice_id AND f.severity = 'high'), "
        " (SELECT count(*) FROM advice_findings f WHERE f.advice_id = r.advice_id), r.advice_id IS NOT NULL "
        "FROM models m JOIN revisions r ON r.model_id = m.id AND r.revision = m.head ORDER BY m.name"));
    if (!d->exec(q, QStringLiteral("listing the models")))
        return out;
    while (q.next()) {
        WorkspaceModelInfo info;
        info.name = q.value(0).toString();
        info.ownerTeam = q.value(1).toString();
        info.revision = q.value(2).toInt();
        info.savedAt = utc(q.value(3));
        info.savedBy = q.value(4).toString();
        info.elementCount = q.value(5).toInt();
        info.highFindings = q.value(6).toInt();
        info.findings = q.value(7).toInt();
        info.scored = q.value(8).toBool();
        out.append(info);
    }
    return out;
}

bool Workspace::setOwner(const QString& name, const QString& team)
{
    const QString doing = QStringLiteral("giving '%1' to team '%2'").arg(name, team);
    return d->transaction(doing, [&] {
        QSqlQuery& q = d->prepare(QStringLiteral("UPDATE models SET owner_team = ? WHERE name = ?"));
        q.addBindValue(text(team));
        q.addBindValue(text(name));
        if (!d->exec(q, doing))
            return false;
        if (q.numRowsAffected() > 0)
            return true;
        // Row-level security hides a row the role may not change; tell that from a missing model.
        return hasModel(name)
                   ? d->fail(Error::Denied, QStringLiteral("only members of the team that owns '%1' "
                                                           "(and admins) may give it to another team")
                                                .arg(name))
                   : d->fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
    });
}

bool Workspace::hasModel(const QString& name)
{
    if (!d->requireOpen())
        return false;
    QSqlQuery& q = d->prepare(QStringLiteral("SELECT 1 FROM models WHERE name = ?"));
    q.addBindValue(text(name));
    return d->exec(q, QStringLiteral("finding model '%1'").arg(name)) && q.next();
}

std::optional<int> Workspace::latestRevision(const QString& name)
{
    if (!d->requireOpen())
        return std::nullopt;
    QSqlQuery& q = d->prepare(QStringLiteral("SELECT head FROM models WHERE name = ?"));
    q.addBindValue(text(name));
    if (!d->exec(q, QStringLiteral("finding model '%1'").arg(name)))
        return std::nullopt;
    if (!q.next()) {
        d->fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<Model> Workspace::model(const QString& name, int revision)
{
    if (!d->requireOpen())
        return std::nullopt;
    QSqlQuery& q = d->prepare(QStringLiteral(
        "SELECT r.revision, r.encoding, r.model FROM models m JOIN revisions r ON r.model_id = m.id "
        "WHERE m.name = ? AND r.revision = CASE WHEN ? = 0 THEN m.head ELSE ? END"));
    q.addBindValue(text(name));
    q.addBindValue(revision);
    q.addBindValue(revision);
    if (!d->exec(q, QStringLiteral("reading model '%1'").arg(name)))
        return std::nullopt;
    if (!q.next()) {
        d->failMissing(name, revision);
        return std::nullopt;
    }
    return d->decode(q.value(1), q.value(2),
                     QStringLiteral("revision %1 of '%2'").arg(q.value(0).toInt()).arg(name));
}

std::optional<AdviceSummary> Workspace::advice(const QString& name, int revision)
{
    if (!d->requireOpen())
        return std::nullopt;
    QSqlQuery& q = d->prepare(
        QStringLiteral("SELECT r.advice_id FROM models m JOIN revisions r ON r.model_id = m.id "
                       "WHERE m.name = ? AND r.revision = CASE WHEN ? = 0 THEN m.head ELSE ? END"));
    q.addBindValue(text(name));
    q.addBindValue(revision);
    q.addBindValue(revision);
    const QString doing = QStringLiteral("reading the advice of '%1'").arg(name);
    if (!d->exec(q, doing))
        return std::nullopt;
    if (!q.next()) {
        d->failMissing(name, revision);
        return std::nullopt;
    }
    if (q.value(0).isNull()) {
        d->fail(
            Error::NotFound,
            revision == 0
                ? QStringLiteral("the latest revision of '%1' was saved without its advice").arg(name)
                : QStringLiteral("revision %1 of '%2' was saved without its advice").arg(revision).arg(name));
        return std::nullopt;
    }
    return d->readAdvice(q.value(0).toLongLong(), doing);
}

QList<RevisionInfo> Workspace::log(const QString& name)
{
    QList<RevisionInfo> out;
    const std::optional<qint64> id = d->modelId(name);
    if (!id)
        return out;
    QSqlQuery& q = d->prepare(
        QStringLiteral("SELECT revision, saved_at, saved_by, note, element_count, "
                       " CASE WHEN advice_id IS NULL THEN -1 "
                       "  ELSE (SELECT count(*) FROM advice_findings f WHERE f.advice_id = r.advice_id) END "
                       "FROM revisions r WHERE model_id = ? ORDER BY revision"));
    q.addBindValue(*id);
    if (!d->exec(q, QStringLiteral("reading the history of '%1'").arg(name)))
        return out;
    while (q.next())
        out.append({q.value(0).toInt(), utc(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

DecisionLog Workspace::decisionLog(const QString& name)
{
    DecisionLog log;
    const std::optional<qint64> id = d->modelId(name);
    if (!id)
        return log;
    QSqlQuery& q =
        d->prepare(QStringLiteral("SELECT subject, kind, choice, status, reason, recorded_at, "
                                  "superseded_at FROM decision_log WHERE model_id = ? ORDER BY id"));
    q.addBindValue(*id);
    if (!d->exec(q, QStringLiteral("reading the decision log of '%1'").arg(name)))
        return log;
    while (q.next()) {
        DecisionLogEntry e = logEntryRow(q, 0);
        e.time = utc(q.value(5));
        e.supersededTime = utc(q.value(6));
        log.append(e);
    }
    return log;
}

ProjectSettings Workspace::settings(const QString& name)
{
    ProjectSettings settings;
    const std::optional<qint64> id = d->modelId(name);
    if (!id)
        return settings;
    QSqlQuery& q = d->prepare(QStringLiteral("SELECT element, x, y FROM positions WHERE model_id = ?"));
    q.addBindValue(*id);
    if (d->exec(q, QStringLiteral("reading the diagram positions of '%1'").arg(name))) {
        while (q.next())
            settings.positions.insert(q.value(0).toString(),
                                      QPointF(q.value(1).toDouble(), q.value(2).toDouble()));
    }
    return settings;
}

std::optional<int> Workspace::save(const QString& name, const WorkspaceSave& save)
{
    d->conflictRevision = 0;
    if (const QString problem = nameProblem(QStringLiteral("model"), name); !problem.isEmpty()) {
        d->fail(Error::Invalid, problem);
        return std::nullopt;
    }
    if (!save.history.isEmpty() && save.baseRevision != 0) {
        d->fail(Error::Invalid,
                QStringLiteral("'%1': a history comes only with a model new to the workspace").arg(name));
        return std::nullopt;
    }
    const QByteArray blob = ModelCodec::encode(save.model);
    const QString doing = QStringLiteral("saving '%1'").arg(name);
    std::optional<int> saved;
    const bool written = d->transaction(doing, [&] {
        const std::optional<qint64> id = d->lockForSave(name, save, doing);
        if (!id)
            return false;
        std::optional<qint64> adviceId;
        if (save.advice) {
            adviceId = d->insertAdvice(*save.advice, doing);
            if (!adviceId)
                return false;
        }
        const int revision = save.baseRevision + 1;
        QSqlQuery& insert = d->prepare(QStringLiteral(
            "INSERT INTO revisions (model_id, revision, encoding, model, element_count, cloud, cost_centre, "
            "advice_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(*id);
        insert.addBindValue(revision);
        insert.addBindValue(ModelCodec::kEncodingVersion);
        insert.addBindValue(blob);
        insert.addBindValue(elementCount(save.model));
        insert.addBindValue(enumName(save.model.system.cloud));
        insert.addBindValue(text(save.model.system.ownership.costCentre));
        insert.addBindValue(adviceId ? QVariant(*adviceId) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(text(save.note));
        QSqlQuery& head = d->prepare(QStringLiteral("UPDATE models SET head = ? WHERE id = ?"));
        head.addBindValue(revision);
        head.addBindValue(*id);
        const auto logged = [&] {
            return save.history.isEmpty() ? d->updateDecisionLog(*id, save.model, doing)
                                          : d->insertHistory(*id, save.history, doing);
        };
        if (!d->exec(insert, doing) || !logged() || !d->writePositions(*id, save.settings, doing) ||
            !d->exec(head, doing))
            return false;
        saved = revision;
        return true;
    });
    return written ? saved : std::nullopt;
}

} // namespace gw
