// Workspace's private parts, shared by the files that implement it (workspace.cpp: connecting, models
// and revisions; workspaceportfolio.cpp, workspacesnapshots.cpp, workspacerulepacks.cpp): the
// connection with its prepared statements, error mapping, and the reads and writes more than one
// operation makes. Private to src/workspace.
#pragma once

#include "core/store/modelcodec.h"
#include "core/store/pinchanges.h"
#include "workspace.h"

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

namespace workspacedetail {

constexpr const char* kDriver = "QPSQL";

inline int elementCount(const Model& model)
{
    return int(model.workloads.size() + model.data.size() + model.channels.size());
}

inline QVariant nullable(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

inline QVariant nullable(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// Qt's driver sends a null QString as SQL NULL; the workspace's text columns hold "" instead.
inline QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QDateTime utc(const QVariant& value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

// A time for a timestamptz parameter (cast in the statement), to the millisecond as the project file
// keeps it; SQL NULL when invalid.
inline QVariant timestamp(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

inline constexpr const char* kDecisionColumns =
    "subject, kind, top, top_tenths, chosen, chosen_tenths, margin_tenths, chosen_usd";

// One row of advice_decisions, its kDecisionColumns from `first` on.
inline DecisionOutcome decisionRow(const QSqlQuery& q, int first)
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

// One row of decision_log: subject, kind, choice, status, reason from `first` on. A status this version
// does not know reads as superseded, as the project file reads it.
inline DecisionLogEntry logEntryRow(const QSqlQuery& q, int first)
{
    DecisionLogEntry e;
    e.subject = q.value(first).toString();
    e.kind = q.value(first + 1).toString();
    e.choice = q.value(first + 2).toString();
    e.status = enumFromString<LoggedStatus>(q.value(first + 3).toString()).value_or(LoggedStatus::Superseded);
    e.reason = q.value(first + 4).toString();
    return e;
}

// What the server said, without libpq's "ERROR:" prefix and the SQLSTATE line Qt appends.
inline QString serverMessage(const QSqlError& e)
{
    QString text = e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.startsWith(QStringLiteral("ERROR:")) || text.startsWith(QStringLiteral("FATAL:")))
        text = text.mid(6).trimmed();
    return text;
}

// A name the workspace keeps: a model, a snapshot or a rule pack. Empty when it may be used.
inline QString nameProblem(const QString& what, const QString& name)
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

} // namespace workspacedetail

using namespace workspacedetail;

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

    // A read of `name` at `revision` (0: the latest) found no row: says whether the model or the
    // revision is missing.
    void failMissing(const QString& name, int revision)
    {
        if (revision != 0 && modelId(name))
            fail(Error::NotFound, QStringLiteral("model '%1' has no revision %2").arg(name).arg(revision));
        else
            fail(Error::NotFound, QStringLiteral("has no model named '%1'").arg(name));
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

    std::optional<qint64> insertAdvice(const AdviceSummary& advice, const QString& doing);

    std::optional<AdviceSummary> readAdvice(qint64 adviceId, const QString& doing);

    bool updateDecisionLog(qint64 modelId, const Model& model, const QString& doing);
    // Appends decision log entries, with their times (now for those without one).
    bool insertLog(qint64 modelId, const QList<DecisionLogEntry>& entries, const QString& doing);

    // A snapshot's rows, inside the caller's transaction; taken now when `time` is invalid.
    bool insertSnapshot(qint64 modelId, const QString& name, const QString& note, const QDateTime& time,
                        const Model& state, const AdviceSummary& advice, const QString& doing);

    // The snapshots and decision log a new model brings from elsewhere, times included.
    bool insertHistory(qint64 modelId, const ModelHistory& history, const QString& doing);

    bool writePositions(qint64 modelId, const ProjectSettings& settings, const QString& doing);

    // Fails with Conflict when `name`'s latest revision is not `base`; the model's row stays locked
    // until the transaction ends, so two saves of one model take turns.
    std::optional<qint64> lockForSave(const QString& name, const WorkspaceSave& save, const QString& doing);
};

} // namespace gw
