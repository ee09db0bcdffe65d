// The parts of a save and of the advice that more than one Workspace operation shares: advice rows written
// and read back, the decision log brought up to date, diagram positions, and the lock that makes two
// saves of one model take turns.
#include "workspace_p.h"

namespace gw {

std::optional<qint64> Workspace::Private::insertAdvice(const AdviceSummary& advice, const QString& doing)
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

std::optional<AdviceSummary> Workspace::Private::readAdvice(qint64 adviceId, const QString& doing)
{
    AdviceSummary advice;
    QSqlQuery& head = prepare(
        QStringLiteral("SELECT cost_cloud, cost_usd, cost_priced, cost_elements FROM advice WHERE id = ?"));
    head.addBindValue(adviceId);
    if (!exec(head, doing))
        return std::nullopt;
    if (head.next() && !head.value(0).isNull())
        advice.cost = CostOutcome{head.value(0).toString(), head.value(1).toDouble(), head.value(2).toInt(),
                                  head.value(3).toInt()};
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

bool Workspace::Private::updateDecisionLog(qint64 modelId, const Model& model, const QString& doing)
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
        current.append(logEntryRow(read, 1));
        ids.append(read.value(0).toLongLong());
    }
    const PinChanges changes = PinChanges::between(current, model);
    QSqlQuery& supersede = prepare(
        QStringLiteral("UPDATE decision_log SET status = 'superseded', superseded_at = now() WHERE id = ?"));
    for (qsizetype index : changes.superseded) {
        supersede.addBindValue(ids[index]);
        if (!exec(supersede, doing))
            return false;
    }
    return insertLog(modelId, changes.added, doing);
}

bool Workspace::Private::insertLog(qint64 modelId, const QList<DecisionLogEntry>& entries,
                                   const QString& doing)
{
    // An entry without a time is recorded now, by the server's clock as every save is.
    QSqlQuery& insert = prepare(QStringLiteral(
        "INSERT INTO decision_log (model_id, subject, kind, choice, status, reason, recorded_at, "
        "superseded_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()), ?::timestamptz)"));
    for (const DecisionLogEntry& e : entries) {
        insert.addBindValue(modelId);
        insert.addBindValue(text(e.subject));
        insert.addBindValue(text(e.kind));
        insert.addBindValue(text(e.choice));
        insert.addBindValue(enumName(e.status));
        insert.addBindValue(text(e.reason));
        insert.addBindValue(timestamp(e.time));
        insert.addBindValue(timestamp(e.supersededTime));
        if (!exec(insert, doing))
            return false;
    }
    return true;
}

bool Workspace::Private::insertHistory(qint64 modelId, const ModelHistory& history, const QString& doing)
{
    if (!insertLog(modelId, history.decisionLog, doing))
        return false;
    for (const SnapshotCopy& s : history.snapshots) {
        if (const QString problem = nameProblem(QStringLiteral("snapshot"), s.info.name); !problem.isEmpty())
            return fail(Error::Invalid, problem);
        if (!insertSnapshot(modelId, s.info.name, s.info.note, s.info.time, s.model, s.advice, doing))
            return false;
    }
    return true;
}

bool Workspace::Private::writePositions(qint64 modelId, const ProjectSettings& settings, const QString& doing)
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

std::optional<qint64> Workspace::Private::lockForSave(const QString& name, const WorkspaceSave& save,
                                                      const QString& doing)
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
            fail(Error::Denied, QStringLiteral("only members of team '%1' (and admins) may create a model it "
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
            fail(Error::Conflict, QStringLiteral("'%1' is already in the workspace (revision %2, saved by "
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

} // namespace gw
