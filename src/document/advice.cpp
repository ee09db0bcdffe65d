#include "advice.h"

#include "document.h"

#include "core/cost/pricedscoring.h"

namespace gw {

Advice::Advice(Document* document, QObject* parent)
    : QObject(parent), m_document(document), m_engine(PricedScoring::engine())
{
    connect(document, &Document::modelReset, this, &Advice::update);
    connect(document, &Document::modelChanged, this, &Advice::update);
    update();
}

void Advice::setEngine(const ScoringEngine& engine)
{
    m_engine = engine;
    m_evaluation = Evaluation();
    update();
}

void Advice::update()
{
    const Model& model = m_document->model();
    bool onlyPriorities = false;
    if (m_evaluation.isValid()) {
        // Comparing is cheap: the model's lists share their data until an edit detaches one.
        Model samePriorities = m_evaluation.model();
        samePriorities.priorities = model.priorities;
        onlyPriorities = samePriorities == model;
    }
    if (!onlyPriorities)
        m_evaluation = m_engine.evaluate(model);
    m_recommendations = m_engine.rank(m_evaluation, model.priorities);
    PricedScoring::annotate(model, m_recommendations);
    Q_EMIT recommendationsChanged();
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
