#include "advice.h"

#include "document.h"

#include "core/cost/pricedscoring.h"
#include "core/model/modeledits.h"

#include <QThreadPool>

#include <algorithm>
#include <utility>

namespace gw {

Advice::Advice(Document* document, QObject* parent)
    : QObject(parent), m_document(document), m_engine(PricedScoring::engine())
{
    connect(document, &Document::modelReset, this, [this] { update(true); });
    connect(document, &Document::modelChanged, this, [this] { update(false); });
    update(true);
}

void Advice::setEngine(const ScoringEngine& engine)
{
    m_engine = engine;
    m_evaluation = Evaluation();
    m_costs.clear();
    update(false);
}

void Advice::update(bool reset)
{
    const Model& model = m_document->model();
    if (!m_evaluation.isValid() || !edits::samePrioritiesAside(m_evaluation.model(), model)) {
        m_evaluation = m_engine.evaluate(model);
        m_costs.clear();
    }
    Recommendations previous =
        std::exchange(m_recommendations, m_engine.rank(m_evaluation, model.priorities));
    PricedScoring::annotate(model, m_recommendations, &m_costs);
    Q_EMIT recommendationsChanged();
    const QList<PickChange> changes = reset ? QList<PickChange>() : changedPicks(previous, m_recommendations);
    // Every view holds the new advice now, so this is the last of the old: freeing a large model's
    // thousands of decisions is a tenth of a slider move, which need not wait for it.
    QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous = {}; });
    if (!changes.isEmpty())
        Q_EMIT picksChanged(changes);
}

// By place while the two lists line up (a priority move keeps every decision in its place), then by
// subject and kind.
QList<PickChange> Advice::changedPicks(const Recommendations& before, const Recommendations& after)
{
    QList<PickChange> out;
    const auto changed = [&out](const DecisionResult& was, const DecisionResult& now) {
        if (was.chosen.candidate != now.chosen.candidate)
            out.append({now.subject, now.element, now.kind, was.chosen.candidate, now.chosen.candidate});
    };
    qsizetype i = 0;
    for (; i < std::min(before.decisions.size(), after.decisions.size()); ++i) {
        const DecisionResult& was = before.decisions[i];
        const DecisionResult& now = after.decisions[i];
        if (was.kind != now.kind || was.subject != now.subject)
            break;
        changed(was, now);
    }
    for (; i < after.decisions.size(); ++i) {
        const DecisionResult& now = after.decisions[i];
        if (const DecisionResult* was = before.decision(now.subject, now.kind))
            changed(*was, now);
    }
    return out;
}

QList<const DecisionResult*> Advice::decisionsFor(const QString& subject) const
{
    QList<const DecisionResult*> out;
    for (const DecisionResult& d : m_recommendations.decisions) {
        if (d.subject == subject)
            out.append(&d);
    }
    return out;
}

} // namespace gw
