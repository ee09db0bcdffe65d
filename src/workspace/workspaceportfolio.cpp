// Workspace::portfolio(): every model's latest revision with its advice and pins, for the portfolio views.
#include "workspace.h"

#include "workspace_p.h"

namespace gw {

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
            out[*at].pins.append(logEntryRow(pins, 1));
        }
        return true;
    });
    if (!read)
        out.clear();
    return out;
}

} // namespace gw
