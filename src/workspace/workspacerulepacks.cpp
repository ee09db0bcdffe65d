// The organisation's rule packs kept in the workspace.
#include "workspace.h"

#include "workspace_p.h"

namespace gw {

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
