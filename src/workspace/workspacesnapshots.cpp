// A workspace model's snapshots: named copies with the advice of their time.
#include "workspace.h"

#include "workspace_p.h"

namespace gw {

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
    return d->transaction(doing,
                          [&] { return d->insertSnapshot(*id, snapshot, note, {}, state, advice, doing); });
}

bool Workspace::Private::insertSnapshot(qint64 modelId, const QString& name, const QString& note,
                                        const QDateTime& time, const Model& state,
                                        const AdviceSummary& advice, const QString& doing)
{
    const std::optional<qint64> adviceId = insertAdvice(advice, doing);
    if (!adviceId)
        return false;
    QSqlQuery& insert = prepare(QStringLiteral(
        "INSERT INTO snapshots (model_id, name, note, element_count, encoding, model, advice_id, taken_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()))"));
    insert.addBindValue(modelId);
    insert.addBindValue(text(name));
    insert.addBindValue(text(note));
    insert.addBindValue(elementCount(state));
    insert.addBindValue(ModelCodec::kEncodingVersion);
    insert.addBindValue(ModelCodec::encode(state));
    insert.addBindValue(*adviceId);
    insert.addBindValue(timestamp(time));
    return exec(insert, doing);
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

} // namespace gw
