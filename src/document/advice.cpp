#include "advice.h"

#include "document.h"

#include "core/cost/pricedscoring.h"

#include <QThreadPool>

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

namespace {

// The chosen candidate of each decision, by subject and kind.
QHash<QString, QString> picksOf(const Recommendations& r)
{
    QHash<QString, QString> out;
    out.reserve(r.decisions.size());
    for (const DecisionResult& d : r.decisions)
        out.insert(d.subject + u'/' + d.kind.name(), d.chosen.candidate);
    return out;
}

} // namespace

void Advice::update(bool reset)
{
    const QHash<QString, QString> before = reset ? QHash<QString, QString>() : picksOf(m_recommendations);
    const Model& model = m_document->model();
    bool onlyPriorities = false;
    if (m_evaluation.isValid()) {
        // Comparing is cheap: the model's lists share their data until an edit detaches one.
        Model samePriorities = m_evaluation.model();
        samePriorities.priorities = model.priorities;
        onlyPriorities = samePriorities == model;
    }
    if (!onlyPriorities) {
        m_evaluation = m_engine.evaluate(model);
        m_costs.clear();
    }
    Recommendations previous =
        std::exchange(m_recommendations, m_engine.rank(m_evaluation, model.priorities));
    PricedScoring::annotate(model, m_recommendations, &m_costs);
    Q_EMIT recommendationsChanged();
    // Every view holds the new advice now, so this is the last of the old: freeing a large model's
    // thousands of decisions is a tenth of a slider move, which need not wait for it.
    QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous = {}; });
    if (reset)
        return;
    QList<PickChange> changes;
    for (const DecisionResult& d : std::as_const(m_recommendations.decisions)) {
        const auto it = before.constFind(d.subject + u'/' + d.kind.name());
        if (it != before.cend() && *it != d.chosen.candidate)
            changes.append({d.subject, d.element, d.kind, *it, d.chosen.candidate});
    }
    if (!changes.isEmpty())
        Q_EMIT picksChanged(changes);
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
