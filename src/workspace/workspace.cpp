#include "workspace.h"

#include "core/store/modelcodec.h"
#include "core/store/pinchanges.h"
#include "workspaceschema_p.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace gw {

namespace {

constexpr const char* kDriver = "QPSQL";

int elementCount(const Model& model)
{
    return int(model.workloads.size() + model.data.size() + model.channels.size());
}

QVariant nullable(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullable(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// Qt's driver sends a null QString as SQL NULL; the workspace's text columns hold "" instead.
QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QDateTime utc(const QVariant& value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

constexpr const char* kDecisionColumns =
    "subject, kind, top, top_tenths, chosen, chosen_tenths, margin_tenths, chosen_usd";

// One row of advice_decisions, its kDecisionColumns from `first` on.
DecisionOutcome decisionRow(const QSqlQuery& q, int first)
{
    DecisionOutcome o;
    o.subject = q.value(first).toString();
    o.kind = q.value(first + 1).toString();
    o.top = q.value(first + 2).toString();
    o.topScoreTenths = q.value(first + 3).toInt();
    o.chosen = q.value(first + 4).toString();
    o.chosenScoreTenths = q.value(first + 5).toInt();
    if (!q.value(first + 6).isNull())
        o.marginTenths = q.value(first + 6).toInt();
    if (!q.value(first + 7).isNull())
        o.chosenUsd = q.value(first + 7).toDouble();
    return o;
}

// What the server said, without libpq's "ERROR:" prefix and the SQLSTATE line Qt appends.
QString serverMessage(const QSqlError& e)
{
    QString text = e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(QStringLiteral("ERROR:")) || text.startsWith(QStringLiteral("FATAL:")))
        text = text.mid(6).trimmed();
    return text;
}

// A name the workspace keeps: a model, a snapshot or a rule pack. Empty when it may be used.
QString nameProblem(const QString& what, const QString& name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a %1 needs a name").arg(what);
    if (name.size() > 200)
        return QStringLiteral("a %1 name is at most 200 characters").arg(what);
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("a %1 name cannot hold control characters").arg(what);
    }
    return {};
}

} // namespace

struct Workspace::Private
{
    WorkspaceConnection connection;
    QString connectionName;
    QSqlDatabase db;
    Error error = Error::None;
    QString errorString;
    int conflictRevision = 0;
    std::map<QString, QSqlQuery> statements;

    explicit Private(const WorkspaceConnection& c) : connection(c)
    {
        static QAtomicInteger<quint64> serial;
        connectionName = QStringLiteral("groundwork-workspace-%1").arg(serial.fetchAndAddRelaxed(1));
    }

    ~Private()
    {
        if (db.isValid()) {
            statements.clear();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    bool fail(Error kind, const QString& message)
    {
        error = kind;
        errorString = connection.display() + QStringLiteral(": ") + message;
        return false;
    }

    // Maps what the server said (its SQLSTATE) to what the user needs to know.
    bool failSql(const QSqlError& e, const QString& doing)
    {
        const QString code = e.nativeErrorCode();
        const QString detail = serverMessage(e);
        if (code == QStringLiteral("42501"))
            return fail(Error::Denied,
                        QStringLiteral("%1 is not allowed for this role: %2").arg(doing, detail));
        if (code == QStringLiteral("42P01"))
            return fail(Error::NotInitialised,
                        QStringLiteral("holds no Groundwork workspace yet; create it with "
                                       "`groundwork-cli workspace init`"));
        if (code.startsWith(QStringLiteral("08")) || code.startsWith(QStringLiteral("57P")) ||
            e.type() == QSqlError::ConnectionError || !db.isOpen())
            return fail(Error::Connection,
                        QStringLiteral("%1 failed: the connection to the server was lost (%2); nothing "
                                       "of it was kept")
                            .arg(doing, detail));
        return fail(Error::Io, QStringLiteral("%1 failed: %2").arg(doing, detail));
    }

    bool exec(QSqlQuery& query, const QString& doing)
    {
        return query.exec() || failSql(query.lastError(), doing);
    }

    bool exec(const QString& sql, const QString& doing)
    {
        QSqlQuery query(db);
        return query.exec(sql) || failSql(query.lastError(), doing);
    }

    // Each statement is prepared once per connection and kept: preparing it for every save would cost
    // two more round trips each time (PREPARE, then DEALLOCATE).
    QSqlQuery& prepare(const QString& sql)
    {
        auto [it, added] = statements.try_emplace(sql, db);
        QSqlQuery& query = it->second;
        if (added) {
            query.setForwardOnly(true);
            query.prepare(sql);
        }
        query.finish();
        return query;
    }

    bool requireOpen()
    {
        return db.isOpen() || fail(Error::Connection, QStringLiteral("the workspace is not open"));
    }

    // Runs `work` in one transaction; anything but success rolls it all back.
    template<typename Work> bool transaction(const QString& doing, Work work)
    {
        if (!requireOpen())
            return false;
        if (!db.transaction())
            return failSql(db.lastError(), doing);
        // After a lost connection there is nothing to roll back: the server did.
        if (!work()) {
            if (db.isOpen())
                db.rollback();
            return false;
        }
        if (!db.commit()) {
            failSql(db.lastError(), doing);
            if (db.isOpen())
                db.rollback();
            return false;
        }
        error = Error::None;
        errorString.clear();
        return true;
    }

    // The id of model `name`, or nullopt with Error::NotFound.
    std::optional<qint64> modelId(const QString& name)
    {
        if (!requireOpen())
            return std::nullopt;
        QSqlQuery& q = prepare(QStringLiteral("SELECT id FROM models WHERE name = ?"));
        q.addBindValue(text(name));
        if (!exec(q, QStringLiteral("finding model '%1'").arg(name)))
            return std::nullopt;
        if (!q.next()) {
            fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
            return std::nullopt;
        }
        return q.value(0).toLongLong();
    }

    std::optional<Model> decode(const QVariant& encoding, const QVariant& blob, const QString& what)
    {
        if (encoding.toInt() != ModelCodec::kEncodingVersion) {
            fail(Error::NewerSchema, QStringLiteral("%1 is stored in an encoding this version of Groundwork "
                                                    "does not read (%2); update Groundwork")
                                         .arg(what)
                                         .arg(encoding.toInt()));
            return std::nullopt;
        }
        QString decodeError;
        auto model = ModelCodec::decode(blob.toByteArray(), &decodeError);
        if (!model)
            fail(Error::Io, QStringLiteral("%1 is damaged: %2").arg(what, decodeError));
        return model;
    }

    std::optional<qint64> insertAdvice(const AdviceSummary& advice, const QString& doing)
    {
        QSqlQuery& head = prepare(QStringLiteral("INSERT INTO advice (cost_cloud, cost_usd, cost_priced, "
                                                 "cost_elements) VALUES (?, ?, ?, ?) RETURNING id"));
        head.addBindValue(advice.cost ? text(advice.cost->cloud) : QVariant(QMetaType(QMetaType::QString)));
        head.addBindValue(nullable(advice.cost ? std::optional(advice.cost->expectedUsd) : std::nullopt));
        head.addBindValue(nullable(advice.cost ? std::optional(advice.cost->priced) : std::nullopt));
        head.addBindValue(nullable(advice.cost ? std::optional(advice.cost->elements) : std::nullopt));
        if (!exec(head, doing) || !head.next())
            return std::nullopt;
        const qint64 id = head.value(0).toLongLong();
        // Each table's rows go in one statement, as a JSON array the server unpacks: a push of a
        // model with a hundred decisions is then two round trips, not a hundred.
        QJsonArray decisions;
        for (qsizetype i = 0; i < advice.decisions.size(); ++i) {
            const DecisionOutcome& o = advice.decisions[i];
            QJsonObject row{{QStringLiteral("position"), int(i)},
                            {QStringLiteral("subject"), o.subject},
                            {QStringLiteral("kind"), o.kind},
                            {QStringLiteral("top"), o.top},
                            {QStringLiteral("top_tenths"), o.topScoreTenths},
                            {QStringLiteral("chosen"), o.chosen},
                            {QStringLiteral("chosen_tenths"), o.chosenScoreTenths}};
            if (o.marginTenths)
                row.insert(QStringLiteral("margin_tenths"), *o.marginTenths);
            if (o.chosenUsd)
                row.insert(QStringLiteral("chosen_usd"), *o.chosenUsd);
            decisions.append(row);
        }
        QSqlQuery& decision = prepare(QStringLiteral(
            "INSERT INTO advice_decisions (advice_id, position, subject, kind, top, top_tenths, chosen, "
            "chosen_tenths, margin_tenths, chosen_usd) SELECT ?, x.position, x.subject, x.kind, x.top, "
            "x.top_tenths, x.chosen, x.chosen_tenths, x.margin_tenths, x.chosen_usd FROM "
            "json_to_recordset(?::json) AS x(position integer, subject text, kind text, top text, "
            "top_tenths integer, chosen text, chosen_tenths integer, margin_tenths integer, "
            "chosen_usd double precision)"));
        decision.addBindValue(id);
        decision.addBindValue(QString::fromUtf8(QJsonDocument(decisions).toJson(QJsonDocument::Compact)));
        if (!decisions.isEmpty() && !exec(decision, doing))
            return std::nullopt;
        QJsonArray findings;
        for (qsizetype i = 0; i < advice.findings.size(); ++i) {
            const FindingOutcome& f = advice.findings[i];
            findings.append(QJsonObject{{QStringLiteral("position"), int(i)},
                                        {QStringLiteral("rule"), f.rule},
                                        {QStringLiteral("severity"), f.severity},
                                        {QStringLiteral("subject"), f.subject},
                                        {QStringLiteral("message"), f.message}});
        }
        QSqlQuery& finding = prepare(QStringLiteral(
            "INSERT INTO advice_findings (advice_id, position, rule, severity, subject, message) SELECT ?, "
            "x.position, x.rule, x.severity, x.subject, x.message FROM json_to_recordset(?::json) AS "
            "x(position integer, rule text, severity text, subject text, message text)"));
        finding.addBindValue(id);
        finding.addBindValue(QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)));
        if (!findings.isEmpty() && !exec(finding, doing))
            return std::nullopt;
        return id;
    }

    std::optional<AdviceSummary> readAdvice(qint64 adviceId, const QString& doing)
    {
        AdviceSummary advice;
        QSqlQuery& head = prepare(QStringLiteral(
            "SELECT cost_cloud, cost_usd, cost_priced, cost_elements FROM advice WHERE id = ?"));
        head.addBindValue(adviceId);
        if (!exec(head, doing))
            return std::nullopt;
        if (head.next() && !head.value(0).isNull())
            advice.cost = CostOutcome{head.value(0).toString(), head.value(1).toDouble(),
                                      head.value(2).toInt(), head.value(3).toInt()};
        QSqlQuery& decisions =
            prepare(QStringLiteral("SELECT ") + QLatin1StringView(kDecisionColumns) +
                    QStringLiteral(" FROM advice_decisions WHERE advice_id = ? ORDER BY position"));
        decisions.addBindValue(adviceId);
        if (!exec(decisions, doing))
            return std::nullopt;
        while (decisions.next())
            advice.decisions.append(decisionRow(decisions, 0));
        QSqlQuery& findings =
            prepare(QStringLiteral("SELECT rule, severity, subject, message FROM advice_findings "
                                   "WHERE advice_id = ? ORDER BY position"));
        findings.addBindValue(adviceId);
        if (!exec(findings, doing))
            return std::nullopt;
        while (findings.next())
            advice.findings.append({findings.value(0).toString(), findings.value(1).toString(),
                                    findings.value(2).toString(), findings.value(3).toString()});
        return advice;
    }

    bool updateDecisionLog(qint64 modelId, const Model& model, const QString& doing)
    {
        QList<DecisionLogEntry> current;
        QList<qint64> ids;
        QSqlQuery& read = prepare(QStringLiteral("SELECT id, subject, kind, choice, status, reason FROM "
                                                 "decision_log WHERE model_id = ? AND status <> 'superseded' "
                                                 "ORDER BY id"));
        read.addBindValue(modelId);
        if (!exec(read, doing))
            return false;
        while (read.next()) {
            DecisionLogEntry e;
            e.subject = read.value(1).toString();
            e.kind = read.value(2).toString();
            e.choice = read.value(3).toString();
            e.status =
                enumFromString<LoggedStatus>(read.value(4).toString()).value_or(LoggedStatus::Superseded);
            e.reason = read.value(5).toString();
            current.append(e);
            ids.append(read.value(0).toLongLong());
        }
        const PinChanges changes = PinChanges::between(current, model);
        QSqlQuery& supersede = prepare(QStringLiteral(
            "UPDATE decision_log SET status = 'superseded', superseded_at = now() WHERE id = ?"));
        for (qsizetype index : changes.superseded) {
            supersede.addBindValue(ids[index]);
            if (!exec(supersede, doing))
                return false;
        }
        QSqlQuery& insert =
            prepare(QStringLiteral("INSERT INTO decision_log (model_id, subject, kind, choice, "
                                   "status, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, now())"));
        for (const DecisionLogEntry& pin : changes.added) {
            insert.addBindValue(modelId);
            insert.addBindValue(text(pin.subject));
            insert.addBindValue(text(pin.kind));
            insert.addBindValue(text(pin.choice));
            insert.addBindValue(enumName(pin.status));
            insert.addBindValue(text(pin.reason));
            if (!exec(insert, doing))
                return false;
        }
        return true;
    }

    bool writePositions(qint64 modelId, const ProjectSettings& settings, const QString& doing)
    {
        QSqlQuery& clear = prepare(QStringLiteral("DELETE FROM positions WHERE model_id = ?"));
        clear.addBindValue(modelId);
        if (!exec(clear, doing))
            return false;
        QSqlQuery& insert =
            prepare(QStringLiteral("INSERT INTO positions (model_id, element, x, y) VALUES (?, ?, ?, ?)"));
        for (auto it = settings.positions.cbegin(); it != settings.positions.cend(); ++it) {
            insert.addBindValue(modelId);
            insert.addBindValue(text(it.key()));
            insert.addBindValue(it.value().x());
            insert.addBindValue(it.value().y());
            if (!exec(insert, doing))
                return false;
        }
        return true;
    }

    // Fails with Conflict when `name`'s latest revision is not `base`; the model's row stays locked
    // until the transaction ends, so two saves of one model take turns.
    std::optional<qint64> lockForSave(const QString& name, const WorkspaceSave& save, const QString& doing)
    {
        // A row is proposed only for a model that does not exist yet, so that row-level security judges
        // the creation of a new model and not every save of an existing one.
        QSqlQuery& create = prepare(
            QStringLiteral("INSERT INTO models (name, owner_team) SELECT ?, ? WHERE NOT EXISTS (SELECT FROM "
                           "models WHERE name = ?) ON CONFLICT (name) DO NOTHING"));
        create.addBindValue(text(name));
        create.addBindValue(text(save.ownerTeam));
        create.addBindValue(text(name));
        if (!exec(create, doing)) {
            if (error == Error::Denied && !save.ownerTeam.isEmpty())
                fail(Error::Denied,
                     QStringLiteral("only members of team '%1' (and admins) may create a model it "
                                    "owns ('%2')")
                         .arg(save.ownerTeam, name));
            return std::nullopt;
        }
        QSqlQuery& lock = prepare(
            QStringLiteral("SELECT m.id, m.head, r.saved_by, r.saved_at FROM models m LEFT JOIN revisions r "
                           "ON r.model_id = m.id AND r.revision = m.head WHERE m.name = ? FOR UPDATE OF m"));
        lock.addBindValue(text(name));
        if (!exec(lock, doing))
            return std::nullopt;
        if (!lock.next()) {
            // Row-level security (scripts/workspace-setup) hides the row from a lock by a role outside
            // the model's owner team.
            QSqlQuery& owner = prepare(QStringLiteral("SELECT owner_team FROM models WHERE name = ?"));
            owner.addBindValue(text(name));
            const QString team = exec(owner, doing) && owner.next() ? owner.value(0).toString() : QString();
            fail(Error::Denied,
                 QStringLiteral("'%1' belongs to team '%2'; only its members (and admins) may save "
                                "it")
                     .arg(name, team));
            return std::nullopt;
        }
        const int head = lock.value(1).toInt();
        if (head != save.baseRevision) {
            conflictRevision = head;
            if (save.baseRevision == 0)
                fail(Error::Conflict,
                     QStringLiteral("'%1' is already in the workspace (revision %2, saved by "
                                    "%3); nothing was written. Pull it and save your changes "
                                    "on top of revision %2.")
                         .arg(name)
                         .arg(head)
                         .arg(lock.value(2).toString()));
            else
                fail(Error::Conflict,
                     QStringLiteral("'%1' was saved as revision %2 by %3 at %4, after revision %5 that this "
                                    "save is based on; nothing was written. Merge their changes and save on "
                                    "top of revision %2.")
                         .arg(name)
                         .arg(head)
                         .arg(lock.value(2).toString(), utc(lock.value(3)).toString(Qt::ISODate))
                         .arg(save.baseRevision));
            return std::nullopt;
        }
        return lock.value(0).toLongLong();
    }
};

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
    }
    if (!d->db.isOpen() && !d->db.open()) {
        return d->fail(Error::Connection,
                       QStringLiteral("cannot connect: %1").arg(serverMessage(d->db.lastError())));
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
        if (revision != 0 && hasModel(name))
            d->fail(Error::NotFound, QStringLiteral("model '%1' has no revision %2").arg(name).arg(revision));
        else
            d->fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
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
        if (revision != 0 && hasModel(name))
            d->fail(Error::NotFound, QStringLiteral("model '%1' has no revision %2").arg(name).arg(revision));
        else
            d->fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
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
        DecisionLogEntry e;
        e.subject = q.value(0).toString();
        e.kind = q.value(1).toString();
        e.choice = q.value(2).toString();
        e.status = enumFromString<LoggedStatus>(q.value(3).toString()).value_or(LoggedStatus::Superseded);
        e.reason = q.value(4).toString();
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
        if (!d->exec(insert, doing) || !d->updateDecisionLog(*id, save.model, doing) ||
            !d->writePositions(*id, save.settings, doing) || !d->exec(head, doing))
            return false;
        saved = revision;
        return true;
    });
    return written ? saved : std::nullopt;
}

QList<PortfolioModel> Workspace::portfolio()
{
    QList<PortfolioModel> out;
    if (!d->requireOpen())
        return out;
    const QString doing = QStringLiteral("reading the portfolio");
    // Four reads in one snapshot of the database, however many models there are.
    const bool read = d->transaction(doing, [&] {
        if (!d->exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"), doing))
            return false;
        QHash<qint64, qsizetype> index;
        QSqlQuery& models = d->prepare(QStringLiteral(
            "SELECT m.id, m.name, m.owner_team, m.head, r.cloud, r.cost_centre, a.cost_usd, r.advice_id "
            "FROM models m JOIN revisions r ON r.model_id = m.id AND r.revision = m.head "
            "LEFT JOIN advice a ON a.id = r.advice_id ORDER BY m.name"));
        if (!d->exec(models, doing))
            return false;
        while (models.next()) {
            PortfolioModel m;
            m.name = models.value(1).toString();
            m.ownerTeam = models.value(2).toString();
            m.revision = models.value(3).toInt();
            m.cloud = models.value(4).toString();
            m.costCentre = models.value(5).toString();
            if (!models.value(6).isNull())
                m.monthlyUsd = models.value(6).toDouble();
            m.scored = !models.value(7).isNull();
            index.insert(models.value(0).toLongLong(), out.size());
            out.append(m);
        }
        const QString latest = QStringLiteral("JOIN revisions r ON r.advice_id = x.advice_id "
                                              "JOIN models m ON m.id = r.model_id AND r.revision = m.head ");
        QSqlQuery& decisions = d->prepare(
            QStringLiteral(
                "SELECT r.model_id, x.subject, x.kind, x.top, x.top_tenths, x.chosen, x.chosen_tenths, "
                "x.margin_tenths, x.chosen_usd FROM advice_decisions x ") +
            latest + QStringLiteral("ORDER BY r.model_id, x.position"));
        if (!d->exec(decisions, doing))
            return false;
        while (decisions.next())
            out[index.value(decisions.value(0).toLongLong())].decisions.append(decisionRow(decisions, 1));
        QSqlQuery& findings = d->prepare(
            QStringLiteral(
                "SELECT r.model_id, x.rule, x.severity, x.subject, x.message FROM advice_findings x ") +
            latest + QStringLiteral("ORDER BY r.model_id, x.position"));
        if (!d->exec(findings, doing))
            return false;
        while (findings.next())
            out[index.value(findings.value(0).toLongLong())].findings.append(
                {findings.value(1).toString(), findings.value(2).toString(), findings.value(3).toString(),
                 findings.value(4).toString()});
        QSqlQuery& pins =
            d->prepare(QStringLiteral("SELECT model_id, subject, kind, choice, status, reason FROM "
                                      "decision_log WHERE status <> 'superseded' ORDER BY model_id, id"));
        if (!d->exec(pins, doing))
            return false;
        while (pins.next()) {
            const auto at = index.constFind(pins.value(0).toLongLong());
            if (at == index.constEnd())
                continue;
            DecisionLogEntry e;
            e.subject = pins.value(1).toString();
            e.kind = pins.value(2).toString();
            e.choice = pins.value(3).toString();
            e.status =
                enumFromString<LoggedStatus>(pins.value(4).toString()).value_or(LoggedStatus::Accepted);
            e.reason = pins.value(5).toString();
            out[*at].pins.append(e);
        }
        return true;
    });
    if (!read)
        out.clear();
    return out;
}

QList<SnapshotInfo> Workspace::snapshots(const QString& model)
{
    QList<SnapshotInfo> out;
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return out;
    QSqlQuery& q =
        d->prepare(QStringLiteral("SELECT name, note, taken_at, element_count, "
                                  " (SELECT count(*) FROM advice_findings f WHERE f.advice_id = s.advice_id) "
                                  "FROM snapshots s WHERE model_id = ? ORDER BY taken_at, name"));
    q.addBindValue(*id);
    if (!d->exec(q, QStringLiteral("listing the snapshots of '%1'").arg(model)))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), utc(q.value(2)), q.value(3).toInt(),
                    q.value(4).toInt()});
    return out;
}

bool Workspace::hasSnapshot(const QString& model, const QString& snapshot)
{
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return false;
    QSqlQuery& q = d->prepare(QStringLiteral("SELECT 1 FROM snapshots WHERE model_id = ? AND name = ?"));
    q.addBindValue(*id);
    q.addBindValue(text(snapshot));
    return d->exec(q, QStringLiteral("finding snapshot '%1'").arg(snapshot)) && q.next();
}

bool Workspace::takeSnapshot(const QString& model, const QString& snapshot, const QString& note,
                             const Model& state, const AdviceSummary& advice)
{
    if (const QString problem = nameProblem(QStringLiteral("snapshot"), snapshot); !problem.isEmpty())
        return d->fail(Error::Invalid, problem);
    if (snapshot.contains(u'@'))
        return d->fail(Error::Invalid, QStringLiteral("a snapshot name cannot contain '@' (it separates the "
                                                      "model from the snapshot in model@name)"));
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return false;
    if (hasSnapshot(model, snapshot))
        return d->fail(Error::Invalid,
                       QStringLiteral("'%1' already has a snapshot named '%2'").arg(model, snapshot));
    const QString doing = QStringLiteral("taking snapshot '%1' of '%2'").arg(snapshot, model);
    const QByteArray blob = ModelCodec::encode(state);
    return d->transaction(doing, [&] {
        const std::optional<qint64> adviceId = d->insertAdvice(advice, doing);
        if (!adviceId)
            return false;
        QSqlQuery& insert =
            d->prepare(QStringLiteral("INSERT INTO snapshots (model_id, name, note, element_count, "
                                      "encoding, model, advice_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(*id);
        insert.addBindValue(text(snapshot));
        insert.addBindValue(text(note));
        insert.addBindValue(elementCount(state));
        insert.addBindValue(ModelCodec::kEncodingVersion);
        insert.addBindValue(blob);
        insert.addBindValue(*adviceId);
        return d->exec(insert, doing);
    });
}

std::optional<Model> Workspace::snapshotModel(const QString& model, const QString& snapshot)
{
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return std::nullopt;
    QSqlQuery& q =
        d->prepare(QStringLiteral("SELECT encoding, model FROM snapshots WHERE model_id = ? AND name = ?"));
    q.addBindValue(*id);
    q.addBindValue(text(snapshot));
    if (!d->exec(q, QStringLiteral("reading snapshot '%1'").arg(snapshot)))
        return std::nullopt;
    if (!q.next()) {
        d->fail(Error::NotFound, QStringLiteral("'%1' has no snapshot named '%2'").arg(model, snapshot));
        return std::nullopt;
    }
    return d->decode(q.value(0), q.value(1), QStringLiteral("snapshot '%1' of '%2'").arg(snapshot, model));
}

std::optional<AdviceSummary> Workspace::snapshotAdvice(const QString& model, const QString& snapshot)
{
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return std::nullopt;
    QSqlQuery& q =
        d->prepare(QStringLiteral("SELECT advice_id FROM snapshots WHERE model_id = ? AND name = ?"));
    q.addBindValue(*id);
    q.addBindValue(text(snapshot));
    const QString doing = QStringLiteral("reading snapshot '%1'").arg(snapshot);
    if (!d->exec(q, doing))
        return std::nullopt;
    if (!q.next()) {
        d->fail(Error::NotFound, QStringLiteral("'%1' has no snapshot named '%2'").arg(model, snapshot));
        return std::nullopt;
    }
    return d->readAdvice(q.value(0).toLongLong(), doing);
}

bool Workspace::removeSnapshot(const QString& model, const QString& snapshot)
{
    const std::optional<qint64> id = d->modelId(model);
    if (!id)
        return false;
    const QString doing = QStringLiteral("removing snapshot '%1' of '%2'").arg(snapshot, model);
    return d->transaction(doing, [&] {
        QSqlQuery& remove = d->prepare(
            QStringLiteral("DELETE FROM snapshots WHERE model_id = ? AND name = ? RETURNING advice_id"));
        remove.addBindValue(*id);
        remove.addBindValue(text(snapshot));
        if (!d->exec(remove, doing))
            return false;
        if (!remove.next())
            return d->fail(Error::NotFound,
                           QStringLiteral("'%1' has no snapshot named '%2'").arg(model, snapshot));
        QSqlQuery& advice = d->prepare(QStringLiteral("DELETE FROM advice WHERE id = ?"));
        advice.addBindValue(remove.value(0).toLongLong());
        return d->exec(advice, doing);
    });
}

QList<WorkspaceRulePack> Workspace::rulePacks()
{
    QList<WorkspaceRulePack> out;
    if (!d->requireOpen())
        return out;
    QSqlQuery& q =
        d->prepare(QStringLiteral("SELECT name, content, saved_at, saved_by FROM rule_packs ORDER BY name"));
    if (!d->exec(q, QStringLiteral("reading the organisation's rule packs")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toByteArray(), utc(q.value(2)), q.value(3).toString()});
    return out;
}

bool Workspace::saveRulePack(const QString& name, const QByteArray& content)
{
    if (const QString problem = nameProblem(QStringLiteral("rule pack"), name); !problem.isEmpty())
        return d->fail(Error::Invalid, problem);
    if (name.contains(u'/') || name.startsWith(u'.') || !name.endsWith(QStringLiteral(".yaml")))
        return d->fail(Error::Invalid, QStringLiteral("'%1': a rule pack is named like its file, NAME.yaml, "
                                                      "without a folder")
                                           .arg(name));
    const QString doing = QStringLiteral("saving rule pack '%1'").arg(name);
    return d->transaction(doing, [&] {
        QSqlQuery& q = d->prepare(QStringLiteral(
            "INSERT INTO rule_packs (name, content) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
            "content = excluded.content, saved_at = now(), saved_by = current_user"));
        q.addBindValue(text(name));
        q.addBindValue(content);
        return d->exec(q, doing);
    });
}

bool Workspace::removeRulePack(const QString& name)
{
    const QString doing = QStringLiteral("removing rule pack '%1'").arg(name);
    return d->transaction(doing, [&] {
        QSqlQuery& q = d->prepare(QStringLiteral("DELETE FROM rule_packs WHERE name = ?"));
        q.addBindValue(text(name));
        if (!d->exec(q, doing))
            return false;
        return q.numRowsAffected() > 0 ||
               d->fail(Error::NotFound, QStringLiteral("has no rule pack named '%1'").arg(name));
    });
}

} // namespace gw
