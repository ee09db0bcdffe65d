// The picks a change moved: what the window's "picks changed" notice lists after an edit or a priority
// move, whether the decisions keep their places (a priority move) or shift (an element added before).
#include "document/advice.h"

#include <QTest>

using namespace gw;

namespace {

DecisionResult decision(const QString& subject, DecisionKind kind, const QString& chosen)
{
    DecisionResult d;
    d.subject = subject;
    d.kind = kind;
    d.chosen.candidate = chosen;
    return d;
}

Recommendations advice(const QList<DecisionResult>& decisions)
{
    Recommendations r;
    r.decisions = decisions;
    r.reindex();
    return r;
}

QStringList described(const QList<PickChange>& changes)
{
    QStringList out;
    for (const PickChange& c : changes)
        out << QStringLiteral("%1/%2: %3 -> %4").arg(c.subject, c.kind.name(), c.before, c.after);
    return out;
}

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPriorityMoveListsTheDecisionsWhosePickMoved();
    void decisionsThatShiftedAreMatchedBySubjectAndKind();
};

void TestAdvice::aPriorityMoveListsTheDecisionsWhosePickMoved()
{
    const Recommendations before =
        advice({decision(QStringLiteral("system"), DecisionKind::ArchitectureStyle,
                         QStringLiteral("modular-monolith")),
                decision(QStringLiteral("api"), DecisionKind::Compute, QStringLiteral("functions"))});
    const Recommendations same = before;
    QVERIFY(Advice::changedPicks(before, same).isEmpty());
    const Recommendations after = advice(
        {decision(QStringLiteral("system"), DecisionKind::ArchitectureStyle, QStringLiteral("microservices")),
         decision(QStringLiteral("api"), DecisionKind::Compute, QStringLiteral("functions"))});
    QCOMPARE(described(Advice::changedPicks(before, after)),
             QStringList{QStringLiteral("system/architecture-style: modular-monolith -> microservices")});
}

void TestAdvice::decisionsThatShiftedAreMatchedBySubjectAndKind()
{
    // A workload added before the data store: the store's decisions move down one place, the new
    // workload's are not changes, and one that is gone is not reported.
    const Recommendations before =
        advice({decision(QStringLiteral("system"), DecisionKind::ArchitectureStyle,
                         QStringLiteral("modular-monolith")),
                decision(QStringLiteral("api"), DecisionKind::Compute, QStringLiteral("functions")),
                decision(QStringLiteral("old"), DecisionKind::Compute, QStringLiteral("vm")),
                decision(QStringLiteral("orders"), DecisionKind::Database, QStringLiteral("postgresql"))});
    const Recommendations after =
        advice({decision(QStringLiteral("system"), DecisionKind::ArchitectureStyle,
                         QStringLiteral("modular-monolith")),
                decision(QStringLiteral("api"), DecisionKind::Compute, QStringLiteral("managed-containers")),
                decision(QStringLiteral("web"), DecisionKind::Compute, QStringLiteral("functions")),
                decision(QStringLiteral("orders"), DecisionKind::Database, QStringLiteral("dynamodb"))});
    QCOMPARE(described(Advice::changedPicks(before, after)),
             (QStringList{QStringLiteral("api/compute: functions -> managed-containers"),
                          QStringLiteral("orders/database: postgresql -> dynamodb")}));
}

QTEST_MAIN(TestAdvice)
#include "tst_advice.moc"
